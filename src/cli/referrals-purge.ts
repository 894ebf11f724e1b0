/**
 * npm run --silent referrals:purge
 * Deletes referrals and audit entries past retention (RETENTION_DAYS, stored on each item as
 * Cosmos `ttl`), and conversation state idle for longer than the state container's time to live
 * (30 days: an unfinished triage holds what was typed), and reporters' remembered details unused for a
 * year. Azure Cosmos DB expires them by itself; the
 * embedded server never does, so run this on a schedule in development-style deployments. Each
 * purged referral is recorded in the audit trail. While the bot runs, the purge goes through the
 * bot's own embedded store. Prints how many were purged per organisation (references, never content).
 */
import { purgeEverythingExpired } from '../referrals/retention';
import { IDLE_STATE_DAYS, purgeIdleConversationState } from '../store/idleStatePurge';
import { purgeExpiredDetails } from '../store/cosmosRememberedDetails';
import { DETAILS_KEPT_DAYS } from '../reporterDetails/rememberedDetails';
import { cosmosReferralStores } from '../store/cosmosReferralStores';
import { openStoreForTools } from '../store/toolStore';
import { parseOptions, runTool, type ToolDeps } from '../referrals/toolSupport';

export interface PurgeDeps extends ToolDeps {
  stdout(line: string): void;
  now: Date;
}

const USAGE = 'usage: referrals:purge';

export async function runReferralsPurge(args: readonly string[], deps: PurgeDeps): Promise<number> {
  const options = parseOptions(args, [], ['--help', '-h']);
  if (options.flags.size > 0) {
    deps.stderr(USAGE);
    return 0;
  }
  if (options.problems.length > 0) {
    for (const problem of options.problems) deps.stderr(problem);
    deps.stderr(USAGE);
    return 1;
  }
  const store = await deps.openStore();
  try {
    deps.stderr(`Purging in ${store.description}`);
    const { referrals, audit } = cosmosReferralStores(store, { retentionDays: deps.retentionDays });
    const summary = await purgeEverythingExpired(referrals, audit, deps.now);
    const perOrganisation = new Map<string, number>();
    for (const purged of summary.referrals)
      perOrganisation.set(purged.organisationId, (perOrganisation.get(purged.organisationId) ?? 0) + 1);
    for (const [organisationId, count] of [...perOrganisation].sort(([a], [b]) => a.localeCompare(b)))
      deps.stdout(`${organisationId}: ${count} referral${count === 1 ? '' : 's'} purged`);
    deps.stdout(
      `Purged ${summary.referrals.length} referral${summary.referrals.length === 1 ? '' : 's'} and ${summary.auditEntries} audit entr${summary.auditEntries === 1 ? 'y' : 'ies'} past retention.`,
    );
    const conversations = await purgeIdleConversationState(store.container('botState'), deps.now);
    deps.stdout(
      `Deleted the state of ${conversations} conversation${conversations === 1 ? '' : 's'} idle for more than ${IDLE_STATE_DAYS} days.`,
    );
    const people = await purgeExpiredDetails(store.container('reporterDetails'), deps.now);
    deps.stdout(
      `Forgot the remembered details of ${people} ${people === 1 ? 'person' : 'people'} unchanged and unused for more than ${DETAILS_KEPT_DAYS} days.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  runTool('referrals:purge', (config) =>
    runReferralsPurge(process.argv.slice(2), {
      stdout: (line) => process.stdout.write(`${line}\n`),
      stderr: (line) => process.stderr.write(`${line}\n`),
      openStore: () => openStoreForTools(config.store, { access: 'write' }),
      retentionDays: config.retentionDays,
      now: new Date(),
    }),
  );
}
