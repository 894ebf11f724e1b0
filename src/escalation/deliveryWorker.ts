/**
 * Sends the copies of an escalation's card and keeps them up to date. Each copy is leased first
 * (an If-Match write), so only one instance sends it; a failed send waits and is tried again, and
 * a recipient who cannot be reached is given up, so the owner can move up the ladder.
 */
import type { Logger } from '../observability/logger';
import { safeError } from '../observability/logger';
import type { Signals } from '../observability/signals';
import type { ConversationAddress } from './address';
import { afterFailure, cardState, isDeliveryDue, reporterNoticeRetryMs, stripUndefined } from './deliveryRules';
import type { DutyRegistry } from './dutyRegistry';
import type { EscalationStore } from './escalationStore';
import type { Delivery, Escalation } from './model';
import type { SupportedLocale } from '../i18n/locale';
import { DeliveryError, type Notifier, type ReporterNotice } from './notifier';
import type { RetryPolicy } from './retryPolicy';

export interface DeliveryWorkerDeps {
  store: EscalationStore;
  duty: Pick<DutyRegistry, 'markUnreachable'>;
  notifier: Notifier;
  logger: Logger;
  signals: Signals;
  clock: () => number;
  random: () => number;
  retry: RetryPolicy;
  /** How long one instance may hold a copy before another may send it. */
  leaseMs: number;
  /** This instance, as the lease owner. */
  instanceId: string;
  /** Background work the owner waits for on shutdown (a retry after its wait). */
  track: (work: Promise<void>) => void;
  stopped: () => boolean;
  /** A copy was given up: the owner decides whether the ladder moves on. */
  onGivenUp: (organisationId: string, escalationId: string) => Promise<void>;
}

export class DeliveryWorker {
  constructor(private readonly deps: DeliveryWorkerDeps) {}

  /** Sends every copy that is due now. */
  async deliverAll(organisationId: string, escalationId: string): Promise<void> {
    const escalation = await this.deps.store.get(organisationId, escalationId);
    if (!escalation) return;
    const now = this.deps.clock();
    const ready = escalation.deliveries.filter((d) => isDeliveryDue(d, now));
    await Promise.all(ready.map((d) => this.deliverOne(organisationId, escalationId, d.key)));
  }

  /**
   * Updates every sent card in place (by its stored activity id) to the escalation as it stands.
   * Reads it again afterwards: if it changed meanwhile (a claim's refresh racing a close), the
   * newer state is sent, so a stale update never has the last word.
   */
  async refreshCards(escalation: Escalation): Promise<void> {
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

  /**
   * Tells the reporter something, retrying briefly; false when they could not be reached (e.g. their web chat has
   * ended).
   */
  async notifyReporter(
    address: ConversationAddress,
    locale: SupportedLocale,
    notice: ReporterNotice,
    escalationId: string | undefined,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.notifier.notifyReporter(address, locale, notice);
        return true;
      } catch (err) {
        const waitMs = reporterNoticeRetryMs(err, attempt, this.deps.retry, this.deps.random);
        this.deps.logger.warn({
          event: 'escalation.reporter_notice_failed',
          escalationId,
          notice: notice.kind,
          attempt,
          retryable: waitMs !== undefined,
        });
        if (waitMs === undefined) return false;
        await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
      }
    }
  }

  private deliverOne(organisationId: string, escalationId: string, key: string): Promise<void> {
    return this.deps.signals.inSpan('escalation.deliver', { 'escalation.id': escalationId }, () =>
      this.deliverOneNow(organisationId, escalationId, key),
    );
  }

  private async deliverOneNow(organisationId: string, escalationId: string, key: string): Promise<void> {
    if (this.deps.stopped()) return;
    const now = this.deps.clock();
    // Take a lease first: only the instance whose If-Match replace wins sends this copy.
    const leased = await this.deps.store.change<{ escalation: Escalation; delivery: Delivery } | undefined>(
      organisationId,
      escalationId,
      (current) => {
        const d = current.deliveries.find((x) => x.key === key);
        if (!d || !isDeliveryDue(d, now)) return { result: undefined };
        const taken: Delivery = {
          ...d,
          state: 'sending',
          leaseOwner: this.deps.instanceId,
          leaseUntil: now + this.deps.leaseMs,
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
      this.deps.signals.annotate({
        'escalation.level': escalation.level,
        'escalation.round': delivery.round,
        'escalation.outcome': 'delivered',
      });
      this.deps.signals.escalationDelivered(escalation.level, delivery.round);
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
    const status = err instanceof DeliveryError ? err.status : undefined;
    const next = afterFailure(err, delivery.attempts, this.deps.retry, this.deps.random);
    if (next.kind === 'giveUp') {
      this.deps.logger.warn({
        event: 'escalation.recipient_unreachable',
        escalationId: id,
        status,
        attempts: delivery.attempts,
      });
      await this.updateDelivery(organisationId, id, delivery.key, (d) => ({
        ...d,
        state: next.state,
        leaseOwner: undefined,
        leaseUntil: undefined,
        lastError: err instanceof DeliveryError ? err.message : 'error',
      }));
      if (next.state === 'unreachable' && delivery.address)
        await this.deps.duty.markUnreachable(organisationId, delivery.recipientId, new Date(this.deps.clock()));
      await this.deps.onGivenUp(organisationId, id);
      return;
    }
    this.deps.logger.warn({
      event: 'escalation.delivery_retry',
      escalationId: id,
      attempts: delivery.attempts,
      waitMs: next.waitMs,
      status,
      err: err instanceof DeliveryError ? undefined : safeError(err),
    });
    await this.updateDelivery(organisationId, id, delivery.key, (d) => ({
      ...d,
      state: 'pending',
      nextAttemptAt: this.deps.clock() + next.waitMs,
      leaseOwner: undefined,
      leaseUntil: undefined,
    }));
    if (this.deps.stopped()) return;
    // Retry in this process too, so a short Retry-After does not wait for the sweep.
    this.deps.track(
      new Promise<void>((resolve) => setTimeout(resolve, next.waitMs).unref()).then(() =>
        this.deliverOne(organisationId, id, delivery.key),
      ),
    );
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
}
