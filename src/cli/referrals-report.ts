/**
 * npm run --silent referrals:report [-- --since DATE] [--organisation ID] [--format json|text]
 * Counts of referrals by month, need, level of need, risk level, status and outcome, per
 * organisation: the figures a governors' report asks for, with no personal data (only categories
 * are even read from the store). JSON by default; `--format text` for people. Read-only.
 */
import { buildReport, renderReportText } from '../referrals/report';
import { cosmosReferralStores } from '../store/cosmosReferralStores';
import { openStoreForTools } from '../store/toolStore';
import { parseDateArgument, parseOptions, runTool, type ToolDeps } from '../referrals/toolSupport';

export interface ReportDeps extends ToolDeps {
  stdout(text: string): void;
  now: Date;
}

const USAGE = 'usage: referrals:report [--since YYYY-MM-DD] [--organisation ID] [--format json|text]';

export async function runReferralsReport(args: readonly string[], deps: ReportDeps): Promise<number> {
  const options = parseOptions(args, ['--since', '--organisation', '--format'], ['--help', '-h']);
  if (options.flags.size > 0) {
    deps.stderr(USAGE);
    return 0;
  }
  const sinceText = options.values.get('--since');
  const since = sinceText === undefined ? undefined : parseDateArgument(sinceText);
  if (sinceText !== undefined && since === undefined)
    options.problems.push(`--since ${JSON.stringify(sinceText)} is not a date (YYYY-MM-DD or an ISO date-time)`);
  const format = options.values.get('--format') ?? 'json';
  if (format !== 'json' && format !== 'text') options.problems.push('--format must be json or text');
  if (options.problems.length > 0) {
    for (const problem of options.problems) deps.stderr(problem);
    deps.stderr(USAGE);
    return 1;
  }
  const store = await deps.openStore();
  try {
    deps.stderr(`Reporting from ${store.description}`);
    const { referrals } = cosmosReferralStores(store, { retentionDays: deps.retentionDays });
    const organisationId = options.values.get('--organisation');
    const rows = await referrals.reportRows({
      ...(since ? { since } : {}),
      ...(organisationId !== undefined ? { organisationId } : {}),
    });
    const report = buildReport(rows, deps.now, since);
    deps.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${renderReportText(report)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  runTool('referrals:report', (config) =>
    runReferralsReport(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (line) => process.stderr.write(`${line}\n`),
      openStore: () => openStoreForTools(config.store, { access: 'read' }),
      retentionDays: config.retentionDays,
      now: new Date(),
    }),
  );
}
