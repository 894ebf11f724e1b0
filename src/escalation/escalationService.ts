/**
 * The escalation lifecycle: raise (write the outbox first), deliver to every on-duty worker,
 * re-send and climb the ladder when nobody claims in time, and tell the reporter what is happening.
 * Deadlines live in the store (`dueAt`), not in a timer, so a restart or another instance picks
 * them up; leases and ETags make each recipient's copy go out once.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../observability/logger';
import { safeError } from '../observability/logger';
import { NO_SIGNALS, type Signals } from '../observability/signals';
import type { ConversationAddress } from './address';
import type { DutyRegistry } from './dutyRegistry';
import type { EscalationStore } from './escalationStore';
import type { Delivery, Escalation, EscalationLevel, EscalationReporter } from './model';
import { DeliveryError, type Notifier, type ReporterNotice } from './notifier';
import { DEFAULT_RETRY, retryDelayMs, type RetryPolicy } from './retryPolicy';
import type { DutyRoster, LadderRung } from './roster';

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
  phoneOnly: { name: string; phone: string }[];
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
  by: { id: string; name?: string };
  /** An outcome code (referrals' OUTCOMES), rendered through i18n on the cards. */
  outcome: string;
}

/** An on-duty worker taking over a claim, with the address their card goes to. */
export interface NewOwner {
  userId: string;
  name?: string;
  address: ConversationAddress;
}

/** Immediate risk gets a fifth of the urgent window; a cumulative concern six times it. */
export function ackWindowMs(level: EscalationLevel, ackMinutes: number): number {
  const factor = level === 'immediate' ? 0.2 : level === 'urgent' ? 1 : 6;
  return Math.max(1000, Math.round(ackMinutes * factor * 60_000));
}

export class EscalationService {
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly retry: RetryPolicy;
  private readonly leaseMs: number;
  private readonly instanceId = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private sweeping: Promise<void> | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly signals: Signals;

  constructor(private readonly deps: EscalationServiceDeps) {
    this.signals = deps.signals ?? NO_SIGNALS;
    this.clock = deps.clock ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.retry = deps.retry ?? DEFAULT_RETRY;
    // Longer than one send takes (the connector's own timeout), short enough that a crashed instance's copy is retried soon.
    this.leaseMs = deps.leaseMs ?? 15_000;
  }

  raise(input: RaiseInput): Promise<RaiseOutcome> {
    return this.signals.inSpan('escalation.raise', { 'escalation.level': input.level }, () => this.raiseNow(input));
  }

