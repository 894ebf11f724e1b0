/**
 * The duty desk: what happens to an alert after it is claimed. Recording an outcome closes the
 * referral and its escalations once, updates every duty worker's card and tells the reporter;
 * `off duty` first hands each claim to a colleague or releases it to the queue; `my reports`
 * shows a reporter their own reports. Card data arrives already parsed by its verb's schema (cardSubmit).
 */
import type { DutyRegistry } from '../escalation/dutyRegistry';
import type { EscalationService } from '../escalation/escalationService';
import type { Escalation } from '../escalation/model';
import type { ReporterNotice } from '../escalation/notifier';
import type { SupportedLocale } from '../i18n/locale';
import type { Logger } from '../observability/logger';
import { formatUkTime } from '../time/ukTime';
import type { IncomingTurn, Line, Reply } from './model';
import type { CardSubmit } from './cardSubmit';
import type { Actor, ReferralLog, ReporterContact } from './ports';

export interface DutyDeskDeps {
  referrals: ReferralLog;
  escalations: Pick<EscalationService, 'close' | 'claimedBy' | 'handOver' | 'release' | 'notifyReporter'>;
  duty: DutyRegistry;
  logger: Logger;
}

/** How many of their own reports `my reports` lists. */
export const MY_REPORTS_LIMIT = 10;

type OutcomeSubmit = Extract<CardSubmit, { verb: 'referral.outcome' }>;
type PassOnSubmit = Extract<CardSubmit, { verb: 'escalation.handover' | 'escalation.release' }>;

const lines = (...items: Line[]): Reply => ({ kind: 'lines', lines: items });

function actorOf(input: IncomingTurn): Actor {
  return { id: input.person.id, ...(input.person.name ? { name: input.person.name } : {}) };
}

/** The id a reporter's referrals are kept under: Teams by Entra object id, web chat by user id (as toReporter does). */
export function reporterIdOf(input: IncomingTurn): string {
  return input.channel === 'msteams' ? (input.person.aadObjectId ?? input.person.id) : input.person.id;
}

function day(iso: string, locale: SupportedLocale): string {
  return formatUkTime(iso, locale, 'date');
}

export class DutyDesk {
  constructor(private readonly deps: DutyDeskDeps) {}

  /** A duty worker records an outcome (the caller has checked they are one). */
  async recordOutcome(
    input: IncomingTurn,
    submit: Pick<OutcomeSubmit, 'referralId' | 'form'>,
    locale: SupportedLocale,
  ): Promise<Reply[]> {
    if (!submit.form) return [lines({ key: 'duty:chooseOutcome' })];
    const reference = submit.referralId;
    const { outcome, reason, note } = submit.form;
    if (!outcome) return [lines({ key: 'duty:chooseOutcome' })];
    if (outcome === 'no-further-action' && !reason) return [lines({ key: 'duty:reasonRequired' })];
    if (outcome === 'no-further-action' && reason === 'other' && !note) return [lines({ key: 'duty:reasonOtherNote' })];
    const { organisationId } = input;
    const by = actorOf(input);
    const result = await this.deps.referrals.close(organisationId, reference, by, outcome, input.now, {
      ...(outcome === 'no-further-action' ? { reason } : {}),
      ...(note ? { note } : {}),
    });
    if (result.status === 'notFound') return [lines({ key: 'duty:notFound' })];

    // Every escalation of the referral closes too. Idempotent, so a second close also finishes one an interrupted first
    // close left open.
    const recorded = result.status === 'alreadyClosed' ? (result.outcome ?? outcome) : outcome;
    const escalations: Escalation[] = [];
    for (const escalationId of result.escalationIds) {
      const closed = await this.deps.escalations.close(organisationId, escalationId, { by, outcome: recorded });
      if (closed.status !== 'notFound') escalations.push(closed.escalation);
    }
    if (result.status === 'alreadyClosed') {
      return [
        lines({
          key: 'duty:alreadyClosed',
          params: { reference, name: result.closedBy ?? '', when: result.closedAt ? day(result.closedAt, locale) : '' },
          keyParams: { outcome: `duty:outcomes.${recorded}` },
        }),
      ];
    }
    this.deps.logger.info({
      event: 'referral.outcome_recorded',
      organisationId,
      outcome,
      escalations: escalations.length,
    });
    const contact = reporterContact(result.reporter, escalations);
    const notice: ReporterNotice = {
      kind: 'outcome',
      reference,
      outcome,
      closedBy: by.name ?? '',
      at: result.closedAt,
    };
    const told =
      contact.address !== undefined &&
      (await this.deps.escalations.notifyReporter(contact.address, contact.locale, notice));
    // Direct Line accepts a message into a web chat whose tab has closed, so a web chat reporter is
    // told again when their next conversation starts (their browser's returning key finds them).
    const webChat = contact.address?.channelId === 'webchat';
    if (!told || webChat) await this.deps.referrals.markReporterTold(organisationId, reference, 'waiting', input.now);
    return [
      lines(
        { key: 'duty:closed', params: { reference }, keyParams: { outcome: `duty:outcomes.${outcome}` } },
        { key: told ? 'duty:reporterTold' : 'duty:reporterWaiting' },
      ),
    ];
  }

