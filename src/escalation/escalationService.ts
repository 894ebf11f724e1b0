/**
 * The escalation lifecycle and its public API: raise (write the outbox first), claim, correct,
 * close, hand over, release; climb the ladder when nobody claims in time; tell the reporter what
 * is happening. Its parts: the pure rules (ladderPolicy, deliveryRules), the DeliveryWorker that
 * sends and updates the cards, and the Sweeper that finds what is due. Deadlines live in the
 * store (`dueAt`), not in a timer, so a restart or another instance picks them up; leases and
 * ETags make each recipient's copy go out once.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../observability/logger';
import { safeError } from '../observability/logger';
import { NO_SIGNALS, type Signals } from '../observability/signals';
import type { ConversationAddress } from './address';
import { hasLiveDelivery, newDelivery, stripUndefined } from './deliveryRules';
import { DeliveryWorker } from './deliveryWorker';
import type { DutyRegistry } from './dutyRegistry';
import type { EscalationStore } from './escalationStore';
import { ackWindowMs, climbLadder, isPastDeadline, ladderPhones, type PhoneOnly } from './ladderPolicy';
import type { Actor, Delivery, Escalation, EscalationLevel, EscalationReporter } from './model';
import type { Notifier, ReporterNotice } from './notifier';
import { DEFAULT_RETRY, type RetryPolicy } from './retryPolicy';
import type { DutyRoster } from './roster';
import { Sweeper } from './sweeper';

export { ackWindowMs } from './ladderPolicy';

export interface EscalationServiceDeps {
  store: EscalationStore;
  duty: DutyRegistry;
  roster: DutyRoster;
  notifier: Notifier;
  logger: Logger;
  /** Minutes an urgent escalation may stay unclaimed (ESCALATION_ACK_MINUTES). */
  ackMinutes: number;
  clock?: () => number;
  random?: () => number;
  retry?: RetryPolicy;
  /** How long one instance may hold a delivery before another may retry it. */
  leaseMs?: number;
  /** Retention for escalation documents, in seconds (Cosmos ttl). */
  ttlSeconds?: number;
  /** Counts, durations and spans for telemetry; nothing by default. */
  signals?: Signals;
}

export interface RaiseInput {
  organisationId: string;
  referralId: string;
  level: EscalationLevel;
  indicators: Escalation['indicators'];
  reasons: string[];
  triggerWords: string[];
  shared: Escalation['shared'];
  reporter: EscalationReporter;
}

export interface RaiseOutcome {
  escalationId: string;
  /** People the card is going to now. */
  recipients: number;
  /** Their names, so the reporter is told whom the alert went to. */
  recipientNames: (string | undefined)[];
  outOfHours: boolean;
  /** Nobody on duty and nobody on the ladder reachable in Teams: the reporter must act themselves. */
  nobodyReachable: boolean;
  outOfHoursContact?: string;
  phoneOnly: PhoneOnly[];
}

export type ClaimOutcome =
  | { status: 'claimed'; escalation: Escalation }
  | { status: 'alreadyClaimed'; escalation: Escalation }
  | { status: 'notFound' };

export type CloseOutcome =
  | { status: 'closed'; escalation: Escalation }
  | { status: 'alreadyClosed'; escalation: Escalation }
  | { status: 'notFound' };

/** Handing over or releasing a claim: only its owner may, and only while it is claimed. */
export type PassOnOutcome =
  { status: 'done'; escalation: Escalation } | { status: 'notYours'; escalation: Escalation } | { status: 'notFound' };

export interface Closure {
  by: Actor;
  /** An outcome code (referrals' OUTCOMES), rendered through i18n on the cards. */
  outcome: string;
}

/** An on-duty worker taking over a claim, with the address their card goes to. */
export interface NewOwner {
  userId: string;
  name?: string;
  address: ConversationAddress;
}

export class EscalationService {
  private readonly clock: () => number;
  private stopped = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly signals: Signals;
  private readonly worker: DeliveryWorker;
  private readonly sweeper: Sweeper;

