/**
 * Builds the whole bot from a validated configuration and starts it: store, referral record,
 * escalation, conversation, channels, HTTP. Tests start it the same way, with test seams
 * (authentication endpoints, clock, sweep interval) passed in `options`.
 */
import type { Agent } from 'node:https';
import type { Config } from './config';
import { createAdapter, type AuthEndpoints } from './channel/adapter';
import { createBotApplication } from './channel/app';
import { CosmosStateStorage } from './store/cosmosStateStorage';
import { createMessagesEndpoint } from './channel/messagesEndpoint';
import { UpnDirectory } from './channel/upnDirectory';
import { routeConnectorConsole } from './channel/connectorConsole';
import { announceTrustSettings } from './trustSettings';
import { TeamsNotifier } from './channel/notifier';
import { registerWebChat } from './channel/webchat';
import { ConversationService } from './conversation/conversationService';
import { DutyDesk } from './conversation/dutyDesk';
import { RepositoryReferralLog } from './conversation/referralLog';
import { CosmosDutyRegistry } from './store/cosmosDutyRegistry';
import { CosmosRememberedDetails } from './store/cosmosRememberedDetails';
import { DetailsDesk } from './reporterDetails/detailsDesk';
import { EscalationService } from './escalation/escalationService';
import { CosmosEscalationStore } from './store/cosmosEscalationStore';
import type { RetryPolicy } from './escalation/retryPolicy';
import { createDutyRoster, loadRosterFile } from './escalation/roster';
import { loadFlows } from './files/flows';
import type { Flow } from './flows';
import { createLocalizer } from './i18n/i18n';
import type { Logger } from './observability/logger';
import { channelName, NO_SIGNALS, type Signals } from './observability/signals';
import { resolveChildKeySecret } from './referrals/childKey';
import { cosmosReferralStores } from './store/cosmosReferralStores';
import { ttlSeconds } from './referrals/retention';
import { assessText, prepareRiskDetection, safetyAnswerAssessment } from './risk';
import { prepareAccountReading, readAccount } from './risk/account';
import { createServer, listen } from './channel/server';
import { loadServiceDirectory } from './files/serviceDirectory';
import { createMatcher } from './signposting/matcher';
import { openStore, type Store } from './store/cosmosStore';
import { assertNoToolRunning, publishEndpoint } from './store/dataDirFiles';

export interface StartOptions {
  logger: Logger;
  authEndpoints?: AuthEndpoints;
  /** How often due escalations are looked for (ms). */
  sweepIntervalMs?: number;
  clock?: () => Date;
  retry?: RetryPolicy;
  directLineBaseUrl?: string;
  /** Where the flow files are (tests use edited copies); the shipped dialogs/ by default. */
  dialogsDir?: string;
  /** Test seam: trust a loopback Cosmos server's certificate. */
  cosmosAgent?: Agent;
  /** Telemetry (src/observability/telemetry.ts) when Application Insights is configured. */
  signals?: Signals;
}

export interface RunningBot {
  readonly url: string;
  readonly store: Store;
  readonly escalations: EscalationService;
  close(): Promise<void>;
}

