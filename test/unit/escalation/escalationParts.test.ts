/**
 * The escalation's parts on their own, on in-memory fakes with a fake clock: the pure ladder policy
 * and delivery rules, the delivery worker (lease, send, retry, give up, card updates, reporter
 * notices), the sweeper, and the telemetry the whole lifecycle sends through the service.
 */
import { DeliveryWorker } from '../../../src/escalation/deliveryWorker';
import {
  afterFailure,
  deliveryDueAt,
  hasLiveDelivery,
  isDeliveryDue,
  newDelivery,
  reporterNoticeRetryMs,
} from '../../../src/escalation/deliveryRules';
import { ackWindowMs, climbLadder, isPastDeadline, ladderPhones } from '../../../src/escalation/ladderPolicy';
import { nextActionAt, type Delivery, type Escalation } from '../../../src/escalation/model';
import { DeliveryError, type ReporterNotice } from '../../../src/escalation/notifier';
import type { RetryPolicy } from '../../../src/escalation/retryPolicy';
import type { LadderRung } from '../../../src/escalation/roster';
import { Sweeper } from '../../../src/escalation/sweeper';
import type { SupportedLocale } from '../../../src/i18n/locale';
import type { ConversationAddress } from '../../../src/escalation/address';
import { createLogger } from '../../../src/observability/logger';
import { NO_SIGNALS } from '../../../src/observability/signals';
import { submitted } from '../../fakes/cardSubmit';
import { FakeClock } from '../../fakes/clock';
import { InMemoryDutyRegistry } from '../../fakes/dutyRegistry';
import { addressOf, dutyLoop, ORG, person } from '../../fakes/dutyLoop';
import { InMemoryEscalationStore } from '../../fakes/escalationStore';
import { FakeNotifier } from '../../fakes/notifier';
import { RecordingSignals } from '../../fakes/signals';

const MINUTE = 60_000;
const teams = addressOf(person('Reporter'));
const webchat = addressOf(person('Web reporter'), 'webchat');
const ladder: LadderRung[] = [
  { name: 'Phone-only manager', role: 'manager', phone: '01234 567890' },
  { name: 'Deputy DSL', role: 'deputy', aadObjectId: '00000000-0000-4000-8000-00000000aaaa' },
  { name: 'Head', role: 'head', upn: 'head@school.test', phone: '01234 000000' },
];
const retry = { baseMs: 1000, maxMs: 60_000, maxAttempts: 3 };

function escalation(deliveries: Delivery[], over: Partial<Escalation> = {}): Escalation {
  return {
    id: 'esc-00000000-0000-4000-8000-000000000001',
    organisationId: ORG,
    referralId: 'EH-TEST-01',
    level: 'urgent',
    indicators: [],
    reasons: [],
    triggerWords: [],
    shared: [],
    reporter: { id: 'r', channel: 'msteams', locale: 'en-GB', address: teams },
    status: 'open',
    createdAt: new Date(0).toISOString(),
    dueAt: 10_000,
    nextActionAt: 0,
    rung: 0,
    rounds: 0,
    deliveries,
    reporterNotices: [],
    corrections: [],
    ...over,
  };
}

describe('ladder policy', () => {
  it('gives immediate risk a fifth of the window and a cumulative concern six times it, never under a second', () => {
    expect([ackWindowMs('immediate', 10), ackWindowMs('urgent', 10), ackWindowMs('concern', 10)]).toEqual([
      2 * MINUTE,
      10 * MINUTE,
      60 * MINUTE,
    ]);
    expect(ackWindowMs('immediate', 0)).toBe(1000);
  });

  it('climbs past phone-only rungs to the first reachable in Teams, and from there next time', () => {
    const first = climbLadder(ladder, 0, 1, 5, teams);
    expect(first.rung).toBe(2);
    expect(first.target?.name).toBe('Deputy DSL');
    expect(first.target?.delivery).toMatchObject({
      key: '1:00000000-0000-4000-8000-00000000aaaa',
      round: 1,
      state: 'pending',
      nextAttemptAt: 5,
      createFor: { aadObjectId: '00000000-0000-4000-8000-00000000aaaa', tenantId: 'tenant-test' },
    });
    expect(first.phoneOnly).toEqual([{ name: 'Phone-only manager', phone: '01234 567890' }]);
    const second = climbLadder(ladder, first.rung, 2, 5, teams);
    expect(second.target?.name).toBe('Head');
    expect(second.target?.delivery.phone).toBe('01234 000000');
    expect(climbLadder(ladder, 3, 3, 5, teams)).toEqual({ rung: 3, phoneOnly: [] });
  });

  it('reaches nobody in Teams from a web chat reporter: every rung is phone-only', () => {
    expect(climbLadder(ladder, 0, 0, 0, webchat)).toEqual({ rung: 3, phoneOnly: ladderPhones(ladder) });
    expect(ladderPhones(ladder).map((p) => p.name)).toEqual(['Phone-only manager', 'Head']);
  });

  it('says the deadline has passed only for an open alert, from its due time on', () => {
    expect([
      isPastDeadline(escalation([]), 9_999),
      isPastDeadline(escalation([]), 10_000),
      isPastDeadline(escalation([], { status: 'claimed' }), 10_000),
      isPastDeadline(escalation([], { status: 'closed' }), 10_000),
    ]).toEqual([false, true, false, false]);
  });
});