  constructor(private readonly deps: EscalationServiceDeps) {
    this.signals = deps.signals ?? NO_SIGNALS;
    this.clock = deps.clock ?? Date.now;
    this.worker = new DeliveryWorker({
      store: deps.store,
      duty: deps.duty,
      notifier: deps.notifier,
      logger: deps.logger,
      signals: this.signals,
      clock: this.clock,
      random: deps.random ?? Math.random,
      retry: deps.retry ?? DEFAULT_RETRY,
      // Longer than one send takes (the connector's own timeout), short enough that a crashed instance's copy is
      // retried soon.
      leaseMs: deps.leaseMs ?? 15_000,
      instanceId: randomUUID(),
      track: (work) => this.track(work),
      stopped: () => this.stopped,
      onGivenUp: (organisationId, escalationId) => this.moveOnIfNobodyLeft(organisationId, escalationId),
    });
    this.sweeper = new Sweeper({
      due: (now) => deps.store.due(now),
      run: (escalation, now) => this.runDue(escalation, now),
      clock: this.clock,
      onError: (err) => {
        this.signals.storeError('escalation-sweep');
        this.deps.logger.error({ event: 'escalation.sweep_failed', err: safeError(err) });
      },
    });
  }

  raise(input: RaiseInput): Promise<RaiseOutcome> {
    return this.signals.inSpan('escalation.raise', { 'escalation.level': input.level }, () => this.raiseNow(input));
  }

  private async raiseNow(input: RaiseInput): Promise<RaiseOutcome> {
    const now = this.clock();
    const { organisationId } = input;
    const onDuty = await this.deps.duty.onDuty(organisationId);
    const deliveries: Delivery[] = onDuty.map((d) => newDelivery(d.userId, d.name, 0, now, { address: d.address }));
    let rung = 0;
    let phoneOnly: PhoneOnly[] = [];
    if (deliveries.length === 0) {
      // Nobody on duty: go straight to the ladder, as far as the first rung reachable in Teams.
      const climb = climbLadder(this.deps.roster.ladder(organisationId), 0, 0, now, input.reporter.address);
      rung = climb.rung;
      phoneOnly = climb.phoneOnly;
      if (climb.target) deliveries.push(climb.target.delivery);
    }
    const escalation: Escalation = {
      id: `esc-${randomUUID()}`,
      organisationId,
      referralId: input.referralId,
      level: input.level,
      indicators: input.indicators,
      reasons: input.reasons,
      triggerWords: input.triggerWords,
      shared: input.shared,
      reporter: input.reporter,
      status: 'open',
      createdAt: new Date(now).toISOString(),
      dueAt: now + ackWindowMs(input.level, this.deps.ackMinutes),
      nextActionAt: now,
      rung,
      rounds: 0,
      deliveries,
      reporterNotices: [],
      corrections: [],
      ...(this.deps.ttlSeconds ? { ttl: this.deps.ttlSeconds } : {}),
    };
    await this.deps.store.create(escalation);
    this.signals.annotate({ 'escalation.id': escalation.id });
    this.signals.escalationRaised(input.level, deliveries.length);
    this.deps.logger.info({
      event: 'escalation.raised',
      escalationId: escalation.id,
      level: input.level,
      recipients: deliveries.length,
      organisationId,
    });
    this.track(this.worker.deliverAll(escalation.organisationId, escalation.id));
    const outOfHours = !this.deps.roster.isWithinWorkingHours(organisationId, new Date(now));
    return {
      escalationId: escalation.id,
      recipients: deliveries.length,
      recipientNames: deliveries.map((d) => d.recipientName),
      outOfHours,
      nobodyReachable: deliveries.length === 0,
      outOfHoursContact: this.deps.roster.outOfHoursContact(organisationId),
      phoneOnly,
    };
  }

  claim(organisationId: string, escalationId: string, by: Actor): Promise<ClaimOutcome> {
    return this.signals.inSpan('escalation.claim', { 'escalation.id': escalationId }, () =>
      this.claimNow(organisationId, escalationId, by),
    );
  }

