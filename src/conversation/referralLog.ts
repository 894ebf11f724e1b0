/**
 * The conversation's ReferralLog on top of the referral repository: drafts from the first
 * escalation, risk merged as it appears, the finished triage mapped into the record (observations,
 * the child's words, opinions and context kept apart), the pseudonymous child key, and the
 * chronology that makes repeated concerns visible.
 */
import type { SharedItem, TriageSummary } from '../flows';
import { ageBandForAge, ageBandForYearGroup } from '../referrals/ageBand';
import type { AuditActor } from '../referrals/audit';
import { childKeyFor } from '../referrals/childKey';
import { cumulativeConcern, withCumulativeConcern } from '../referrals/chronology';
import { isReferralError } from '../referrals/errors';
import { addNote, attachEscalation, claim, close, handOver, release, submit } from '../referrals/lifecycle';
import {
  PARENT_CARER_AWARENESS,
  safeguardingConditionRelied,
  type Account,
  type RecordEntry,
  type Referral,
  type Reporter,
} from '../referrals/model';
import type { ReferralRepository } from '../referrals/ports';
import type { QueueEntry } from '../referrals/queue';
import { mergeRisk, riskFromAssessment } from '../referrals/riskRecord';
import type { ChronologyLine, QueueItem } from './model';
import type {
  Actor,
  CloseResult,
  CompletedReferral,
  MyReport,
  NoFurtherActionReason,
  Outcome,
  ReferralLog,
  ReporterDetails,
  RiskNote,
} from './ports';

const safeId = (id: string): string => id.replace(/[^A-Za-z0-9:._@-]/g, '-').slice(0, 200) || 'unknown';
const reporterActor = (id: string): AuditActor => ({ id: safeId(id), role: 'reporter' });
const dutyActor = (actor: Actor): AuditActor => ({ id: safeId(actor.id), role: 'duty-worker' });
const staff = (actor: Actor) => ({
  id: actor.id.slice(0, 200),
  ...(actor.name ? { name: actor.name.slice(0, 200) } : {}),
});
const codeOf = (value: string | undefined): string | undefined =>
  value && /^[A-Za-z0-9:._-]{1,200}$/.test(value) ? value : undefined;

export function toReporter(details: ReporterDetails): Reporter {
  const base = {
    ...(codeOf(details.role) ? { role: codeOf(details.role) } : {}),
    ...(details.phone ? { callBackNumber: details.phone.trim().slice(0, 40) } : {}),
  };
  if (details.channel === 'msteams')
    return {
      kind: 'msteams',
      aadObjectId: (details.aadObjectId ?? details.id).slice(0, 100),
      name: (details.name ?? 'Teams user').slice(0, 200),
      ...base,
    };
  return {
    kind: 'webchat',
    userId: details.id.slice(0, 200),
    ...(details.name ? { name: details.name.slice(0, 200) } : {}),
    ...(details.organisationName ? { organisationName: details.organisationName.trim().slice(0, 200) } : {}),
    ...base,
  };
}

function entry(item: SharedItem): RecordEntry {
  const answer =
    item.answer.kind === 'text' ? { kind: 'text' as const, text: item.answer.text.slice(0, 4000) } : item.answer;
  return { questionId: item.nodeId, labelKey: item.labelKey, answer };
}

/** The summary's labelled parts, as the record keeps them; who-is-reporting and child details live elsewhere. */
export function accountOf(summary: TriageSummary): Account {
  const s = summary.sections;
  return {
    observations: s.observation.map(entry),
    childWords: s.childWords.map(entry),
    opinions: s.opinion.map(entry),
    context: s.context.map(entry),
  };
}

function toQueueItem(organisationId: string, e: QueueEntry | Referral): QueueItem {
  const isReferral = 'risk' in e;
  return {
    reference: e.reference,
    organisationId,
    status: e.status,
    level: isReferral ? e.risk.level : e.riskLevel,
    indicators: isReferral ? e.risk.indicators : e.indicators,
    needs: e.needs,
    ...(e.ageBand ? { ageBand: e.ageBand } : {}),
    ...(isReferral
      ? e.levelOfNeed
        ? { levelOfNeed: e.levelOfNeed.level }
        : {}
      : e.levelOfNeed !== undefined
        ? { levelOfNeed: e.levelOfNeed }
        : {}),
    createdAt: e.createdAt,
    ...(e.owner ? { owner: e.owner.name ?? e.owner.id } : {}),
    ...(isReferral ? { reporterName: e.reporter.name ?? undefined } : {}),
    ...(e.escalationIds.length ? { escalationId: e.escalationIds[e.escalationIds.length - 1] } : {}),
  };
}

