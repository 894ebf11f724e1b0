import Ajv04 from 'ajv-draft-04';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import {
  DEVELOPMENT_APP_ID,
  DEVELOPMENT_BOT_DOMAIN,
  PACKAGE_FILE_NAME,
  buildTeamsPackage,
  runTeamsPackage,
} from '../../src/cli/teams-package';
import { placeholdersIn } from '../../src/cli/teams/manifest';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { readPngHeader } from '../../src/cli/teams/pngHeader';
import { TEAMS_MANIFEST_SCHEMA_PATH } from '../support/schemas';

const PROJECT_ROOT = join(__dirname, '..', '..');
const TEAMS_FOLDER = join(PROJECT_ROOT, 'deployment', 'teams');
const SCHEMA_PATH = TEAMS_MANIFEST_SCHEMA_PATH;
const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const DOMAIN = 'ehn-prod-abc123.azurewebsites.net';
const PRODUCTION_ENV = {
  MicrosoftAppId: APP_ID,
  BOT_DOMAIN: DOMAIN,
  DEVELOPER_NAME: 'Anyshire County Council',
  PRIVACY_URL: 'https://www.anyshire.example/privacy/early-help-navigator',
  TERMS_OF_USE_URL: 'https://www.anyshire.example/terms',
};
/** The manifest inside a built package, as text ("null" when it is missing). */
function manifestInZip(zipPath: string): string {
  const entry = unzipSync(readFileSync(zipPath))['manifest.json'];
  return entry ? Buffer.from(entry).toString('utf8') : 'null';
}

/** Decodes a PNG with pngjs (an independent decoder): size and RGBA pixels. */
function decodePng(path: string): { width: number; height: number; data: Buffer } {
  return PNG.sync.read(readFileSync(path));
}

const TEAMS_FILES = ['manifest.template.json', 'cy.json', 'color.png', 'outline.png'];

/** The parts of a manifest these tests read; the schema checks the rest. */
const manifestShape = z.object({
  id: z.string(),
  version: z.string(),
  accentColor: z.string(),
  validDomains: z.array(z.string()),
  developer: z.object({ name: z.string(), websiteUrl: z.string(), privacyUrl: z.string(), termsOfUseUrl: z.string() }),
  localizationInfo: z.object({
    defaultLanguageTag: z.string(),
    additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string() })),
  }),
  bots: z.array(
    z.object({
      botId: z.string(),
      scopes: z.array(z.string()),
      commandLists: z.array(
        z.object({
          scopes: z.array(z.string()),
          commands: z.array(z.object({ title: z.string(), description: z.string() })),
        }),
      ),
    }),
  ),
});

function validator() {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
}

/** A throwaway copy of the project's Teams folder, so tests never write into the repository. */
function scratchProject(version = '3.4.5'): string {
  const root = mkdtempSync(join(tmpdir(), 'ehn-teams-'));
  mkdirSync(join(root, 'deployment', 'teams'), { recursive: true });
  for (const file of TEAMS_FILES) copyFileSync(join(TEAMS_FOLDER, file), join(root, 'deployment', 'teams', file));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'early-help-navigator', version }));
  return root;
}