  private async claimNow(organisationId: string, escalationId: string, by: Actor): Promise<ClaimOutcome> {
    const existing = await this.deps.store.get(organisationId, escalationId);
    if (!existing) return { status: 'notFound' };
    const at = new Date(this.clock()).toISOString();
    const outcome = await this.deps.store.change<ClaimOutcome>(organisationId, escalationId, (current) => {
      if (current.status !== 'open') return { result: { status: 'alreadyClaimed', escalation: current } };
      const next: Escalation = { ...current, status: 'claimed', claimedBy: { id: by.id, name: by.name, at } };
      return { next, result: { status: 'claimed', escalation: next } };
    });
    this.signals.annotate({ 'escalation.level': existing.level, 'escalation.outcome': outcome.status });
    if (outcome.status === 'claimed') {
      this.signals.escalationClaimed(existing.level, (Date.parse(at) - Date.parse(existing.createdAt)) / 1000);
      this.deps.logger.info({ event: 'escalation.claimed', escalationId, organisationId });
      this.track(this.afterClaim(outcome.escalation, by.name ?? by.id, at));
    }
    return outcome;
  }

  /** The reporter said the bot misread them: recorded on the alert, which is never withdrawn. */
  async recordCorrection(organisationId: string, escalationId: string, by: string): Promise<void> {
    const at = new Date(this.clock()).toISOString();
    await this.deps.store.change(organisationId, escalationId, (current) => ({
      next: { ...current, corrections: [...current.corrections, { at, by }] },
      result: undefined,
    }));
    const updated = await this.deps.store.get(organisationId, escalationId);
    if (updated) this.track(this.refreshCards(updated));
  }

  /**
   * Closes with an outcome, once: the If-Match replace lets one caller (of any instance) win; a
   * second close, or one that loses a race, gets `alreadyClosed` and changes nothing. Whoever wins
   * updates every card in place. Closing an unclaimed alert makes the closer its owner.
   */
  async close(organisationId: string, escalationId: string, closure: Closure): Promise<CloseOutcome> {
    return this.signals.inSpan('escalation.close', { 'escalation.id': escalationId }, async () => {
      const existing = await this.deps.store.get(organisationId, escalationId);
      if (!existing) return { status: 'notFound' } as const;
      const at = new Date(this.clock()).toISOString();
      const by = stripUndefined({ id: closure.by.id, name: closure.by.name });
      const outcome = await this.deps.store.change<CloseOutcome>(organisationId, escalationId, (current) => {
        if (current.status === 'closed') return { result: { status: 'alreadyClosed', escalation: current } };
        const next: Escalation = {
          ...current,
          status: 'closed',
          claimedBy: current.claimedBy ?? { ...by, at },
          closed: { by, at, outcome: closure.outcome },
        };
        return { next, result: { status: 'closed', escalation: next } };
      });
      if (outcome.status === 'closed') {
        this.deps.logger.info({ event: 'escalation.closed', escalationId, organisationId });
        this.signals.annotate({ 'escalation.level': outcome.escalation.level });
        this.signals.escalationClosed(outcome.escalation.level);
        await this.refreshCards(outcome.escalation);
      }
      return outcome;
    });
  }

  /** The escalations someone has claimed and not closed (what `off duty` must hand over first). */
  async claimedBy(organisationId: string, userId: string): Promise<Escalation[]> {
    const open = await this.deps.store.listOpen(organisationId);
    return open.filter((e) => e.status === 'claimed' && e.claimedBy?.id === userId);
  }