describe('delivery rules', () => {
  it("says a copy is due when it waits and its time came, or its sender's lease ran out, and never once sent", () => {
    const pending = newDelivery('u', undefined, 0, 100, { address: teams });
    expect([isDeliveryDue(pending, 99), isDeliveryDue(pending, 100)]).toEqual([false, true]);
    const sending: Delivery = { ...pending, state: 'sending', leaseUntil: 200 };
    expect([isDeliveryDue(sending, 199), isDeliveryDue(sending, 200)]).toEqual([false, true]);
    for (const state of ['sent', 'failed', 'unreachable'] as const)
      expect(deliveryDueAt({ ...pending, state })).toBeUndefined();
    expect(hasLiveDelivery(escalation([{ ...pending, state: 'failed' }]))).toBe(false);
    expect(
      hasLiveDelivery(
        escalation([
          { ...pending, state: 'failed' },
          { ...pending, state: 'sent' },
        ]),
      ),
    ).toBe(true);
  });

  it("makes the store's next action time from the same rule: the earliest due copy, else the deadline while open", () => {
    const pending = newDelivery('u', undefined, 0, 300, { address: teams });
    const sending: Delivery = { ...pending, key: 'b', state: 'sending', leaseUntil: 200 };
    expect(nextActionAt(escalation([pending, sending], { dueAt: 10_000 }))).toBe(200);
    expect(nextActionAt(escalation([{ ...pending, state: 'sent' }], { dueAt: 10_000 }))).toBe(10_000);
    expect(nextActionAt(escalation([{ ...pending, state: 'sent' }], { status: 'claimed' }))).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it('gives up on a recipient who is gone or out of attempts, and otherwise waits at least their Retry-After', () => {
    const half = () => 0.5;
    expect(afterFailure(new DeliveryError('gone', 403), 1, retry, half)).toEqual({
      kind: 'giveUp',
      state: 'unreachable',
    });
    expect(afterFailure(new DeliveryError('retryable', 503), 3, retry, half)).toEqual({
      kind: 'giveUp',
      state: 'failed',
    });
    expect(afterFailure(new DeliveryError('retryable', 503), 2, retry, half)).toEqual({ kind: 'retry', waitMs: 1500 });
    expect(afterFailure(new DeliveryError('retryable', 429, 30_000), 1, retry, half)).toEqual({
      kind: 'retry',
      waitMs: 30_000,
    });
    expect(afterFailure(new Error('socket hang up'), 1, retry, half)).toEqual({ kind: 'retry', waitMs: 750 });
  });

  it('tries a reporter notice five times at most, and never again once they are gone', () => {
    const half = () => 0.5;
    expect(reporterNoticeRetryMs(new DeliveryError('gone', 404), 1, retry, half)).toBeUndefined();
    expect(reporterNoticeRetryMs(new DeliveryError('retryable', 502), 4, retry, half)).toBe(6000);
    expect(reporterNoticeRetryMs(new DeliveryError('retryable', 502), 5, retry, half)).toBeUndefined();
  });
});

/** A channel that fails the next sends with the given errors, then behaves. */
class FlakyNotifier extends FakeNotifier {
  readonly failures: Error[] = [];

  override async deliverEscalation(address: ConversationAddress, e: Escalation): Promise<{ activityId?: string }> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    return super.deliverEscalation(address, e);
  }

  override async notifyReporter(address: ConversationAddress, locale: SupportedLocale, n: ReporterNotice) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    return super.notifyReporter(address, locale, n);
  }
}

