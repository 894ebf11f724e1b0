/**
 * npm run --silent referrals:export [-- --since DATE]
 * Writes the stored referrals as JSON lines (one referral per line, nothing else) on standard
 * output, from the store the bot is configured with (the running bot's embedded store while
 * `npm start` runs). DATE is YYYY-MM-DD (UTC) or an ISO date-time: referrals created or changed
 * since then. Every referral written is recorded in the audit trail as exported. Diagnostics go
 * to standard error; no referrals means no output and exit 0.
 */
import type { AuditActor } from '../referrals/audit';
import { exportJsonLines } from '../referrals/export';
import { cosmosReferralStores } from '../store/cosmosReferralStores';
import { openStoreForTools } from '../store/toolStore';
import { operatorActor, parseDateArgument, parseOptions, runTool, type ToolDeps } from '../referrals/toolSupport';

export interface ExportDeps extends ToolDeps {
  write(chunk: string): Promise<void>;
  actor: AuditActor;
}

const USAGE = 'usage: referrals:export [--since YYYY-MM-DD | --since ISO-DATE-TIME]';

export async function runReferralsExport(args: readonly string[], deps: ExportDeps): Promise<number> {
  const options = parseOptions(args, ['--since'], ['--help', '-h']);
  if (options.flags.size > 0) {
    deps.stderr(USAGE);
    return 0;
  }
  const sinceText = options.values.get('--since');
  const since = sinceText === undefined ? undefined : parseDateArgument(sinceText);
  if (sinceText !== undefined && since === undefined)
    options.problems.push(`--since ${JSON.stringify(sinceText)} is not a date (YYYY-MM-DD or an ISO date-time)`);
  if (options.problems.length > 0) {
    for (const problem of options.problems) deps.stderr(problem);
    deps.stderr(USAGE);
    return 1;
  }
  const store = await deps.openStore();
  try {
    deps.stderr(`Exporting from ${store.description}`);
    const { referrals } = cosmosReferralStores(store, { retentionDays: deps.retentionDays });
    const count = await exportJsonLines(referrals, since === undefined ? {} : { since }, deps.actor, deps.write);
    deps.stderr(`${count} referral${count === 1 ? '' : 's'} exported`);
    return 0;
  } finally {
    await store.close();
  }
}

/** Writes to stdout, waiting when the pipe is full, so a large export never buffers in memory. */
function writeStdout(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

if (require.main === module) {
  runTool('referrals:export', (config) =>
    runReferralsExport(process.argv.slice(2), {
      write: writeStdout,
      stderr: (line) => process.stderr.write(`${line}\n`),
      openStore: () => openStoreForTools(config.store, { access: 'write' }),
      retentionDays: config.retentionDays,
      actor: operatorActor(),
    }),
  );
}
