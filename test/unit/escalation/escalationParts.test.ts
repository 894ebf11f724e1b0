/**
 * The escalation's parts on their own, on in-memory fakes: the pure ladder and delivery rules,
 * the delivery worker (lease, send, give up) and the sweeper (what is due, one sweep at a time).
 */
import { DeliveryWorker } from '../../../src/escalation/deliveryWorker';
import { ackWindowMs, climbLadder, hasLiveDelivery, isDeliveryDue, isPastDeadline, ladderPhones, newDelivery } from '../../../src/escalation/ladderRules';
import type { Delivery, Escalation } from '../../../src/escalation/model';
import type { LadderRung } from '../../../src/escalation/roster';
import { Sweeper } from '../../../src/escalation/sweeper';
import { createLogger } from '../../../src/observability/logger';
import { FakeClock } from '../../fakes/clock';
import { InMemoryDutyRegistry } from '../../fakes/dutyRegistry';
import { addressOf, person } from '../../fakes/dutyLoop';
import { InMemoryEscalationStore } from '../../fakes/escalationStore';
import { FakeNotifier } from '../../fakes/notifier';

const teams = addressOf(person('Reporter'));
const webchat = addressOf(person('Web reporter'), 'webchat');
const ladder: LadderRung[] = [
  { name: 'Phone-only manager', role: 'manager', phone: '01234 567890' },
  { name: 'Deputy DSL', role: 'deputy', aadObjectId: '00000000-0000-4000-8000-00000000aaaa' },
  { name: 'Head', role: 'head', upn: 'head@school.test', phone: '01234 000000' },
];

function escalation(deliveries: Delivery[], over: Partial<Escalation> = {}): Escalation {
  return {
    id: 'esc-00000000-0000-4000-8000-000000000001',
    organisationId: 'default',
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

describe('ladder rules', () => {
  it('gives immediate risk a fifth of the window and a cumulative concern six times it', () => {
    expect([ackWindowMs('immediate', 10), ackWindowMs('urgent', 10), ackWindowMs('concern', 10)]).toEqual([120_000, 600_000, 3_600_000]);
  });

  it('climbs past phone-only rungs to the first reachable in Teams, and from there next time', () => {
    const first = climbLadder(ladder, 0, 1, 5, teams);
    expect(first.rung).toBe(2);
    expect(first.target?.name).toBe('Deputy DSL');
    expect(first.target?.delivery).toMatchObject({ key: '1:00000000-0000-4000-8000-00000000aaaa', round: 1, state: 'pending', nextAttemptAt: 5 });
    expect(first.phoneOnly).toEqual([{ name: 'Phone-only manager', phone: '01234 567890' }]);
    expect(climbLadder(ladder, first.rung, 2, 5, teams).target?.name).toBe('Head');
    expect(climbLadder(ladder, 3, 3, 5, teams)).toEqual({ rung: 3, phoneOnly: [] });
  });

  it('reaches nobody in Teams from a web chat reporter: every rung is phone-only', () => {
    expect(climbLadder(ladder, 0, 0, 0, webchat)).toEqual({ rung: 3, phoneOnly: ladderPhones(ladder) });
  });

  it('says a copy is due when it waits and its time came, or its sender’s lease ran out', () => {
    const pending = newDelivery('u', undefined, 0, 100, { address: teams });
    expect([isDeliveryDue(pending, 99), isDeliveryDue(pending, 100)]).toEqual([false, true]);
    const sending: Delivery = { ...pending, state: 'sending', leaseUntil: 200 };
    expect([isDeliveryDue(sending, 199), isDeliveryDue(sending, 200)]).toEqual([false, true]);
    expect(isDeliveryDue({ ...pending, state: 'sent' }, 1_000)).toBe(false);
    expect(hasLiveDelivery(escalation([{ ...pending, state: 'failed' }]))).toBe(false);
    expect(hasLiveDelivery(escalation([{ ...pending, state: 'failed' }, pending]))).toBe(true);
    expect([isPastDeadline(escalation([]), 9_999), isPastDeadline(escalation([]), 10_000), isPastDeadline(escalation([], { status: 'claimed' }), 10_000)]).toEqual([false, true, false]);
  });
});

describe('delivery worker', () => {
  function worker() {
    const clock = new FakeClock(0);
    const store = new InMemoryEscalationStore();
    const notifier = new FakeNotifier();
    const givenUp: string[] = [];
    const tracked: Promise<void>[] = [];
    const work = new DeliveryWorker({
      store,
      duty: new InMemoryDutyRegistry(),
      notifier,
      logger: createLogger('silent'),
      clock: clock.now,
      random: () => 0.5,
      retry: { maxAttempts: 1, baseMs: 1, maxMs: 1 },
      leaseMs: 1_000,
      instanceId: 'one',
      track: (p) => void tracked.push(p),
      stopped: () => false,
      onCopyGivenUp: async (_org, id) => void givenUp.push(id),
    });
    return { clock, store, notifier, givenUp, work };
  }

  it('sends each due copy once, however many times it is asked', async () => {
    const { store, notifier, work } = worker();
    const e = escalation([newDelivery('duty-1', 'Duty', 0, 0, { address: teams })]);
    await store.create(e);
    await Promise.all([work.deliverAll(e.organisationId, e.id), work.deliverAll(e.organisationId, e.id)]);
    expect(notifier.cards).toHaveLength(1);
    expect((await store.get(e.organisationId, e.id))?.deliveries[0]).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('marks a recipient who is gone unreachable and hands the escalation back to move on', async () => {
    const { store, notifier, givenUp, work } = worker();
    notifier.goneFor(teams.conversationId);
    const e = escalation([newDelivery('duty-1', 'Duty', 0, 0, { address: teams })]);
    await store.create(e);
    await work.deliverAll(e.organisationId, e.id);
    expect((await store.get(e.organisationId, e.id))?.deliveries[0].state).toBe('unreachable');
    expect(givenUp).toEqual([e.id]);
  });
});

describe('sweeper', () => {
  it('runs each escalation that is due, and a sweep asked for during one joins it', async () => {
    const clock = new FakeClock(50);
    const store = new InMemoryEscalationStore();
    await store.create(escalation([], { id: 'esc-due', dueAt: 40 }));
    await store.create(escalation([], { id: 'esc-later', dueAt: 60 }));
    const ran: string[] = [];
    const sweeper = new Sweeper({ due: (now) => store.due(now), run: async (e) => void ran.push(e.id), clock: clock.now, onError: (err) => { throw err; } });
    const first = sweeper.sweep();
    expect(sweeper.sweep()).toBe(first);
    await first;
    expect(ran).toEqual(['esc-due']);
    sweeper.stop();
    await sweeper.sweep();
    expect(ran).toEqual(['esc-due']);
  });
});