  /**
   * The owner passes a claim to another on-duty worker: every card shows the new owner, who gets a copy if they had
   * none.
   */
  async handOver(
    organisationId: string,
    escalationId: string,
    from: { id: string },
    to: NewOwner,
  ): Promise<PassOnOutcome> {
    const now = this.clock();
    const at = new Date(now).toISOString();
    const outcome = await this.passOn(organisationId, escalationId, from, (current) => {
      const hasCard = current.deliveries.some(
        (d) => d.recipientId === to.userId && d.state !== 'unreachable' && d.state !== 'failed',
      );
      const copy = hasCard
        ? []
        : [newDelivery(to.userId, to.name, current.rounds, now, { address: to.address })].map((d) => ({
            ...d,
            key: `handover:${at}:${to.userId}`,
          }));
      return {
        ...current,
        claimedBy: stripUndefined({ id: to.userId, name: to.name, at }),
        deliveries: [...current.deliveries, ...copy],
      };
    });
    if (outcome.status === 'done') {
      this.deps.logger.info({ event: 'escalation.handed_over', escalationId, organisationId });
      await this.refreshCards(outcome.escalation);
      this.track(this.worker.deliverAll(organisationId, escalationId));
      await this.tellReporter(outcome.escalation, {
        kind: 'handedOver',
        reference: outcome.escalation.referralId,
        to: to.name ?? to.userId,
      });
    }
    return outcome;
  }

  /** The owner gives a claim back: unclaimed again, with a fresh deadline, so the ladder climbs if nobody takes it. */
  async release(organisationId: string, escalationId: string, from: { id: string }): Promise<PassOnOutcome> {
    const now = this.clock();
    const outcome = await this.passOn(organisationId, escalationId, from, (current) => {
      const { claimedBy: _released, ...rest } = current;
      return { ...rest, status: 'open', dueAt: now + ackWindowMs(current.level, this.deps.ackMinutes) };
    });
    if (outcome.status === 'done') {
      this.deps.logger.info({ event: 'escalation.released', escalationId, organisationId });
      await this.refreshCards(outcome.escalation);
    }
    return outcome;
  }

  /**
   * Tells the reporter something, retrying briefly; false when they could not be reached (e.g. their web chat has
   * ended).
   */
  notifyReporter(
    address: ConversationAddress,
    locale: EscalationReporter['locale'],
    notice: ReporterNotice,
  ): Promise<boolean> {
    return this.worker.notifyReporter(address, locale, notice, undefined);
  }

  /** Runs whatever is due now: deliveries and expired deadlines. Safe to call from every instance. */
  sweep(): Promise<void> {
    return this.sweeper.sweep();
  }

  start(intervalMs = 1000): void {
    this.sweeper.start(intervalMs);
  }

  /** Stops sweeping and waits for work under way; deliveries not yet sent stay in the outbox for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.sweeper.stop();
    while (this.inFlight.size > 0 || this.sweeper.running)
      await Promise.allSettled([...this.inFlight, this.sweeper.running]);
  }

  /** Resolves when background work started so far has finished (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track(work: Promise<void>): void {
    const guarded = work.catch((err: unknown) => {
      this.signals.storeError('escalation-work');
      this.deps.logger.error({ event: 'escalation.work_failed', err: safeError(err) });
    });
    this.inFlight.add(guarded);
    void guarded.finally(() => this.inFlight.delete(guarded));
  }

  /** One escalation the sweeper found due: climb the ladder if its deadline has passed, then send what is waiting. */
  private async runDue(escalation: Escalation, now: number): Promise<void> {
    if (isPastDeadline(escalation, now)) await this.escalateFurther(escalation.organisationId, escalation.id);
    await this.worker.deliverAll(escalation.organisationId, escalation.id);
  }

  /** Deadline passed with nobody claiming: re-send to everyone on duty, alert the next rung, tell the reporter. */
  private escalateFurther(organisationId: string, escalationId: string): Promise<void> {
    return this.signals.inSpan('escalation.deadline', { 'escalation.id': escalationId }, () =>
      this.escalateFurtherNow(organisationId, escalationId),
    );
  }