export class RepositoryReferralLog implements ReferralLog {
  constructor(
    private readonly repository: ReferralRepository,
    private readonly childKeySecret: string,
    private readonly escalationStatus: (organisationId: string, escalationId: string) => Promise<string | undefined>,
  ) {}

  async ensureDraft(organisationId: string, reporter: ReporterDetails, existing: string | undefined): Promise<string> {
    if (existing) return existing;
    const draft = await this.repository.createDraft(
      {
        organisationId,
        reporter: toReporter(reporter),
        locale: reporter.locale,
        ...(reporter.address ? { reporterAddress: reporter.address } : {}),
      },
      reporterActor(reporter.id),
    );
    return draft.reference;
  }

  async recordRisk(
    organisationId: string,
    reference: string,
    note: RiskNote,
    escalationId: string | undefined,
  ): Promise<void> {
    const added = riskFromAssessment(note.assessment, note.questionId);
    await this.repository.update(
      organisationId,
      reference,
      (current) => {
        const merged = { ...current, risk: mergeRisk(current.risk, added) };
        return escalationId ? attachEscalation(merged, escalationId) : merged;
      },
      { id: 'system:risk', role: 'system' },
    );
  }

  async complete(
    organisationId: string,
    reference: string,
    summary: TriageSummary,
    signposted: string[],
    reporter: ReporterDetails,
    childReference: string | undefined,
    now: Date,
  ): Promise<CompletedReferral> {
    const childKey = childReference ? childKeyFor(this.childKeySecret, organisationId, childReference) : undefined;
    const chronology = childKey
      ? await this.repository.chronologyFor(organisationId, childKey, now, { excludeReference: reference })
      : [];
    const concern = cumulativeConcern(chronology, summary.riskLevel);
    const ageBand =
      summary.age !== undefined
        ? ageBandForAge(summary.age)
        : summary.yearGroup !== undefined
          ? ageBandForYearGroup(summary.yearGroup)
          : undefined;
    const consentAnswer = summary.signals.consent;
    const awareness =
      consentAnswer && (PARENT_CARER_AWARENESS as readonly string[]).includes(consentAnswer)
        ? consentAnswer
        : undefined;
    const answerRisk = riskFromAssessment({
      level: summary.riskLevel,
      indicators: summary.riskIndicators,
      matches: [],
      reasons: [],
    });
    await this.repository.update(
      organisationId,
      reference,
      (current) =>
        withCumulativeConcern(
          submit(
            {
              ...current,
              reporter: toReporter(reporter),
              ...(reporter.address ? { reporterAddress: reporter.address } : {}),
              ...(childKey ? { childKey } : {}),
              ...(ageBand ? { ageBand } : {}),
              needs: summary.needs,
              account: accountOf(summary),
              risk: mergeRisk(current.risk, answerRisk),
              levelOfNeed: { level: summary.levelOfNeed.level, reasons: summary.levelOfNeed.reasons },
              signposted: signposted.slice(0, 50),
              consent: {
                ...(awareness ? { parentCarerAwareness: awareness } : {}),
                safeguardingConditionRelied: safeguardingConditionRelied(awareness),
              },
            },
            now,
          ),
          concern,
        ),
      reporterActor(reporter.id),
    );
    return {
      reference,
      earlierConcerns: concern.earlierConcerns,
      cumulativeConcern: concern.reasonCode !== undefined,
      chronology: chronology.map((c): ChronologyLine => ({
        date: c.createdAt,
        level: c.riskLevel,
        needs: c.needs,
        status: c.outcome ?? c.status,
      })),
    };
  }

  async recordCorrection(organisationId: string, reference: string, by: Actor, now: Date): Promise<void> {
    await this.repository.update(
      organisationId,
      reference,
      (current) =>
        addNote(
          current,
          staff(by),
          'The reporter says the bot misread their message (risk flag disputed by the reporter).',
          now,
        ),
      reporterActor(by.id),
    );
  }

  async queue(organisationId: string): Promise<QueueItem[]> {
    const entries = await this.repository.listOpen(organisationId);
    return Promise.all(
      entries.map(async (e) => {
        const item = toQueueItem(organisationId, e);
        if (item.escalationId) {
          const status = await this.escalationStatus(organisationId, item.escalationId);
          if (status) item.escalationStatus = status;
        }
        return item;
      }),
    );
  }

  async detail(
    organisationId: string,
    reference: string,
    viewer: Actor,
  ): Promise<{ item: QueueItem; chronology: ChronologyLine[] } | undefined> {
    const referral = await this.repository.get(organisationId, reference, dutyActor(viewer));
    if (!referral) return undefined;
    const chronology = referral.childKey
      ? await this.repository.chronologyFor(organisationId, referral.childKey, new Date(), {
          excludeReference: reference,
        })
      : [];
    const item = toQueueItem(organisationId, referral);
    if (item.escalationId) {
      const status = await this.escalationStatus(organisationId, item.escalationId);
      if (status) item.escalationStatus = status;
    }
    return {
      item,
      chronology: chronology.map((c) => ({
        date: c.createdAt,
        level: c.riskLevel,
        needs: c.needs,
        status: c.outcome ?? c.status,
      })),
    };
  }