  private async raiseNow(input: RaiseInput): Promise<RaiseOutcome> {
    const now = this.clock();
    const { organisationId } = input;
    const onDuty = await this.deps.duty.onDuty(organisationId);
    const deliveries: Delivery[] = onDuty.map((d) => this.delivery(d.userId, d.name, 0, now, { address: d.address }));
    let rung = 0;
    const phoneOnly: { name: string; phone: string }[] = [];
    if (deliveries.length === 0) {
      // Nobody on duty: go straight to the ladder, as far as the first rung reachable in Teams.
      for (const step of this.deps.roster.ladder(organisationId)) {
        rung++;
        const target = this.ladderDelivery(step, 0, now, input.reporter.address);
        if (target) {
          deliveries.push(target);
          break;
        }
        if (step.phone) phoneOnly.push({ name: step.name, phone: step.phone });
      }
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
    this.track(this.deliverAll(escalation.organisationId, escalation.id));
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

  claim(organisationId: string, escalationId: string, by: { id: string; name?: string }): Promise<ClaimOutcome> {
    return this.signals.inSpan('escalation.claim', { 'escalation.id': escalationId }, () =>
      this.claimNow(organisationId, escalationId, by),
    );
  }

  private async claimNow(
    organisationId: string,
    escalationId: string,
    by: { id: string; name?: string },
  ): Promise<ClaimOutcome> {
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

  /** Re-sends the cards of a changed escalation (e.g. closed with an outcome) to everyone who has one. */
  async refresh(organisationId: string, escalationId: string): Promise<void> {
    const current = await this.deps.store.get(organisationId, escalationId);
    if (current) await this.refreshCards(current);
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

  /** The owner passes a claim to another on-duty worker: every card shows the new owner, who gets a copy if they had none. */
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
        : [this.delivery(to.userId, to.name, current.rounds, now, { address: to.address })].map((d) => ({
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
      this.track(this.deliverAll(organisationId, escalationId));
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

  /** Tells the reporter something, retrying briefly; false when they could not be reached (e.g. their web chat has ended). */
  notifyReporter(
    address: ConversationAddress,
    locale: EscalationReporter['locale'],
    notice: ReporterNotice,
  ): Promise<boolean> {
    return this.sendToReporter(address, locale, notice, undefined);
  }

  /** Runs whatever is due now: deliveries and expired deadlines. Safe to call from every instance. */
  sweep(): Promise<void> {
    if (!this.sweeping) {
      this.sweeping = this.sweepOnce().finally(() => {
        this.sweeping = undefined;
      });
    }
    return this.sweeping;
  }

  start(intervalMs = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.sweep().catch((err: unknown) => {
        this.signals.storeError('escalation-sweep');
        this.deps.logger.error({ event: 'escalation.sweep_failed', err: safeError(err) });
      });
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops sweeping and waits for work under way; deliveries not yet sent stay in the outbox for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    while (this.inFlight.size > 0 || this.sweeping) await Promise.allSettled([...this.inFlight, this.sweeping]);
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

  private async sweepOnce(): Promise<void> {
    if (this.stopped) return;
    const now = this.clock();
    const due = await this.deps.store.due(now);
    for (const escalation of due) {
      if (escalation.status === 'open' && escalation.dueAt <= now)
        await this.escalateFurther(escalation.organisationId, escalation.id);
      await this.deliverAll(escalation.organisationId, escalation.id);
    }
  }

  private delivery(
    recipientId: string,
    recipientName: string | undefined,
    round: number,
    now: number,
    where: Pick<Delivery, 'address' | 'createFor' | 'phone'>,
  ): Delivery {
    return {
      key: `${round}:${recipientId}`,
      recipientId,
      ...(recipientName ? { recipientName } : {}),
      ...where,
      round,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
    };
  }

  /** A ladder rung as a delivery, or undefined when it can only be phoned. */
  private ladderDelivery(
    step: LadderRung,
    round: number,
    now: number,
    anyAddress: ConversationAddress,
  ): Delivery | undefined {
    if (step.aadObjectId === undefined && step.upn === undefined) return undefined;
    // Only a Teams service URL can create a 1:1 chat; a web chat reporter's is not one.
    if (anyAddress.channelId !== 'msteams') return undefined;
    const recipientId = step.aadObjectId ?? step.upn ?? step.name;
    return this.delivery(recipientId, step.name, round, now, {
      createFor: {
        aadObjectId: step.aadObjectId,
        upn: step.upn,
        tenantId: anyAddress.tenantId,
        serviceUrl: anyAddress.serviceUrl,
        botId: anyAddress.botId,
      },
      ...(step.phone ? { phone: step.phone } : {}),
    });
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
      if (current.status !== 'open' || current.dueAt > now) return { result: undefined };
      // Nobody left on the ladder to alert: only the people already told can still claim it.
      pastLastRung = current.rung >= ladder.length;
      const round = current.rounds + 1;
      const fresh: Delivery[] = onDuty.map((d) => this.delivery(d.userId, d.name, round, now, { address: d.address }));
      const alerted: string[] = onDuty.map((d) => d.name ?? 'duty worker');
      const phoneOnly: { name: string; phone: string }[] = [];
      let rung = current.rung;
      while (rung < ladder.length) {
        const step = ladder[rung];
        rung++;
        const target = this.ladderDelivery(step, round, now, current.reporter.address);
        if (target) {
          fresh.push(target);
          alerted.push(step.name);
          break;
        }
        if (step.phone) phoneOnly.push({ name: step.name, phone: step.phone });
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

  private async deliverAll(organisationId: string, escalationId: string): Promise<void> {
    const escalation = await this.deps.store.get(organisationId, escalationId);
    if (!escalation) return;
    const now = this.clock();
    const ready = escalation.deliveries.filter(
      (d) => (d.state === 'pending' && d.nextAttemptAt <= now) || (d.state === 'sending' && (d.leaseUntil ?? 0) <= now),
    );
    await Promise.all(ready.map((d) => this.deliverOne(organisationId, escalationId, d.key)));
  }

  private deliverOne(organisationId: string, escalationId: string, key: string): Promise<void> {
    return this.signals.inSpan('escalation.deliver', { 'escalation.id': escalationId }, () =>
      this.deliverOneNow(organisationId, escalationId, key),
    );
  }

  private async deliverOneNow(organisationId: string, escalationId: string, key: string): Promise<void> {
    if (this.stopped) return;
    const now = this.clock();
    // Take a lease first: only the instance whose If-Match replace wins sends this copy.
    const leased = await this.deps.store.change<{ escalation: Escalation; delivery: Delivery } | undefined>(
      organisationId,
      escalationId,
      (current) => {
        const d = current.deliveries.find((x) => x.key === key);
        const free =
          d &&
          ((d.state === 'pending' && d.nextAttemptAt <= now) || (d.state === 'sending' && (d.leaseUntil ?? 0) <= now));
        if (!d || !free) return { result: undefined };
        const taken: Delivery = {
          ...d,
          state: 'sending',
          leaseOwner: this.instanceId,
          leaseUntil: now + this.leaseMs,
          attempts: d.attempts + 1,
        };
        const next = { ...current, deliveries: current.deliveries.map((x) => (x.key === key ? taken : x)) };
        return { next, result: { escalation: next, delivery: taken } };
      },
    );
    if (!leased) return;
    const { escalation, delivery } = leased;
    try {
      const address =
        delivery.address ??
        (delivery.createFor ? await this.deps.notifier.openPersonalConversation(delivery.createFor) : undefined);
      if (!address) throw new DeliveryError('gone', undefined);
      const { activityId } = await this.deps.notifier.deliverEscalation(address, escalation);
      await this.updateDelivery(organisationId, escalationId, key, (d) => ({
        ...d,
        address,
        state: 'sent',
        ...(activityId ? { activityId } : {}),
        leaseOwner: undefined,
        leaseUntil: undefined,
      }));
      this.signals.annotate({
        'escalation.level': escalation.level,
        'escalation.round': delivery.round,
        'escalation.outcome': 'delivered',
      });
      this.signals.escalationDelivered(escalation.level, delivery.round);
      this.deps.logger.info({
        event: 'escalation.delivered',
        escalationId,
        round: delivery.round,
        attempts: delivery.attempts,
      });
      // Claimed while this copy was on its way: bring it up to date.
      const latest = await this.deps.store.get(organisationId, escalationId);
      if (latest && latest.status !== 'open' && activityId)
        await this.deps.notifier.updateEscalation(address, activityId, latest);
    } catch (err) {
      await this.deliveryFailed(escalation, delivery, err);
    }
  }

  private async deliveryFailed(escalation: Escalation, delivery: Delivery, err: unknown): Promise<void> {
    const { organisationId, id } = escalation;
    const gone = err instanceof DeliveryError && err.kind === 'gone';
    const exhausted = delivery.attempts >= this.retry.maxAttempts;
    if (gone || exhausted) {
      this.deps.logger.warn({
        event: 'escalation.recipient_unreachable',
        escalationId: id,
        status: err instanceof DeliveryError ? err.status : undefined,
        attempts: delivery.attempts,
      });
      await this.updateDelivery(organisationId, id, delivery.key, (d) => ({
        ...d,
        state: gone ? 'unreachable' : 'failed',
        leaseOwner: undefined,
        leaseUntil: undefined,
        lastError: err instanceof DeliveryError ? err.message : 'error',
      }));
      if (gone && delivery.address)
        await this.deps.duty.markUnreachable(organisationId, delivery.recipientId, new Date(this.clock()));
      await this.moveOnIfNobodyLeft(organisationId, id);
      return;
    }
    const retryAfter = err instanceof DeliveryError ? err.retryAfterMs : undefined;
    const wait = retryDelayMs(delivery.attempts, this.retry, this.random, retryAfter);
    this.deps.logger.warn({
      event: 'escalation.delivery_retry',
      escalationId: id,
      attempts: delivery.attempts,
      waitMs: wait,
      status: err instanceof DeliveryError ? err.status : undefined,
      err: err instanceof DeliveryError ? undefined : safeError(err),
    });
    await this.updateDelivery(organisationId, id, delivery.key, (d) => ({
      ...d,
      state: 'pending',
      nextAttemptAt: this.clock() + wait,
      leaseOwner: undefined,
      leaseUntil: undefined,
    }));
    if (this.stopped) return;
    // Retry in this process too, so a short Retry-After does not wait for the sweep.
    this.track(
      new Promise<void>((resolve) => setTimeout(resolve, wait).unref()).then(() =>
        this.deliverOne(organisationId, id, delivery.key),
      ),
    );
  }

  /** If every copy of this round is undeliverable, the deadline is now: the ladder moves on. */
  private async moveOnIfNobodyLeft(organisationId: string, escalationId: string): Promise<void> {
    const now = this.clock();
    const moved = await this.deps.store.change(organisationId, escalationId, (current) => {
      const live = current.deliveries.some((d) => d.state === 'pending' || d.state === 'sending' || d.state === 'sent');
      if (current.status !== 'open' || live) return { result: false };
      return { next: { ...current, dueAt: now }, result: true };
    });
    if (moved) {
      await this.escalateFurther(organisationId, escalationId);
      await this.deliverAll(organisationId, escalationId);
      const after = await this.deps.store.get(organisationId, escalationId);
      const live = after?.deliveries.some((d) => d.state === 'pending' || d.state === 'sending' || d.state === 'sent');
      // Nobody reachable in Teams: the reporter gets every number on the ladder, so someone can still be rung.
      const phoneOnly = this.deps.roster
        .ladder(organisationId)
        .flatMap((step) => (step.phone ? [{ name: step.name, phone: step.phone }] : []));
      if (after && !live)
        await this.tellReporter(after, {
          kind: 'nobodyReachable',
          reference: after.referralId,
          outOfHoursContact: this.deps.roster.outOfHoursContact(organisationId),
          level: after.level,
          phoneOnly,
        });
    }
  }

  private async updateDelivery(
    organisationId: string,
    escalationId: string,
    key: string,
    update: (d: Delivery) => Delivery,
  ): Promise<void> {
    await this.deps.store.change(organisationId, escalationId, (current) => ({
      next: { ...current, deliveries: current.deliveries.map((d) => (d.key === key ? stripUndefined(update(d)) : d)) },
      result: undefined,
    }));
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

  /**
   * Updates every sent card in place (by its stored activity id) to the escalation as it stands.
   * Reads it again afterwards: if it changed meanwhile (a claim's refresh racing a close), the
   * newer state is sent, so a stale update never has the last word.
   */
  private async refreshCards(escalation: Escalation): Promise<void> {
    let shown = (await this.deps.store.get(escalation.organisationId, escalation.id)) ?? escalation;
    for (let pass = 0; pass < 3; pass++) {
      const card = shown;
      await Promise.all(
        card.deliveries
          .filter((d) => d.state === 'sent' && d.address && d.activityId)
          .map(async (d) => {
            try {
              await this.deps.notifier.updateEscalation(d.address as ConversationAddress, d.activityId as string, card);
            } catch (err) {
              this.deps.logger.warn({
                event: 'escalation.card_update_failed',
                escalationId: card.id,
                err: safeError(err),
              });
            }
          }),
      );
      const latest = await this.deps.store.get(card.organisationId, card.id);
      if (!latest || cardState(latest) === cardState(card)) return;
      shown = latest;
    }
  }

  private tellReporter(escalation: Pick<Escalation, 'id' | 'reporter'>, notice: ReporterNotice): Promise<boolean> {
    return this.sendToReporter(escalation.reporter.address, escalation.reporter.locale, notice, escalation.id);
  }

  private async sendToReporter(
    address: ConversationAddress,
    locale: EscalationReporter['locale'],
    notice: ReporterNotice,
    escalationId: string | undefined,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.notifier.notifyReporter(address, locale, notice);
        return true;
      } catch (err) {
        const retryable = !(err instanceof DeliveryError && err.kind === 'gone') && attempt < 5;
        this.deps.logger.warn({
          event: 'escalation.reporter_notice_failed',
          escalationId,
          notice: notice.kind,
          attempt,
          retryable,
        });
        if (!retryable) return false;
        await new Promise((r) =>
          setTimeout(
            r,
            retryDelayMs(attempt, this.retry, this.random, err instanceof DeliveryError ? err.retryAfterMs : undefined),
          ).unref(),
        );
      }
    }
  }
}

/** What a duty worker's card shows of an escalation: a change here means the card must be updated. */
function cardState(e: Escalation): string {
  return JSON.stringify([e.status, e.claimedBy, e.closed, e.corrections.length, e.rounds]);
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