  /** `off duty`: nothing may stay owned by someone who has gone home, so claims are handed over or released first. */
  async offDuty(input: IncomingTurn): Promise<{ replies: Reply[]; offDuty: boolean }> {
    const { organisationId, person } = input;
    const claims = await this.deps.escalations.claimedBy(organisationId, person.id);
    if (claims.length > 0) {
      const colleagues = (await this.deps.duty.onDuty(organisationId))
        .filter((d) => d.userId !== person.id)
        .map((d) => ({ userId: d.userId, name: d.name ?? d.userId }));
      return {
        replies: [
          lines({ key: 'duty:handover.first', params: { count: claims.length } }),
          {
            kind: 'handover',
            items: claims.map((e) => ({
              escalationId: e.id,
              organisationId: e.organisationId,
              reference: e.referralId,
              level: e.level,
            })),
            colleagues,
          },
        ],
        offDuty: false,
      };
    }
    const was = await this.deps.duty.goOffDuty(organisationId, person.id);
    return { replies: [lines({ key: was ? 'duty:offDuty' : 'duty:wasNotOnDuty' })], offDuty: true };
  }

  /**
   * A claim handed to an on-duty colleague, or released to the queue (the caller has checked the actor is a duty
   * worker).
   */
  async passOn(input: IncomingTurn, submit: PassOnSubmit): Promise<{ replies: Reply[]; offDuty: boolean }> {
    if (submit.organisationId !== input.organisationId)
      return { replies: [lines({ key: 'duty:notAllowed' })], offDuty: false };
    const { escalationId, organisationId, thenOffDuty } = submit;
    const toUserId = submit.verb === 'escalation.handover' ? submit.toUserId : undefined;
    const how = submit.verb === 'escalation.handover' ? 'handover' : 'release';
    const me = actorOf(input);
    const replies: Reply[] = [];
    if (how === 'handover') {
      const target = (await this.deps.duty.onDuty(organisationId)).find(
        (d) => d.userId === toUserId && d.userId !== me.id,
      );
      if (!target) return { replies: [lines({ key: 'duty:handover.colleagueGone' })], offDuty: false };
      const name = target.name ?? target.userId;
      const done = await this.deps.escalations.handOver(organisationId, escalationId, me, {
        userId: target.userId,
        ...(target.name ? { name: target.name } : {}),
        address: target.address,
      });
      if (done.status === 'notFound') return { replies: [lines({ key: 'duty:notFound' })], offDuty: false };
      if (done.status === 'notYours')
        return {
          replies: [lines({ key: 'duty:handover.notYours', params: { reference: done.escalation.referralId } })],
          offDuty: false,
        };
      await this.deps.referrals.handOver(
        organisationId,
        done.escalation.referralId,
        me,
        { id: target.userId, ...(target.name ? { name: target.name } : {}) },
        input.now,
      );
      replies.push(lines({ key: 'duty:handover.handedOver', params: { reference: done.escalation.referralId, name } }));
    } else {
      const done = await this.deps.escalations.release(organisationId, escalationId, me);
      if (done.status === 'notFound') return { replies: [lines({ key: 'duty:notFound' })], offDuty: false };
      if (done.status === 'notYours')
        return {
          replies: [lines({ key: 'duty:handover.notYours', params: { reference: done.escalation.referralId } })],
          offDuty: false,
        };
      await this.deps.referrals.release(organisationId, done.escalation.referralId, me);
      replies.push(lines({ key: 'duty:handover.released', params: { reference: done.escalation.referralId } }));
    }
    const remaining = await this.deps.escalations.claimedBy(organisationId, me.id);
    if (remaining.length > 0) {
      replies.push(lines({ key: 'duty:handover.remaining', params: { count: remaining.length } }));
      return { replies, offDuty: false };
    }
    if (!thenOffDuty) return { replies, offDuty: false };
    const was = await this.deps.duty.goOffDuty(organisationId, me.id);
    replies.push(lines({ key: was ? 'duty:offDuty' : 'duty:wasNotOnDuty' }));
    return { replies, offDuty: true };
  }

