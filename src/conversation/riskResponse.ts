/**
 * The risk response: what was typed or answered is assessed, the reporter is told what to do, and
 * urgent risk is escalated to the duty worker and noted on the referral as the conversation goes.
 */
import type { EscalationLevel } from '../escalation/model';
import { compareLevels, maxLevel, type RiskAssessment } from '../risk';
import type { Line } from './model';
import type { ReporterDetails, RiskNote } from './ports';
import {
  readSafetyAnswer,
  SAFETY_ANSWERED_NO,
  SAFETY_ANSWERED_YES,
  SAFETY_QUESTION,
  shouldAskSafetyQuestion,
  type SafetyAnswer,
} from './safetyQuestion';
import { adviceFor, alertMessage, alertState, immediateSteps } from './alertMessage';
import { unique, type ConversationDeps, type Turn } from './turn';

export interface RiskHow {
  triggerWords: string[];
  /** Raised for earlier concerns: the reporter is not told, or they would learn of others' reports. */
  quiet?: boolean;
  source: RiskNote['source'];
  questionId?: string;
}

export type RiskResponseDeps = Pick<ConversationDeps, 'assess' | 'assessSafetyYes' | 'escalations' | 'referrals'>;

export class RiskResponse {
  constructor(private readonly deps: RiskResponseDeps) {}

  /** Assesses what was typed and acts on any risk; true when it raised one. */
  async actOnText(turn: Turn, text: string): Promise<boolean> {
    const assessment = this.deps.assess(text, turn.locale);
    if (shouldAskSafetyQuestion(assessment)) {
      turn.replies.push({ kind: 'lines', style: 'alert', lines: [...SAFETY_QUESTION] });
      turn.memory.safetyQuestionPending = true;
    }
    if (assessment.level === 'none') return false;
    const triggerWords = [...new Set(assessment.matches.filter((m) => m.level !== 'none').map((m) => m.text))];
    await this.actOnRisk(turn, assessment, { triggerWords, source: 'text' });
    return true;
  }

  /** Reads a pending safety question's answer: a yes is immediate danger (999 and an escalation). */
  async actOnSafetyAnswer(turn: Turn, text: string): Promise<SafetyAnswer | undefined> {
    if (!turn.memory.safetyQuestionPending) return undefined;
    turn.memory.safetyQuestionPending = false;
    const answer = readSafetyAnswer(text);
    if (answer === 'yes') {
      turn.replies.push({ kind: 'lines', lines: [SAFETY_ANSWERED_YES] });
      await this.actOnRisk(turn, this.deps.assessSafetyYes(turn.locale), { triggerWords: [], source: 'text' });
    } else if (answer === 'no') turn.replies.push({ kind: 'lines', lines: [SAFETY_ANSWERED_NO] });
    return answer;
  }

  async actOnRisk(turn: Turn, assessment: RiskAssessment, how: RiskHow): Promise<void> {
    const m = turn.memory;
    m.riskLevel = maxLevel(m.riskLevel, assessment.level);
    m.indicators = unique([...m.indicators, ...assessment.indicators]);
    const isNew =
      compareLevels(assessment.level, m.escalatedLevel) > 0 ||
      assessment.indicators.some((i) => !m.escalatedIndicators.includes(i));
    const advice = adviceFor(assessment);
    if (compareLevels(assessment.level, 'urgent') >= 0 && isNew) {
      // One message, first step first: the immediate steps and the alert's own line together.
      await this.escalate(turn, assessment.level as EscalationLevel, assessment, how, advice);
    } else if (assessment.level === 'immediate') {
      turn.replies.push({ kind: 'lines', style: 'alert', lines: [...immediateSteps(), ...advice] });
    } else if (assessment.level === 'concern') {
      if (how.source === 'text' || advice.length > 0)
        turn.replies.push({
          kind: 'lines',
          lines: [...(how.source === 'text' ? [{ key: 'escalation:concernNoted' }] : []), ...advice],
        });
      if (m.referral)
        await this.deps.referrals.recordRisk(turn.input.organisationId, m.referral, note(assessment, how), undefined);
    }
  }

  async escalate(
    turn: Turn,
    level: EscalationLevel,
    assessment: RiskAssessment,
    how: RiskHow,
    advice: Line[] = [],
  ): Promise<void> {
    const { indicators, reasons } = assessment;
    const { input, memory: m } = turn;
    const reporter = reporterOf(turn);
    const reference = await this.deps.referrals.ensureDraft(input.organisationId, reporter, m.referral);
    m.referral = reference;
    const outcome = await this.deps.escalations.raise({
      organisationId: input.organisationId,
      referralId: reference,
      level,
      indicators,
      reasons,
      triggerWords: how.triggerWords,
      shared: sharedSoFar(turn),
      reporter: { ...reporter, address: input.address, channel: input.channel, locale: turn.locale },
    });
    await this.deps.referrals.recordRisk(input.organisationId, reference, note(assessment, how), outcome.escalationId);
    m.escalations.push(outcome.escalationId);
    m.escalatedLevel = maxLevel(m.escalatedLevel, level);
    m.escalatedIndicators = unique([...m.escalatedIndicators, ...indicators]);

    // A cumulative concern is for the duty worker: the reporter is not told of other people's reports.
    if (how.quiet) return;
    const facts = {
      reference,
      recipientNames: outcome.recipientNames,
      outOfHours: outcome.outOfHours,
      outOfHoursContact: outcome.outOfHoursContact,
      phoneOnly: outcome.phoneOnly,
    };
    // What the summary may say about the alert: once one reached someone, it was sent.
    m.alert = m.alert === 'sent' ? 'sent' : alertState(facts);
    turn.replies.push({ kind: 'lines', style: 'alert', lines: alertMessage(level, facts, advice) });
  }
}

function note(assessment: RiskAssessment, how: RiskHow): RiskNote {
  return { assessment, source: how.source, ...(how.questionId ? { questionId: how.questionId } : {}) };
}

/** Who is reporting: the person, and what they have told the flow about themselves. */
export function reporterOf(turn: Turn): ReporterDetails {
  const { input, memory } = turn;
  const answers = memory.flow?.answers ?? {};
  const text = (id: string): string | undefined =>
    typeof answers[id] === 'string' ? (answers[id] as string) : undefined;
  return {
    id: input.person.id,
    ...(input.person.name ? { name: input.person.name } : {}),
    ...(input.person.aadObjectId ? { aadObjectId: input.person.aadObjectId } : {}),
    channel: input.channel,
    locale: turn.locale,
    address: input.address,
    ...(text('role') ? { role: text('role') } : {}),
    ...(text('contactNumber') ? { phone: text('contactNumber') } : {}),
    ...(text('organisation') ? { organisationName: text('organisation') } : {}),
  };
}

/** Short labelled lines of what is known so far, for the duty worker's card (no free text). */
function sharedSoFar(turn: Turn): { label: string; value: string }[] {
  const answers = turn.memory.flow?.answers ?? {};
  const shared: { label: string; value: string }[] = [];
  const add = (label: string, value: unknown) => {
    if (value === undefined || value === '') return;
    shared.push({ label, value: Array.isArray(value) ? value.join(', ') : String(value) });
  };
  add('needs', answers.needs);
  add('age', answers.age);
  add('deterioration', answers.deterioration);
  add('education', answers.education);
  return shared;
}