describe('delivery worker', () => {
  function worker(
    instanceId = 'one',
    shared?: { store: InMemoryEscalationStore; notifier: FlakyNotifier },
    policy: RetryPolicy = retry,
  ) {
    const clock = new FakeClock(0);
    const store = shared?.store ?? new InMemoryEscalationStore();
    const notifier = shared?.notifier ?? new FlakyNotifier();
    const duty = new InMemoryDutyRegistry();
    const givenUp: string[] = [];
    const tracked: Promise<void>[] = [];
    const work = new DeliveryWorker({
      store,
      duty,
      notifier,
      logger: createLogger('silent'),
      signals: NO_SIGNALS,
      clock: clock.now,
      random: () => 0.5,
      retry: policy,
      leaseMs: 1_000,
      instanceId,
      track: (p) => void tracked.push(p),
      stopped: () => false,
      onGivenUp: async (_org, id) => void givenUp.push(id),
    });
    return { clock, store, notifier, duty, givenUp, tracked, work };
  }

  it('sends each due copy once, however many instances are asked at once', async () => {
    const one = worker('one');
    const two = worker('two', one);
    const e = escalation([newDelivery('duty-1', 'Duty', 0, 0, { address: teams })]);
    await one.store.create(e);
    await Promise.all([one.work.deliverAll(ORG, e.id), two.work.deliverAll(ORG, e.id), one.work.deliverAll(ORG, e.id)]);
    expect(one.notifier.cards).toHaveLength(1);
    const [sent] = (await one.store.get(ORG, e.id))?.deliveries ?? [];
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, activityId: one.notifier.cards[0].activityId });
    expect(sent).not.toHaveProperty('leaseOwner');
  });

  it('puts a copy back to wait after a failed send, due again after its backoff', async () => {
    const { store, notifier, work, clock, tracked, givenUp } = worker();
    notifier.failures.push(new DeliveryError('retryable', 503));
    const e = escalation([newDelivery('duty-1', 'Duty', 0, 0, { address: teams })]);
    await store.create(e);
    await work.deliverAll(ORG, e.id);
    const waiting = (await store.get(ORG, e.id))?.deliveries[0];
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: 750 });
    expect(tracked).toHaveLength(1);
    expect(givenUp).toEqual([]);

    await work.deliverAll(ORG, e.id); // not due yet: nothing is sent
    expect(notifier.cards).toHaveLength(0);
    clock.advance(750);
    await work.deliverAll(ORG, e.id);
    expect(notifier.cards).toHaveLength(1);
    expect((await store.get(ORG, e.id))?.deliveries[0]).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('marks a recipient who is gone unreachable, off the duty list, and hands the escalation back to move on', async () => {
    const { store, notifier, duty, givenUp, work } = worker();
    const dsl = person('Gone Dsl');
    await duty.goOnDuty({ organisationId: ORG, userId: dsl.id, name: dsl.name, address: addressOf(dsl) }, new Date(0));
    notifier.goneFor(dsl.conversationId);
    const e = escalation([newDelivery(dsl.id, dsl.name, 0, 0, { address: addressOf(dsl) })]);
    await store.create(e);
    await work.deliverAll(ORG, e.id);
    expect((await store.get(ORG, e.id))?.deliveries[0]).toMatchObject({ state: 'unreachable', attempts: 1 });
    expect(await duty.onDuty(ORG)).toEqual([]);
    expect(givenUp).toEqual([e.id]);
  });

  it('gives up a copy that ran out of attempts as failed', async () => {
    const { store, notifier, givenUp, work } = worker();
    notifier.failures.push(new DeliveryError('retryable', 500));
    const copy = { ...newDelivery('duty-1', 'Duty', 0, 0, { address: teams }), attempts: retry.maxAttempts - 1 };
    const e = escalation([copy]);
    await store.create(e);
    await work.deliverAll(ORG, e.id);
    expect((await store.get(ORG, e.id))?.deliveries[0]).toMatchObject({ state: 'failed', attempts: 3 });
    expect(givenUp).toEqual([e.id]);
  });

  it('updates every sent card in place to the escalation as it stands', async () => {
    const { store, notifier, work } = worker();
    const a = person('A');
    const b = person('B');
    const e = escalation([
      newDelivery(a.id, a.name, 0, 0, { address: addressOf(a) }),
      newDelivery(b.id, b.name, 0, 0, { address: addressOf(b) }),
    ]);
    await store.create(e);
    await work.deliverAll(ORG, e.id);
    await store.change(ORG, e.id, (current) => ({
      next: { ...current, status: 'claimed', claimedBy: { id: a.id, name: a.name, at: new Date(0).toISOString() } },
      result: undefined,
    }));
    await work.refreshCards(e);
    for (const p of [a, b]) expect(notifier.latestCardIn(p.conversationId)?.status).toBe('claimed');
    expect(notifier.updates.map((u) => u.activityId).sort()).toEqual(notifier.cards.map((c) => c.activityId).sort());
  });

  it('tells a reporter after a brief retry, and stops at once when their conversation is gone', async () => {
    // A policy of milliseconds: the one real wait in these tests stays tiny.
    const { notifier, work } = worker('one', undefined, { baseMs: 2, maxMs: 4, maxAttempts: 3 });
    const notice: ReporterNotice = { kind: 'handedOver', reference: 'EH-TEST-01', to: 'B' };
    notifier.failures.push(new DeliveryError('retryable', 429));
    expect(await work.notifyReporter(teams, 'cy', notice, 'esc-1')).toBe(true);
    expect(notifier.notices).toEqual([{ conversationId: teams.conversationId, locale: 'cy', notice }]);
    notifier.goneFor(webchat.conversationId);
    expect(await work.notifyReporter(webchat, 'en-GB', notice, 'esc-1')).toBe(false);
    expect(notifier.noticesTo(webchat.conversationId)).toEqual([]);
  });
});

