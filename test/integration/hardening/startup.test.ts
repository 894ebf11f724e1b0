/**
 * What `npm start` loads and says: without APPLICATIONINSIGHTS_CONNECTION_STRING no OpenTelemetry
 * code is loaded at all; with MicrosoftAppType=MultiTenant the start-up lines say it is only for an
 * existing registration.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../../src/projectRoot';

const ROOT = projectRoot();

/** Runs dist/src/index.js until it is listening, then prints the OpenTelemetry modules it loaded and exits. */
function startAndReport(env: Record<string, string>): { stdout: string; loaded: string[] } {
  const script = `
    const write = process.stdout.write.bind(process.stdout);
    let said = '';
    process.stdout.write = (chunk, ...rest) => {
      said += String(chunk);
      if (said.includes('listening on')) setImmediate(() => {
        const loaded = Object.keys(require.cache).filter((file) => /opentelemetry/.test(file));
        write(said + '\\nLOADED ' + JSON.stringify(loaded) + '\\n');
        process.exit(0);
      });
      return true;
    };
    require(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'index.js'))});
  `;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'ehn-start-')),
      ...env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const match = /LOADED (\[.*\])/.exec(run.stdout);
  if (!match?.[1]) throw new Error(`the bot did not start:\n${run.stdout}\n${run.stderr}`);
  return { stdout: run.stdout, loaded: JSON.parse(match[1]) as string[] };
}

describe('npm start', () => {
  beforeAll(() => {
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'ensure-built.cjs')], { cwd: ROOT, stdio: 'pipe' });
    } catch (err) {
      if (!existsSync(path.join(ROOT, 'dist', 'src', 'index.js'))) throw err;
    }
  }, 120_000);

  it('loads no OpenTelemetry code when APPLICATIONINSIGHTS_CONNECTION_STRING is unset', () => {
    const { stdout, loaded } = startAndReport({});
    expect(stdout).toContain('listening on');
    expect(loaded).toEqual([]);
  });

  it('says at start-up that MultiTenant is only for a bot registered before 31 July 2025', () => {
    const { stdout } = startAndReport({
      MicrosoftAppId: '00000000-0000-4000-8000-0000000000aa',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'MultiTenant',
      COSMOS_ENDPOINT: 'embedded',
    });
    expect(stdout).toMatch(
      /identity: +MicrosoftAppType=MultiTenant works only for a bot registered before 31 July 2025/,
    );
  });

  it('says nothing of the kind for SingleTenant with an app id, a password and a tenant id', () => {
    const { stdout } = startAndReport({
      MicrosoftAppId: '00000000-0000-4000-8000-0000000000aa',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '00000000-0000-4000-8000-0000000000bb',
      COSMOS_ENDPOINT: 'embedded',
    });
    expect(stdout).toContain('SingleTenant');
    expect(stdout).not.toContain('31 July 2025');
  });
});