export async function startBot(config: Config, options: StartOptions): Promise<RunningBot> {
  const { logger } = options;
  const signals = options.signals ?? NO_SIGNALS;
  const clock = options.clock ?? (() => new Date());
  // Everything that can be wrong in a file is checked before anything starts listening.
  const localizer = createLocalizer();
  prepareRiskDetection();
  // Compiling the account reading takes about a second: done once, before the first story arrives.
  prepareAccountReading();
  const flows = loadFlows(options.dialogsDir);
  const matcher = createMatcher(loadServiceDirectory(config.serviceDirectoryFile, clock()));
  const roster = createDutyRoster(
    config.dutyRoster.kind === 'file' ? loadRosterFile(config.dutyRoster.file) : undefined,
    config.outOfHoursContact,
    config.dutyRoster.kind === 'file' ? undefined : config.dutyRoster.kind,
  );
  announceTrustSettings(config, logger);
  const upns = new UpnDirectory({ logger });
  const childKeySecret = resolveChildKeySecret({ childKeySecret: config.childKeySecret, store: config.store });

  if (config.store.kind === 'embedded') assertNoToolRunning(config.store.dataDir);
  const store = await openStore(config.store, options.cosmosAgent ? { agent: options.cosmosAgent } : {});
  // The referrals tools (export, purge …) go through the running bot's store, not its files.
  const unpublish =
    store.embedded && config.store.kind === 'embedded'
      ? publishEndpoint(config.store.dataDir, store.embedded.endpoint)
      : () => undefined;
  const { referrals: repository } = cosmosReferralStores(store, { retentionDays: config.retentionDays });

  const appId = config.auth.mode === 'production' ? config.auth.appId : '';
  const unrouteConsole = routeConnectorConsole(logger);
  const adapter = createAdapter(config.auth, options.authEndpoints);
  const escalationStore = new CosmosEscalationStore(store.container('escalations'));
  const duty = new CosmosDutyRegistry(store.container('duty'));
  const escalations = new EscalationService({
    store: escalationStore,
    duty,
    roster,
    notifier: new TeamsNotifier(adapter, appId, localizer, config.defaultLocale, {
      openRoster: roster.policy === 'open',
      upns,
    }),
    logger,
    ackMinutes: config.escalationAckMinutes,
    clock: () => clock().getTime(),
    ...(options.retry ? { retry: options.retry } : {}),
    ttlSeconds: ttlSeconds(config.retentionDays),
    signals,
  });
  const referrals = new RepositoryReferralLog(
    repository,
    childKeySecret,
    async (org, id) => (await escalationStore.get(org, id))?.status,
  );
  const desk = new DutyDesk({ referrals, escalations, duty, logger });
  const conversation = new ConversationService({
    flows,
    assess: countedAssessment(signals),
    assessSafetyYes: safetyAnswerAssessment,
    escalations,
    referrals,
    duty,
    roster,
    matcher,
    logger,
    defaultLocale: config.defaultLocale,
    desk,
    readAccount,
    details: new DetailsDesk({
      store: new CosmosRememberedDetails(store.container('reporterDetails')),
      organisation: (id) => roster.organisation(id),
      logger,
      triage: triageFlow(flows),
    }),
  });
  const bot = createBotApplication({
    adapter,
    storage: new CosmosStateStorage(store.container('botState')),
    appId,
    conversation,
    roster,
    localizer,
    escalations: escalationStore,
    logger,
    defaultLocale: config.defaultLocale,
    retentionDays: config.retentionDays,
    ...(config.outOfHoursContact ? { outOfHoursContact: config.outOfHoursContact } : {}),
    ...(config.thresholdDocumentName ? { thresholdDocumentName: config.thresholdDocumentName } : {}),
    ...(config.thresholdLevelNames ? { thresholdLevelNames: config.thresholdLevelNames } : {}),
    clock,
    upns,
  });

  let botUrl = '';
  const server = createServer({
    logger,
    handleMessages: createMessagesEndpoint({
      adapter,
      logic: (context) => {
        signals.turn(channelName(context.activity.channelId));
        return bot.run(context);
      },
      logger,
      loopbackServiceUrlsOnly: config.auth.mode === 'development',
    }),
    isReady: async () => {
      const reachable = await store.isReachable();
      if (!reachable) signals.storeError('readiness');
      return reachable;
    },
    registerRoutes: (s) =>
      registerWebChat(s, {
        config,
        logger,
        localizer,
        botMessagesUrl: () => `${botUrl}/api/messages`,
        ...(options.directLineBaseUrl ? { directLineBaseUrl: options.directLineBaseUrl } : {}),
      }),
  });
  const running = await listen(server, config.port, config.host);
  botUrl = running.url;
  escalations.start(options.sweepIntervalMs ?? 1000);
  // Pick up whatever was due while the bot was down (deadlines and undelivered cards).
  void escalations.sweep().catch(() => undefined);

  return {
    url: running.url,
    store,
    escalations,
    async close() {
      await running.close();
      await escalations.stop();
      unpublish();
      unrouteConsole();
      await store.close();
    },
  };
}

/** The triage flow (loadFlows has checked it is there). */
function triageFlow(flows: ReturnType<typeof loadFlows>): Flow {
  const flow = flows.get('triage');
  if (!flow) throw new Error('No triage flow loaded');
  return flow;
}

/** The risk assessment the bot applies, with each result's level counted. */
function countedAssessment(signals: Signals): typeof assessText {
  return (text, locale) => {
    const assessment = assessText(text, locale);
    signals.riskAssessed(assessment.level);
    return assessment;
  };
}
