import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReferralsPurge } from '../../../src/cli/referrals-purge';
import { cosmosReferralStores } from '../../../src/store/cosmosReferralStores';
import { openStoreForTools } from '../../../src/store/toolStore';
import { ENDPOINT_FILE, TOOLS_LOCK_FILE } from '../../../src/store/dataDirFiles';
import { openStore } from '../../../src/store/cosmosStore';
import { draftInput, DUTY_A, REPORTER } from '../../unit/referrals/fixtures';

const DB = 'db';

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid ?? 999_999;
}

function files(dataDir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dataDir)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => [name, readFileSync(path.join(dataDir, name), 'utf8')]),
  );
}

/** A "bot": the embedded store on a data directory with one referral in it. */
async function botWithReferral(dataDir: string, organisationId = 'org-tools') {
  const bot = await openStore({ kind: 'embedded', dataDir, database: DB });
  const created = await cosmosReferralStores(bot, { retentionDays: 30 }).referrals.createDraft(
    draftInput(organisationId),
    REPORTER,
  );
  return { bot, reference: created.reference };
}

describe('opening the store for a command-line tool', () => {
  it("uses the running bot's endpoint when it is published and answers, without touching the files", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-tools-'));
    const { bot, reference } = await botWithReferral(dataDir);
    writeFileSync(
      path.join(dataDir, ENDPOINT_FILE),
      JSON.stringify({ endpoint: bot.embedded?.endpoint, pid: process.pid }),
    );
    const before = files(dataDir);
    const tool = await openStoreForTools({ kind: 'embedded', dataDir, database: DB }, { access: 'write' });
    expect(tool.mode).toBe('running-bot');
    const viaTool = cosmosReferralStores(tool, { retentionDays: 30 }).referrals;
    expect((await viaTool.get('org-tools', reference, DUTY_A))?.reference).toBe(reference);
    await tool.close();
    // The tool's write (the `viewed` audit entry) went into the bot's own store and journal.
    expect(
      (await cosmosReferralStores(bot, { retentionDays: 30 }).audit.forReferral('org-tools', reference)).map(
        (e) => e.action,
      ),
    ).toEqual(['created', 'viewed']);
    expect(files(dataDir)['snapshot.jsonl']).toBe(before['snapshot.jsonl']);
    expect(files(dataDir)['journal.jsonl'].length).toBeGreaterThan(before['journal.jsonl'].length);
    expect(await bot.isReachable()).toBe(true);
    await bot.close();
  });

  it('reads a copy of the files, leaving them untouched, when the published bot is no longer running', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-tools-'));
    const { bot, reference } = await botWithReferral(dataDir);
    const endpoint = bot.embedded?.endpoint;
    await bot.close();
    writeFileSync(path.join(dataDir, ENDPOINT_FILE), JSON.stringify({ endpoint, pid: deadPid() }));
    // A torn last line (a crash mid-write) was never acknowledged and is skipped.
    appendFileSync(path.join(dataDir, 'journal.jsonl'), '{"method":"POST","pa');
    const before = files(dataDir);
    const tool = await openStoreForTools({ kind: 'embedded', dataDir, database: DB }, { access: 'read' });
    expect(tool.mode).toBe('files-read-only');
    expect(
      (await cosmosReferralStores(tool, { retentionDays: 30 }).referrals.get('org-tools', reference, DUTY_A))
        ?.reference,
    ).toBe(reference);
    await tool.close();
    expect(files(dataDir)).toEqual(before);
    expect(existsSync(path.join(dataDir, TOOLS_LOCK_FILE))).toBe(false);
  });

  it('falls back to the files when the published process is alive but its endpoint does not answer', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-tools-'));
    const { bot, reference } = await botWithReferral(dataDir);
    const endpoint = bot.embedded?.endpoint;
    await bot.close();
    writeFileSync(path.join(dataDir, ENDPOINT_FILE), JSON.stringify({ endpoint, pid: process.pid }));
    const started = Date.now();
    const tool = await openStoreForTools(
      { kind: 'embedded', dataDir, database: DB },
      { access: 'read', probeTimeoutMs: 1000 },
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(tool.mode).toBe('files-read-only');
    expect(
      (await cosmosReferralStores(tool, { retentionDays: 30 }).referrals.get('org-tools', reference, DUTY_A))
        ?.reference,
    ).toBe(reference);
    await tool.close();
  });

  it('ignores a published endpoint that is not on this machine', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-tools-'));
    const { bot } = await botWithReferral(dataDir);
    await bot.close();
    writeFileSync(
      path.join(dataDir, ENDPOINT_FILE),
      JSON.stringify({ endpoint: 'http://192.0.2.1:8081/', pid: process.pid }),
    );
    const tool = await openStoreForTools({ kind: 'embedded', dataDir, database: DB }, { access: 'read' });
    expect(tool.mode).toBe('files-read-only');
    await tool.close();
  });

  it('purges through the normal path when no bot runs, holding the tools lock meanwhile', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-tools-'));
    const bot = await openStore({ kind: 'embedded', dataDir, database: DB });
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    const expired = await cosmosReferralStores(bot, {
      retentionDays: 1,
      clock: () => new Date(start),
    }).referrals.createDraft(draftInput('org-tools'), REPORTER);
    await bot.close();

    let lockHeld = false;
    const out: string[] = [];
    const code = await runReferralsPurge([], {
      stdout: (line) => out.push(line),
      stderr: () => undefined,
      openStore: async () => {
        const tool = await openStoreForTools({ kind: 'embedded', dataDir, database: DB }, { access: 'write' });
        lockHeld = existsSync(path.join(dataDir, TOOLS_LOCK_FILE));
        expect(tool.mode).toBe('files');
        return tool;
      },
      retentionDays: 30,
      now: new Date(start + 2 * 86_400_000),
    });
    expect(code).toBe(0);
    expect(lockHeld).toBe(true);
    expect(existsSync(path.join(dataDir, TOOLS_LOCK_FILE))).toBe(false);
    expect(out[0]).toBe('org-tools: 1 referral purged');

    const reopened = await openStore({ kind: 'embedded', dataDir, database: DB });
    const stores = cosmosReferralStores(reopened, { retentionDays: 30 });
    expect(await stores.referrals.get('org-tools', expired.reference, DUTY_A)).toBeUndefined();
    expect((await stores.audit.forReferral('org-tools', expired.reference)).map((e) => e.action)).toEqual(['purged']);
    await reopened.close();
  });

  it('refuses to write while another live tool holds the lock, and takes over a lock left by a dead one', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-tools-'));
    const { bot } = await botWithReferral(dataDir);
    await bot.close();
    writeFileSync(path.join(dataDir, TOOLS_LOCK_FILE), JSON.stringify({ pid: process.pid }));
    await expect(openStoreForTools({ kind: 'embedded', dataDir, database: DB }, { access: 'write' })).rejects.toThrow(
      /Another tool/,
    );
    writeFileSync(path.join(dataDir, TOOLS_LOCK_FILE), JSON.stringify({ pid: deadPid() }));
    const tool = await openStoreForTools({ kind: 'embedded', dataDir, database: DB }, { access: 'write' });
    expect(tool.mode).toBe('files');
    await tool.close();
    expect(existsSync(path.join(dataDir, TOOLS_LOCK_FILE))).toBe(false);
  });

  it('treats a data directory with no data as an empty store and creates nothing in it', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-tools-'));
    const tool = await openStoreForTools({ kind: 'embedded', dataDir, database: DB }, { access: 'write' });
    expect(tool.mode).toBe('empty');
    expect(await cosmosReferralStores(tool, { retentionDays: 30 }).referrals.listOpen('org-tools')).toEqual([]);
    await tool.close();
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