function run(env: NodeJS.ProcessEnv, root: string) {
  let stdout = '';
  let stderr = '';
  const code = runTeamsPackage({ env, root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, lastLine: stdout.trimEnd().split('\n').at(-1) ?? '' };
}

describe('npm run teams:package', () => {
  const roots: string[] = [];
  const scratch = (version?: string) => {
    const root = scratchProject(version);
    roots.push(root);
    return root;
  };
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it("fills the app id and bot domain from the environment and prints the zip's absolute path last", () => {
    const root = scratch();
    const result = run(PRODUCTION_ENV, root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.lastLine).toBe(join(root, 'deployment', 'teams', 'build', PACKAGE_FILE_NAME));
    expect(isAbsolute(result.lastLine)).toBe(true);
    const manifest = manifestShape.parse(JSON.parse(manifestInZip(result.lastLine)));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual([DOMAIN]);
    expect(manifest.developer).toEqual({
      name: 'Anyshire County Council',
      websiteUrl: `https://${DOMAIN}/`,
      privacyUrl: PRODUCTION_ENV.PRIVACY_URL,
      termsOfUseUrl: PRODUCTION_ENV.TERMS_OF_USE_URL,
    });
    expect(manifest.version).toBe('3.4.5');
  });

  it('uses a clearly marked development app id and domain without MicrosoftAppId and BOT_DOMAIN, and says so on standard error', () => {
    const result = run({}, scratch());
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('MicrosoftAppId is not set');
    expect(result.stderr).toContain(DEVELOPMENT_APP_ID);
    expect(result.stderr).toContain('BOT_DOMAIN is not set');
    const raw: unknown = JSON.parse(manifestInZip(result.lastLine));
    const manifest = manifestShape.parse(raw);
    expect(manifest.id).toBe(DEVELOPMENT_APP_ID);
    expect(manifest.validDomains).toEqual([DEVELOPMENT_BOT_DOMAIN]);
    expect(validator()(raw)).toBe(true); // still a valid package, for sideloading against a local bot
  });

  it('accepts a pasted URL for BOT_DOMAIN, and TEAMS_APP_ID and TEAMS_APP_VERSION overrides', () => {
    const teamsAppId = 'a1b2c3d4-0000-4000-8000-000000000001';
    const result = run(
      {
        ...PRODUCTION_ENV,
        BOT_DOMAIN: `https://${DOMAIN}/api/messages`,
        TEAMS_APP_ID: teamsAppId,
        TEAMS_APP_VERSION: '2.0.1',
      },
      scratch(),
    );
    expect(result.code).toBe(0);
    const manifest = manifestShape.parse(JSON.parse(manifestInZip(result.lastLine)));
    expect(manifest).toMatchObject({ id: teamsAppId, version: '2.0.1', validDomains: [DOMAIN] });
    expect(manifest.bots[0].botId).toBe(APP_ID);
  });

  it('refuses malformed settings with a message naming each, exits 1 and prints no path', () => {
    const root = scratch();
    const result = run(
      { MicrosoftAppId: 'not-a-guid', PRIVACY_URL: 'http://insecure.example/privacy', TEAMS_APP_VERSION: 'v1' },
      root,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    for (const name of ['MicrosoftAppId', 'PRIVACY_URL', 'TEAMS_APP_VERSION']) expect(result.stderr).toContain(name);
    expect(existsSync(join(root, 'deployment', 'teams', 'build', PACKAGE_FILE_NAME))).toBe(false);
  });

  it('refuses an icon of the wrong size instead of building a package Teams would reject', () => {
    const root = scratch();
    copyFileSync(join(TEAMS_FOLDER, 'outline.png'), join(root, 'deployment', 'teams', 'color.png'));
    const result = run(PRODUCTION_ENV, root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('color.png must be 192×192 pixels; it is 32×32');
  });

  it('refuses an outline icon with no transparency channel', () => {
    const root = scratch();
    const header = Buffer.from(readFileSync(join(TEAMS_FOLDER, 'outline.png')));
    header[25] = 2; // claim RGB without alpha (the CRC no longer matters: the tool reads the header only)
    writeFileSync(join(root, 'deployment', 'teams', 'outline.png'), header);
    const result = run(PRODUCTION_ENV, root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('outline.png must have an alpha channel');
  });

  it('puts manifest.json, both icons and the Welsh strings at the root of the zip, byte for byte', () => {
    const result = run(PRODUCTION_ENV, scratch());
    const entries = unzipSync(readFileSync(result.lastLine));
    expect(Object.keys(entries)).toEqual(['manifest.json', 'color.png', 'outline.png', 'cy.json']);
    for (const [name, data] of Object.entries(entries))
      if (name !== 'manifest.json') expect(Buffer.from(data).equals(readFileSync(join(TEAMS_FOLDER, name)))).toBe(true);
  });

  it('builds the same bytes from the same inputs, so a package can be compared with the one reviewed', () => {
    const first = readFileSync(run(PRODUCTION_ENV, scratch()).lastLine);
    const second = readFileSync(run(PRODUCTION_ENV, scratch()).lastLine);
    expect(first.equals(second)).toBe(true);
  });
});

describe('the Teams manifest (deployment/teams/manifest.template.json)', () => {
  const build = () => {
    const folder = mkdtempSync(join(tmpdir(), 'ehn-manifest-'));
    try {
      return buildTeamsPackage({
        env: PRODUCTION_ENV,
        teamsFolder: TEAMS_FOLDER,
        outputFile: join(folder, 'package.zip'),
        defaultVersion: '1.0.0',
      }).manifest;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };

  it('is valid against the Teams manifest schema 1.22 once filled', () => {
    const validate = validator();
    const valid = validate(build());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is not valid before it is filled, so the placeholders cannot ship by accident', () => {
    const template = readFileSync(join(TEAMS_FOLDER, 'manifest.template.json'), 'utf8');
    expect(placeholdersIn(template).sort()).toEqual([
      'APP_VERSION',
      'BOT_DOMAIN',
      'BOT_ID',
      'DEVELOPER_NAME',
      'PRIVACY_URL',
      'TEAMS_APP_ID',
      'TERMS_OF_USE_URL',
    ]);
    expect(validator()(JSON.parse(template))).toBe(false);
  });

  it('is a bot in personal scope only, with help, on duty, off duty, queue and language, each described', () => {
    const manifest = manifestShape.parse(build());
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0].scopes).toEqual(['personal']);
    expect(manifest.bots[0].commandLists).toHaveLength(1);
    const [list] = manifest.bots[0].commandLists;
    expect(list.scopes).toEqual(['personal']);
    expect(list.commands.map((c) => c.title)).toEqual(['help', 'on duty', 'off duty', 'queue', 'language']);
    for (const command of list.commands) expect(command.description.length).toBeGreaterThan(10);
  });

  it("trusts the bot's own domain and nothing else", () => {
    expect(manifestShape.parse(build()).validDomains).toEqual([DOMAIN]);
  });

  it("has an accent colour equal to the colour icon's background", () => {
    const manifest = manifestShape.parse(build());
    const { data } = decodePng(join(TEAMS_FOLDER, 'color.png'));
    const hex = `#${Array.from(data.subarray(0, 3), (b) => b.toString(16).padStart(2, '0')).join('')}`;
    expect(manifest.accentColor.toUpperCase()).toBe(hex.toUpperCase());
  });
});

describe('the Welsh strings (deployment/teams/cy.json)', () => {
  const manifest = manifestShape.parse(JSON.parse(readFileSync(join(TEAMS_FOLDER, 'manifest.template.json'), 'utf8')));
  const commandCount = manifest.bots[0].commandLists[0].commands.length;
  const welsh = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(join(TEAMS_FOLDER, 'cy.json'), 'utf8')));

  /** The rules of MicrosoftTeams.Localization.schema.json for the keys a bot can use. */
  const localizationFile = z
    .object({
      $schema: z.url().optional(),
      'name.short': z.string().min(1).max(30),
      'name.full': z.string().max(100).optional(),
      'description.short': z.string().min(1).max(80),
      'description.full': z.string().min(1).max(4000),
    })
    .catchall(z.string());
  const commandKey = /^bots\[0\]\.commandLists\[[0-2]\]\.commands\[([0-9])\]\.(title|description)$/;

  it("is the manifest's one additional language, Welsh", () => {
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'cy', file: 'cy.json' }]);
  });

  it('follows the Teams localization file rules for names, descriptions and command keys', () => {
    expect(localizationFile.safeParse(welsh).success).toBe(true);
    const fixed = new Set(['$schema', 'name.short', 'name.full', 'description.short', 'description.full']);
    for (const [key, value] of Object.entries(welsh)) {
      if (fixed.has(key)) continue;
      const match = commandKey.exec(key);
      expect({ key, known: match !== null }).toEqual({ key, known: true });
      expect(Number(match?.[1])).toBeLessThan(commandCount);
      expect(value.length).toBeLessThanOrEqual(match?.[2] === 'title' ? 32 : 128);
    }
  });

  it('describes every command in Welsh, and renames only "language", to "iaith", which the bot also understands', () => {
    for (let i = 0; i < commandCount; i++)
      expect(welsh[`bots[0].commandLists[0].commands[${i}].description`]).toBeDefined();
    const renamed = Object.entries(welsh).filter(([key]) => key.endsWith('.title'));
    expect(renamed).toEqual([['bots[0].commandLists[0].commands[4].title', 'iaith']]);
    expect(manifest.bots[0].commandLists[0].commands[4].title).toBe('language');
  });

  it('is not the English text left untranslated', () => {
    const english = JSON.parse(readFileSync(join(TEAMS_FOLDER, 'manifest.template.json'), 'utf8')) as {
      description: { short: string; full: string };
    };
    expect(welsh['description.short']).not.toBe(english.description.short);
    expect(welsh['description.full']).not.toBe(english.description.full);
    expect(welsh['description.full']).toContain('999');
  });
});

describe('the Teams icons', () => {
  it('color.png is 192×192', () => {
    const png = decodePng(join(TEAMS_FOLDER, 'color.png'));
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it('outline.png is 32×32, white on a transparent background', () => {
    const png = decodePng(join(TEAMS_FOLDER, 'outline.png'));
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(readPngHeader(readFileSync(join(TEAMS_FOLDER, 'outline.png'))).colourType).toBe(6);
    let transparent = 0;
    let opaque = 0;
    const coloured: number[] = [];
    for (let i = 0; i < 32 * 32; i++) {
      const [r, g, b, a] = png.data.subarray(i * 4, i * 4 + 4);
      if (a === 0) transparent++;
      if (a === 255) opaque++;
      if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) coloured.push(i);
    }
    expect(transparent).toBeGreaterThan(0);
    expect(opaque).toBeGreaterThan(0);
    expect(coloured).toEqual([]);
    // Corners stay clear, as Teams crops them.
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
    ])
      expect(png.data[(y * 32 + x) * 4 + 3]).toBe(0);
  });
});