describe('sweeper', () => {
  it('runs each escalation that is due, once per sweep; a sweep asked for during one joins it; none after stop', async () => {
    const clock = new FakeClock(50);
    const store = new InMemoryEscalationStore();
    await store.create(escalation([], { id: 'esc-due', dueAt: 40 }));
    await store.create(escalation([], { id: 'esc-later', dueAt: 60 }));
    const ran: string[] = [];
    const errors: unknown[] = [];
    const sweeper = new Sweeper({
      due: (now) => store.due(now),
      run: async (e) => void ran.push(e.id),
      clock: clock.now,
      onError: (err) => void errors.push(err),
    });
    const first = sweeper.sweep();
    expect(sweeper.sweep()).toBe(first);
    expect(sweeper.running).toBe(first);
    await first;
    expect(ran).toEqual(['esc-due']);
    expect(sweeper.running).toBeUndefined();
    clock.advance(10);
    await sweeper.sweep();
    expect(ran).toEqual(['esc-due', 'esc-due', 'esc-later']);
    sweeper.stop();
    await sweeper.sweep();
    expect(ran).toHaveLength(3);
    expect(errors).toEqual([]);
  });
});

describe('the lifecycle through the service, as telemetry sees it', () => {
  it('counts raised, delivered, claimed, closed; a passed deadline; and the spans of each step', async () => {
    const signals = new RecordingSignals();
    const loop = dutyLoop({ signals, ackMinutes: 10 });
    const dsl = person('Dsl');
    const deputy = person('Deputy');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    await loop.onDuty(deputy);
    const { reference, escalationId } = await loop.raise(teacher);
    expect(signals.counts()).toEqual(['raised:urgent,2', 'delivered:urgent,0', 'delivered:urgent,0']);

    loop.clock.advance(10 * MINUTE);
    await loop.escalations.sweep();
    await loop.escalations.idle();
    expect(signals.counts().slice(3)).toEqual([
      'deadlinePassed:urgent,true',
      'delivered:urgent,1',
      'delivered:urgent,1',
    ]);

    loop.clock.advance(MINUTE);
    await loop.claim(dsl, escalationId);
    await loop.escalations.handOver(
      ORG,
      escalationId,
      { id: dsl.id },
      {
        userId: deputy.id,
        name: deputy.name,
        address: addressOf(deputy),
      },
    );
    await loop.desk.recordOutcome(
      loop.turn(deputy),
      submitted('referral.outcome', { referralId: reference, outcome: 'advice-given' }),
      'en-GB',
    );
    await loop.escalations.idle();
    expect(signals.counts().slice(6)).toEqual(['claimed:urgent,660', 'closed:urgent']);
    expect(new Set(signals.events.filter((e) => e.startsWith('span:')))).toEqual(
      new Set([
        'span:escalation.raise',
        'span:escalation.deliver',
        'span:escalation.deadline',
        'span:escalation.claim',
        'span:escalation.close',
      ]),
    );
    expect(loop.notifier.noticesTo(teacher.conversationId).map((n) => n.kind)).toEqual([
      'stillUnclaimed',
      'claimed',
      'handedOver',
      'outcome',
    ]);
  });
});