  async claim(
    organisationId: string,
    reference: string,
    by: Actor,
    now: Date,
  ): Promise<'claimed' | 'alreadyClaimed' | 'notFound'> {
    try {
      await this.repository.update(
        organisationId,
        reference,
        (current) => claim(current, staff(by), now),
        dutyActor(by),
      );
      return 'claimed';
    } catch (err) {
      if (isReferralError(err, 'not-found')) return 'notFound';
      if (isReferralError(err, 'already-claimed') || isReferralError(err, 'already-closed')) return 'alreadyClaimed';
      throw err;
    }
  }

  async addNote(organisationId: string, reference: string, by: Actor, note: string, now: Date): Promise<boolean> {
    try {
      await this.repository.update(
        organisationId,
        reference,
        (current) => addNote(current, staff(by), note, now),
        dutyActor(by),
      );
      return true;
    } catch (err) {
      if (isReferralError(err, 'not-found')) return false;
      throw err;
    }
  }

  async close(
    organisationId: string,
    reference: string,
    by: Actor,
    outcome: Outcome,
    now: Date,
    details: { reason?: NoFurtherActionReason; note?: string } = {},
  ): Promise<CloseResult> {
    const note = details.note?.trim();
    let seenClosed: Referral | undefined;
    try {
      // One write, so one audit entry (`closed`), even with a note; the If-Match loop makes a second close fail as
      // already-closed.
      const closed = await this.repository.update(
        organisationId,
        reference,
        (current) => {
          if (current.status === 'closed') seenClosed = current;
          const withOutcome = close(current, outcome, staff(by), now, details.reason);
          return note ? addNote(withOutcome, staff(by), note, now) : withOutcome;
        },
        dutyActor(by),
      );
      return {
        status: 'closed',
        closedAt: closed.closedAt ?? now.toISOString(),
        escalationIds: closed.escalationIds,
        reporter: { ...(closed.reporterAddress ? { address: closed.reporterAddress } : {}), locale: closed.locale },
      };
    } catch (err) {
      const current = seenClosed;
      if (isReferralError(err, 'already-closed') && current) {
        // Told from what the refused write read: no second audit entry, not even a `viewed` one.
        return {
          status: 'alreadyClosed',
          escalationIds: current.escalationIds,
          ...(current.outcome ? { outcome: current.outcome } : {}),
          ...(current.owner ? { closedBy: current.owner.name ?? current.owner.id } : {}),
          ...(current.closedAt ? { closedAt: current.closedAt } : {}),
        };
      }
      if (isReferralError(err, 'not-found') || isReferralError(err, 'not-in-queue')) return { status: 'notFound' };
      throw err;
    }
  }

  async handOver(organisationId: string, reference: string, from: Actor, to: Actor, now: Date): Promise<boolean> {
    return this.ownerChange(organisationId, reference, from, (current) =>
      handOver(current, staff(from), staff(to), now),
    );
  }

  async release(organisationId: string, reference: string, from: Actor): Promise<boolean> {
    return this.ownerChange(organisationId, reference, from, (current) => release(current, staff(from)));
  }

  async myReports(organisationId: string, reporterId: string, limit: number): Promise<MyReport[]> {
    const rows = await this.repository.listForReporter(organisationId, reporterId, limit);
    return rows.map((r) => ({
      reference: r.reference,
      createdAt: r.createdAt,
      status: r.status,
      ...(r.outcome ? { outcome: r.outcome } : {}),
      ...(r.status === 'closed' && r.owner?.name ? { closedBy: r.owner.name } : {}),
      outcomeWaiting: r.reporterTold?.state === 'waiting',
    }));
  }

  async markReporterTold(
    organisationId: string,
    reference: string,
    state: 'told' | 'waiting',
    now: Date,
  ): Promise<void> {
    await this.repository.update(
      organisationId,
      reference,
      (current) => ({ ...current, reporterTold: { state, at: now.toISOString() } }),
      { id: 'system:feedback', role: 'system' },
    );
  }

  private async ownerChange(
    organisationId: string,
    reference: string,
    by: Actor,
    change: (current: Referral) => Referral,
  ): Promise<boolean> {
    try {
      await this.repository.update(organisationId, reference, change, dutyActor(by));
      return true;
    } catch (err) {
      if (
        isReferralError(err, 'not-found') ||
        isReferralError(err, 'not-owner') ||
        isReferralError(err, 'already-closed')
      )
        return false;
      throw err;
    }
  }
}