  /** `my reports`: this person's own recent reports, and nobody else's. */
  async myReports(input: IncomingTurn, locale: SupportedLocale): Promise<Reply[]> {
    const reports = await this.deps.referrals.myReports(input.organisationId, reporterIdOf(input), MY_REPORTS_LIMIT);
    if (reports.length === 0) return [lines({ key: 'duty:reports.none' })];
    return [
      lines(
        { key: 'duty:reports.title', params: { count: reports.length } },
        ...reports.map((r): Line => ({
          key: r.outcome ? (r.closedBy ? 'duty:reports.closedBy' : 'duty:reports.closed') : 'duty:reports.line',
          params: {
            reference: r.reference,
            date: day(r.createdAt, locale),
            ...(r.closedBy ? { name: r.closedBy } : {}),
          },
          keyParams: {
            status: `duty:status.${r.status}`,
            ...(r.outcome ? { outcome: `duty:outcomesPlain.${r.outcome}` } : {}),
          },
        })),
      ),
    ];
  }

  /** Outcomes that could not reach this reporter when recorded (their chat had ended), told now and marked told. */
  async waitingOutcomes(input: IncomingTurn): Promise<Reply[]> {
    const waiting = (
      await this.deps.referrals.myReports(input.organisationId, reporterIdOf(input), MY_REPORTS_LIMIT)
    ).filter((r) => r.outcomeWaiting && r.outcome);
    if (waiting.length === 0) return [];
    for (const r of waiting)
      await this.deps.referrals.markReporterTold(input.organisationId, r.reference, 'told', input.now);
    return [
      lines(
        ...waiting.map((r): Line => ({
          key: r.closedBy ? 'escalation:notice.outcome' : 'escalation:notice.outcomeNoName',
          params: { reference: r.reference, ...(r.closedBy ? { name: r.closedBy } : {}) },
          keyParams: { outcome: `duty:outcomesPlain.${r.outcome}` },
        })),
      ),
    ];
  }
}

/** Where to tell the reporter: the referral's own record, else the conversation the alert was raised in. */
function reporterContact(fromReferral: ReporterContact, escalations: Escalation[]): ReporterContact {
  if (fromReferral.address) return fromReferral;
  const raisedIn = escalations[0]?.reporter;
  return raisedIn ? { address: raisedIn.address, locale: raisedIn.locale } : fromReferral;
}