  private async escalateFurtherNow(organisationId: string, escalationId: string): Promise<void> {
    const now = this.clock();
    const onDuty = await this.deps.duty.onDuty(organisationId);
    const ladder = this.deps.roster.ladder(organisationId);
    let pastLastRung = false;
    const notice = await this.deps.store.change<ReporterNotice | undefined>(organisationId, escalationId, (current) => {
      if (!isPastDeadline(current, now)) return { result: undefined };
      // Nobody left on the ladder to alert: only the people already told can still claim it.
      pastLastRung = current.rung >= ladder.length;
      const round = current.rounds + 1;
      const fresh: Delivery[] = onDuty.map((d) => newDelivery(d.userId, d.name, round, now, { address: d.address }));
      const alerted: string[] = onDuty.map((d) => d.name ?? 'duty worker');
      const { rung, target, phoneOnly } = climbLadder(ladder, current.rung, round, now, current.reporter.address);
      if (target) {
        fresh.push(target.delivery);
        alerted.push(target.name);
      }
      const next: Escalation = {
        ...current,
        rounds: round,
        rung,
        dueAt: now + ackWindowMs(current.level, this.deps.ackMinutes),
        deliveries: [
          ...current.deliveries,
          ...fresh.filter((d) => !current.deliveries.some((old) => old.key === d.key)),
        ],
        reporterNotices: [...current.reporterNotices, { kind: 'stillUnclaimed', at: new Date(now).toISOString() }],
      };
      return {
        next,
        result: {
          kind: 'stillUnclaimed',
          reference: current.referralId,
          alerted,
          phoneOnly,
          outOfHoursContact: this.deps.roster.outOfHoursContact(organisationId),
          level: current.level,
        },
      };
    });
    if (!notice) return;
    if (notice.kind === 'stillUnclaimed') {
      this.signals.annotate({
        'escalation.level': notice.level,
        'escalation.outcome': pastLastRung ? 'past-last-rung' : 'next-rung',
      });
      this.signals.escalationDeadlinePassed(notice.level, pastLastRung);
    }
    this.deps.logger.warn({ event: 'escalation.deadline_passed', escalationId, organisationId, pastLastRung });
    const escalation = await this.deps.store.get(organisationId, escalationId);
    if (escalation) await this.tellReporter(escalation, notice);
  }

  /** If every copy of this round is undeliverable, the deadline is now: the ladder moves on. */
  private async moveOnIfNobodyLeft(organisationId: string, escalationId: string): Promise<void> {
    const now = this.clock();
    const moved = await this.deps.store.change(organisationId, escalationId, (current) => {
      if (current.status !== 'open' || hasLiveDelivery(current)) return { result: false };
      return { next: { ...current, dueAt: now }, result: true };
    });
    if (moved) {
      await this.escalateFurther(organisationId, escalationId);
      await this.worker.deliverAll(organisationId, escalationId);
      const after = await this.deps.store.get(organisationId, escalationId);
      // Nobody reachable in Teams: the reporter gets every number on the ladder, so someone can still be rung.
      if (after && !hasLiveDelivery(after))
        await this.tellReporter(after, {
          kind: 'nobodyReachable',
          reference: after.referralId,
          outOfHoursContact: this.deps.roster.outOfHoursContact(organisationId),
          level: after.level,
          phoneOnly: ladderPhones(this.deps.roster.ladder(organisationId)),
        });
    }
  }

  private async passOn(
    organisationId: string,
    escalationId: string,
    from: { id: string },
    change: (current: Escalation) => Escalation,
  ): Promise<PassOnOutcome> {
    if (!(await this.deps.store.get(organisationId, escalationId))) return { status: 'notFound' };
    return this.deps.store.change<PassOnOutcome>(organisationId, escalationId, (current) => {
      if (current.status !== 'claimed' || current.claimedBy?.id !== from.id)
        return { result: { status: 'notYours', escalation: current } };
      const next = change(current);
      return { next, result: { status: 'done', escalation: next } };
    });
  }

  private async afterClaim(escalation: Escalation, claimedBy: string, at: string): Promise<void> {
    await this.refreshCards(escalation);
    await this.tellReporter(escalation, { kind: 'claimed', reference: escalation.referralId, claimedBy, at });
  }

  private refreshCards(escalation: Escalation): Promise<void> {
    return this.worker.refreshCards(escalation);
  }

  private tellReporter(escalation: Pick<Escalation, 'id' | 'reporter'>, notice: ReporterNotice): Promise<boolean> {
    return this.worker.notifyReporter(escalation.reporter.address, escalation.reporter.locale, notice, escalation.id);
  }
}
