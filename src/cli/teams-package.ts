/**
 * `npm run --silent teams:package`: builds the Teams app package
 * (deployment/teams/build/early-help-navigator.zip) and prints its absolute path on the last
 * line of standard output. Warnings (placeholders used) go to standard error.
 *
 * Reads, all optional:
 *   MicrosoftAppId     the bot's app id: with the templates in deployment/azure, the managed
 *                      identity's client id (the deployment output BOT_ID)
 *   TEAMS_APP_ID       the Teams app's own id, if it must differ from MicrosoftAppId
 *   BOT_DOMAIN         the bot's host name, e.g. ehn-prod-abc123.azurewebsites.net
 *   DEVELOPER_NAME     who publishes the app in your tenant (at most 32 characters)
 *   PRIVACY_URL        your privacy notice; TERMS_OF_USE_URL your terms of use (https)
 *   TEAMS_APP_VERSION  the manifest version (semver); defaults to package.json's version
 * This is a tool, not the server, so it reads process.env itself instead of through src/config.ts.
 */
import { zipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { fillTemplate } from './teams/manifest';
import { projectRoot } from '../projectRoot';
import { readPngHeader } from './teams/pngHeader';

/** Used when MicrosoftAppId is unset: a well-formed GUID that is obviously not a real app. */
export const DEVELOPMENT_APP_ID = '00000000-0000-4000-8000-00000000dead';
/** `.invalid` is reserved (RFC 2606): it can never be mistaken for a real host. */
export const DEVELOPMENT_BOT_DOMAIN = 'early-help-navigator.invalid';
export const PACKAGE_FILE_NAME = 'early-help-navigator.zip';
const FIXED_ZIP_TIME = new Date(Date.UTC(2024, 0, 1));

interface PackageEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' ? value.trim() || undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const httpsUrl = (name: string) =>
  z
    .string()
    .refine((v) => URL.canParse(v) && new URL(v).protocol === 'https:', { message: `${name} must be an https:// URL` });

const envSchema = z.object({
  MicrosoftAppId: optional(
    z.string().regex(GUID, { message: 'MicrosoftAppId must be a GUID (the BOT_ID output of the deployment)' }),
  ),
  TEAMS_APP_ID: optional(z.string().regex(GUID, { message: 'TEAMS_APP_ID must be a GUID' })),
  BOT_DOMAIN: optional(
    z
      .string()
      // Forgive a pasted URL: keep only its host name.
      .transform((v) => v.replace(/^https?:\/\//i, '').replace(/\/.*$/, ''))
      .refine((v) => HOST_NAME.test(v), {
        message: 'BOT_DOMAIN must be a host name such as ehn-prod-abc123.azurewebsites.net',
      }),
  ),
  DEVELOPER_NAME: optional(
    z.string().max(32, { message: 'DEVELOPER_NAME may be at most 32 characters (a Teams limit)' }),
  ),
  PRIVACY_URL: optional(httpsUrl('PRIVACY_URL')),
  TERMS_OF_USE_URL: optional(httpsUrl('TERMS_OF_USE_URL')),
  TEAMS_APP_VERSION: optional(z.string().regex(SEMVER, { message: 'TEAMS_APP_VERSION must look like 1.2.3' })),
});

/** Every environment variable this tool reads (the operator's guide documents each). */
export const PACKAGE_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** The parts of the manifest that name other files in the package. */
const manifestFilesSchema = z.object({
  icons: z.object({ color: z.string().min(1), outline: z.string().min(1) }),
  localizationInfo: z
    .object({ additionalLanguages: z.array(z.object({ file: z.string().min(1) })).optional() })
    .optional(),
});

export interface PackageOptions {
  readonly env: NodeJS.ProcessEnv;
  /** The folder holding manifest.template.json, the icons and the language files. */
  readonly teamsFolder: string;
  readonly outputFile: string;
  /** The version to use when TEAMS_APP_VERSION is unset. */
  readonly defaultVersion: string;
}

export interface PackageResult {
  readonly zipPath: string;
  readonly manifest: unknown;
  readonly entryNames: string[];
  /** Placeholders used, each a sentence for the operator. */
  readonly warnings: string[];
}

function checkIcon(name: string, bytes: Uint8Array, size: number, needsAlpha: boolean): void {
  const header = readPngHeader(bytes);
  if (header.width !== size || header.height !== size)
    throw new Error(`${name} must be ${size}×${size} pixels; it is ${header.width}×${header.height}`);
  if (needsAlpha && header.colourType !== 4 && header.colourType !== 6)
    throw new Error(
      `${name} must have an alpha channel (white on transparent); its PNG colour type is ${header.colourType}`,
    );
}

export function buildTeamsPackage(options: PackageOptions): PackageResult {
  const parsed = envSchema.safeParse(options.env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  const env = parsed.data;
  const warnings: string[] = [];

  const botId = env.MicrosoftAppId ?? DEVELOPMENT_APP_ID;
  if (env.MicrosoftAppId === undefined)
    warnings.push(
      `MicrosoftAppId is not set: using the development placeholder ${DEVELOPMENT_APP_ID}. Teams cannot reach a bot with this id; set MicrosoftAppId to the deployment's BOT_ID output.`,
    );
  const domain = env.BOT_DOMAIN ?? DEVELOPMENT_BOT_DOMAIN;
  if (env.BOT_DOMAIN === undefined)
    warnings.push(
      `BOT_DOMAIN is not set: using the placeholder ${DEVELOPMENT_BOT_DOMAIN}; set it to the deployment's BOT_DOMAIN output.`,
    );
  const website = `https://${domain}/`;
  for (const name of ['PRIVACY_URL', 'TERMS_OF_USE_URL'] as const)
    if (env[name] === undefined)
      warnings.push(`${name} is not set: the manifest links to ${website}; set it to your organisation's page.`);

  const template = readFileSync(join(options.teamsFolder, 'manifest.template.json'), 'utf8');
  const manifest = fillTemplate(template, {
    APP_VERSION: env.TEAMS_APP_VERSION ?? options.defaultVersion,
    TEAMS_APP_ID: env.TEAMS_APP_ID ?? botId,
    BOT_ID: botId,
    BOT_DOMAIN: domain,
    DEVELOPER_NAME: env.DEVELOPER_NAME ?? 'Early Help Navigator',
    PRIVACY_URL: env.PRIVACY_URL ?? website,
    TERMS_OF_USE_URL: env.TERMS_OF_USE_URL ?? website,
  });

  const files = manifestFilesSchema.parse(manifest);
  const read = (name: string): PackageEntry => ({ name, data: readFileSync(join(options.teamsFolder, name)) });
  const color = read(files.icons.color);
  const outline = read(files.icons.outline);
  checkIcon(color.name, color.data, 192, false);
  checkIcon(outline.name, outline.data, 32, true);
  const languages = (files.localizationInfo?.additionalLanguages ?? []).map((l) => read(l.file));

  const entries: PackageEntry[] = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    color,
    outline,
    ...languages,
  ];
  mkdirSync(dirname(options.outputFile), { recursive: true });
  // A fixed time stamp, so the same inputs give the same bytes (a package can be compared with the one reviewed).
  const zip = zipSync(Object.fromEntries(entries.map((e) => [e.name, e.data])), { level: 9, mtime: FIXED_ZIP_TIME });
  writeFileSync(options.outputFile, zip);
  return { zipPath: resolve(options.outputFile), manifest, entryNames: entries.map((e) => e.name), warnings };
}

export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly root: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The whole command: returns the exit code. The zip's path is always the last stdout line. */
export function runTeamsPackage(io: CliIo): number {
  try {
    const { version } = z
      .object({ version: z.string() })
      .parse(JSON.parse(readFileSync(join(io.root, 'package.json'), 'utf8')));
    const teamsFolder = join(io.root, 'deployment', 'teams');
    const result = buildTeamsPackage({
      env: io.env,
      teamsFolder,
      outputFile: join(teamsFolder, 'build', PACKAGE_FILE_NAME),
      defaultVersion: version,
    });
    for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
    io.stdout(`${result.zipPath}\n`);
    return 0;
  } catch (error) {
    io.stderr(`teams:package failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = runTeamsPackage({
    env: process.env,
    root: projectRoot(__dirname),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
