/**
 * The duty loop wired from in-memory fakes of every port (referral repository, audit trail,
 * escalation store, duty registry, notifier, clock) around the real EscalationService, referral
 * log and duty desk: the lifecycle runs in milliseconds with no HTTP, store or timers.
 */
import { ConversationService } from '../../src/conversation/conversationService';
import { DutyDesk } from '../../src/conversation/dutyDesk';
import type { IncomingTurn } from '../../src/conversation/model';
import type { ReporterDetails } from '../../src/conversation/ports';
import { RepositoryReferralLog } from '../../src/conversation/referralLog';
import type { ConversationAddress } from '../../src/escalation/address';
import { EscalationService } from '../../src/escalation/escalationService';
import type { EscalationLevel } from '../../src/escalation/model';
import { createDutyRoster, type Roster } from '../../src/escalation/roster';
import { loadFlows } from '../../src/files/flows';
import { createLogger } from '../../src/observability/logger';
import type { Signals } from '../../src/observability/signals';
import { assessText, prepareRiskDetection, safetyAnswerAssessment } from '../../src/risk';
import { loadServiceDirectory } from '../../src/files/serviceDirectory';
import { createMatcher } from '../../src/signposting/matcher';
import { InMemoryAuditTrail } from './auditTrail';
import { FakeClock } from './clock';
import { InMemoryDutyRegistry } from './dutyRegistry';
import { InMemoryEscalationStore } from './escalationStore';
import { FakeNotifier } from './notifier';
import { InMemoryReferralRepository } from './referralRepository';

export const ORG = 'default';
const SECRET = 'fake-child-key-secret-0123456789-abcdef';

export interface Person {
  id: string;
  name: string;
  aadObjectId: string;
  conversationId: string;
}

let people = 0;
export function person(name: string): Person {
  people++;
  return {
    id: `29:user-${people}`,
    name,
    aadObjectId: `00000000-0000-4000-8000-${String(people).padStart(12, '0')}`,
    conversationId: `a:conv-${people}`,
  };
}

export function addressOf(p: Person, channelId: 'msteams' | 'webchat' = 'msteams'): ConversationAddress {
  return {
    channelId,
    serviceUrl: 'http://127.0.0.1:9/',
    conversationId: p.conversationId,
    userId: p.id,
    userName: p.name,
    aadObjectId: p.aadObjectId,
    botId: '28:bot',
    tenantId: 'tenant-test',
  };
}

export function dutyLoop(options: { roster?: Roster; ackMinutes?: number; signals?: Signals } = {}) {
  const clock = new FakeClock();
  const store = new InMemoryEscalationStore();
  const duty = new InMemoryDutyRegistry();
  const notifier = new FakeNotifier();
  const audit = new InMemoryAuditTrail(clock.date);
  const repository = new InMemoryReferralRepository(audit, clock.date);
  const roster = createDutyRoster(options.roster, 'Test Emergency Duty Team');
  const logger = createLogger('silent');
  /** Another instance: its own service, log and desk over the same stores. */
  const instance = () => {
    const escalations = new EscalationService({
      store,
      duty,
      roster,
      notifier,
      logger,
      ackMinutes: options.ackMinutes ?? 10,
      clock: clock.now,
      random: () => 0.5,
      ...(options.signals ? { signals: options.signals } : {}),
    });
    const referrals = new RepositoryReferralLog(
      repository,
      SECRET,
      async (org, id) => (await store.get(org, id))?.status,
    );
    return { escalations, referrals, desk: new DutyDesk({ referrals, escalations, duty, logger }) };
  };
  const main = instance();
  let conversation: ConversationService | undefined;
  /** The real conversation service over the same fakes (flows and directory as shipped). */
  const conversationService = (): ConversationService => {
    prepareRiskDetection();
    conversation ??= new ConversationService({
      flows: loadFlows(),
      assess: assessText,
      assessSafetyYes: safetyAnswerAssessment,
      escalations: main.escalations,
      referrals: main.referrals,
      duty,
      roster,
      matcher: createMatcher(loadServiceDirectory()),
      logger,
      defaultLocale: 'en-GB',
      desk: main.desk,
    });
    return conversation;
  };

  const turn = (
    p: Person,
    channel: 'msteams' | 'webchat' = 'msteams',
    conversationId = p.conversationId,
  ): IncomingTurn => ({
    channel,
    personal: channel === 'msteams',
    person: { id: p.id, name: p.name, ...(channel === 'msteams' ? { aadObjectId: p.aadObjectId } : {}) },
    organisationId: ORG,
    address: { ...addressOf(p, channel), conversationId },
    now: clock.date(),
  });

  return {
    clock,
    store,
    duty,
    notifier,
    audit,
    repository,
    roster,
    ...main,
    instance,
    turn,
    conversationService,
    async onDuty(p: Person): Promise<void> {
      await duty.goOnDuty(
        { organisationId: ORG, userId: p.id, name: p.name, aadObjectId: p.aadObjectId, address: addressOf(p) },
        clock.date(),
      );
    },
    /** A reporter's disclosure: the draft referral, then the escalation, as the conversation raises them. */
    async raise(
      reporter: Person,
      options: { locale?: 'en-GB' | 'cy'; channel?: 'msteams' | 'webchat'; level?: EscalationLevel } = {},
    ) {
      const channel = options.channel ?? 'msteams';
      const locale = options.locale ?? 'en-GB';
      const address = addressOf(reporter, channel);
      const details: ReporterDetails = {
        id: reporter.id,
        name: reporter.name,
        ...(channel === 'msteams' ? { aadObjectId: reporter.aadObjectId } : {}),
        channel,
        locale,
        address,
      };
      const reference = await main.referrals.ensureDraft(ORG, details, undefined);
      const level = options.level ?? 'urgent';
      const raised = await main.escalations.raise({
        organisationId: ORG,
        referralId: reference,
        level,
        indicators: ['physical-abuse'],
        reasons: ['disclosure of physical abuse'],
        triggerWords: ['hits her'],
        shared: [],
        reporter: { ...details, address },
      });
      await main.referrals.recordRisk(
        ORG,
        reference,
        { assessment: { level, indicators: ['physical-abuse'], matches: [], reasons: [] }, source: 'text' },
        raised.escalationId,
      );
      await main.escalations.idle();
      return { reference, escalationId: raised.escalationId, raised };
    },
    /** A duty worker presses Claim, as ConversationService.claim does it. */
    async claim(p: Person, escalationId: string) {
      const outcome = await main.escalations.claim(ORG, escalationId, { id: p.id, name: p.name });
      if (outcome.status === 'claimed')
        await main.referrals.claim(ORG, outcome.escalation.referralId, { id: p.id, name: p.name }, clock.date());
      await main.escalations.idle();
      return outcome;
    },
    async closedAuditEntries(reference: string) {
      return (await audit.forReferral(ORG, reference)).filter((e) => e.action === 'closed');
    },
  };
}
