/**
 * One turn of a conversation, in our own terms: every typed word is assessed for risk before the
 * conversation moves on; commands work everywhere; the triage flow runs one step; risk is
 * escalated and the referral written as the conversation goes. The channel renders the replies.
 */
import {
  currentQuestion,
  isCurrentVersion,
  isTypedChoice,
  step,
  withAdditionalRisk,
  type AnswerValue,
  type Flow,
  type FlowEvent,
  type FlowInput,
  type TriageSummary,
} from '../flows';
import type { EscalationLevel } from '../escalation/model';
import type { EscalationService } from '../escalation/escalationService';
import type { DutyRegistry } from '../escalation/dutyRegistry';
import type { DutyRoster } from '../escalation/roster';
import { otherLocale, toSupportedLocale, type SupportedLocale } from '../i18n/locale';
import type { Logger } from '../observability/logger';
import { compareLevels, maxLevel, type RiskAssessment, type RiskLevel } from '../risk';
import type { Matcher } from '../signposting/matcher';
import type { DutyDesk } from './dutyDesk';
import { CARD_VERBS, type CardSubmit, type CardVerb } from './cardSubmit';
import { parseCommand, TEAMS_ONLY, type Command } from './commands';
import { parseSignpostingQuestion, type SignpostingQuestion } from './signpostingQuestion';
import {
  readSafetyAnswer,
  SAFETY_ANSWERED_NO,
  SAFETY_ANSWERED_YES,
  SAFETY_QUESTION,
  shouldAskSafetyQuestion,
  type SafetyAnswer,
} from './safetyQuestion';
import {
  emptyMemory,
  type ConversationMemory,
  type IncomingTurn,
  type Line,
  type Reply,
  type TurnResult,
} from './model';
import type { ReferralLog, ReporterDetails, RiskNote } from './ports';
import { confirmedAnswers, confirmQuestions, readStory, type ReadAccount } from './story/storyReading';
import { answerSafetyGroup, safetyGroupFrom } from './story/safetyGroup';
import { passOverCallBack } from './story/callBackNumber';
import { mentionsCamhs } from './story/camhsMention';
import { adviceFor, alertMessage, alertState, alertStepKey, immediateSteps, outOfHoursLine } from './alertMessage';

export interface ConversationDeps {
  flows: ReadonlyMap<string, Flow>;
  assess: (text: string, locale: SupportedLocale) => RiskAssessment;
  /** What a yes to the safety question means (immediate danger); see safetyQuestion.ts. */
  assessSafetyYes: (locale: SupportedLocale) => RiskAssessment;
  escalations: Pick<EscalationService, 'raise' | 'claim' | 'recordCorrection'>;
  referrals: ReferralLog;
  duty: DutyRegistry;
  roster: DutyRoster;
  matcher: Matcher;
  logger: Logger;
  defaultLocale: SupportedLocale;
  /** Outcomes, handover at the end of duty, `my reports`. */
  desk: DutyDesk;
  /** Reads a member of staff's own account (story first, issue 17); without it the first words are only kept. */
  readAccount?: ReadAccount;
}

const GREETINGS = new Set([
  'hello',
  'hi',
  'hiya',
  'hey',
  'helo',
  'shwmae',
  'sut mae',
  'bore da',
  'prynhawn da',
  'good morning',
  'good afternoon',
  'hia',
]);
const TRIAGE = 'triage';
/** Duty actions: a press whose data does not parse is refused, not misunderstood. */
const DUTY_VERBS: ReadonlySet<CardVerb> = new Set([
  CARD_VERBS.handover,
  CARD_VERBS.release,
  CARD_VERBS.open,
  CARD_VERBS.note,
  CARD_VERBS.outcome,
]);
const SIGNPOSTING = 'signposting';

interface RiskHow {
  triggerWords: string[];
  /** Raised for earlier concerns: the reporter is not told, or they would learn of others' reports. */
  quiet?: boolean;
  source: RiskNote['source'];
  questionId?: string;
}

/** Everything a turn works with; replies are appended as it goes. */
interface Turn {
  readonly input: IncomingTurn;
  locale: SupportedLocale;
  readonly memory: ConversationMemory;
  readonly replies: Reply[];
}

export class ConversationService {
  constructor(private readonly deps: ConversationDeps) {}

  localeFor(turnLocale: string | undefined, chosen: SupportedLocale | undefined): SupportedLocale {
    return chosen ?? toSupportedLocale(turnLocale) ?? this.deps.defaultLocale;
  }

  async handle(
    input: IncomingTurn,
    memory: ConversationMemory,
    chosenLocale: SupportedLocale | undefined,
  ): Promise<TurnResult> {
    const turn: Turn = {
      input,
      locale: this.localeFor(input.activityLocale, chosenLocale),
      memory: structuredClone(memory),
      replies: [],
    };
    turn.memory.address = input.address;
    // Only duty workers' addresses are stored; everyone else's messages cost no extra read.
    if (input.channel === 'msteams' && turn.memory.onDuty)
      await this.deps.duty.refreshAddress(input.organisationId, input.person.id, input.address);

    const command = input.card ? undefined : parseCommand(input.text);
    const typed = command ? undefined : typedText(input);
    const greeting =
      typed !== undefined &&
      GREETINGS.has(
        typed
          .trim()
          .toLowerCase()
          .replace(/[!.,]+$/, ''),
      );
    if (!turn.memory.welcomed || (greeting && !turn.memory.flow)) {
      // A new conversation: first any outcome that could not reach this person in their last one.
      if (!turn.memory.welcomed) turn.replies.push(...(await this.deps.desk.waitingOutcomes(input)));
      turn.replies.push({ kind: 'welcome' });
      turn.memory.welcomed = true;
    }
    // The answer to "Is anyone in danger right now?" comes first; the words are still assessed.
    const safetyAnswer = typed !== undefined ? await this.actOnSafetyAnswer(turn, typed) : undefined;
    if (typed !== undefined && mentionsCamhs(typed)) turn.memory.camhsMentioned = true;
    // A missed risk is the worst failure: assess what was typed before anything else happens. Text
    // that is one of the current question's choices is that answer, assessed by the answer's own rule.
    const choice = typed !== undefined && !input.card && safetyAnswer === undefined && this.isTypedChoice(turn, typed);
    const riskRaised = typed !== undefined && !greeting && !choice && (await this.actOnText(turn, typed));

    let chosen: SupportedLocale | undefined;
    if (command) chosen = await this.command(turn, command);
    else if (input.card) await this.card(turn, input.card);
    else if (safetyAnswer !== undefined) {
      if (turn.memory.flow && !turn.memory.flow.completed) await this.repeatQuestion(turn);
    } else if (greeting) {
      // welcomed above
    } else if (turn.memory.flow && !turn.memory.flow.completed) {
      // A disclosure typed at a choice question is not a wrong answer: ask the question again without saying so.
      await this.flowStep(turn, { kind: 'text', text: input.text ?? '' }, { quietReask: riskRaised });
    } else if (typed && turn.memory.story) await this.confirmStory(turn, undefined, typed);
    else if (typed) {
      const asked = parseSignpostingQuestion(typed);
      if (asked) await this.startSignposting(turn, asked);
      else await this.startTriageWith(turn, typed);
    }
    return { replies: turn.replies, memory: turn.memory, ...(chosen ? { locale: chosen } : {}) };
  }

  // ---- risk ---------------------------------------------------------------------------------

  /** Assesses what was typed and acts on any risk; true when it raised one. */
  private async actOnText(turn: Turn, text: string): Promise<boolean> {
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
  private async actOnSafetyAnswer(turn: Turn, text: string): Promise<SafetyAnswer | undefined> {
    if (!turn.memory.safetyQuestionPending) return undefined;
    turn.memory.safetyQuestionPending = false;
    const answer = readSafetyAnswer(text);
    if (answer === 'yes') {
      turn.replies.push({ kind: 'lines', lines: [SAFETY_ANSWERED_YES] });
      await this.actOnRisk(turn, this.deps.assessSafetyYes(turn.locale), { triggerWords: [], source: 'text' });
    } else if (answer === 'no') turn.replies.push({ kind: 'lines', lines: [SAFETY_ANSWERED_NO] });
    return answer;
  }

  private async actOnRisk(turn: Turn, assessment: RiskAssessment, how: RiskHow): Promise<void> {
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
        await this.deps.referrals.recordRisk(
          turn.input.organisationId,
          m.referral,
          this.note(assessment, how),
          undefined,
        );
    }
  }

  private note(assessment: RiskAssessment, how: RiskHow): RiskNote {
    return { assessment, source: how.source, ...(how.questionId ? { questionId: how.questionId } : {}) };
  }

  private async escalate(
    turn: Turn,
    level: EscalationLevel,
    assessment: RiskAssessment,
    how: RiskHow,
    advice: Line[] = [],
  ): Promise<void> {
    const { indicators, reasons } = assessment;
    const { input, memory: m } = turn;
    const reporter = this.reporter(turn);
    const reference = await this.deps.referrals.ensureDraft(input.organisationId, reporter, m.referral);
    m.referral = reference;
    const outcome = await this.deps.escalations.raise({
      organisationId: input.organisationId,
      referralId: reference,
      level,
      indicators,
      reasons,
      triggerWords: how.triggerWords,
      shared: this.sharedSoFar(turn),
      reporter: { ...reporter, address: input.address, channel: input.channel, locale: turn.locale },
    });
    await this.deps.referrals.recordRisk(
      input.organisationId,
      reference,
      this.note(assessment, how),
      outcome.escalationId,
    );
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

  private reporter(turn: Turn): ReporterDetails {
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
  private sharedSoFar(turn: Turn): { label: string; value: string }[] {
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

  // ---- commands and cards -------------------------------------------------------------------

  private async command(turn: Turn, command: Command): Promise<SupportedLocale | undefined> {
    const { input, memory: m } = turn;
    if (TEAMS_ONLY.has(command) && !(input.channel === 'msteams' && input.personal)) {
      turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:teamsOnly' }] });
      return undefined;
    }
    switch (command) {
      case 'help':
        turn.replies.push({ kind: 'help' });
        return undefined;
      case 'privacy':
        turn.replies.push({ kind: 'privacy' });
        return undefined;
      case 'language': {
        const next = otherLocale(turn.locale);
        turn.locale = next;
        turn.replies.push({ kind: 'lines', lines: [{ key: 'common:language.switched' }] });
        if (m.flow && !m.flow.completed) await this.repeatQuestion(turn);
        return next;
      }
      case 'cancel': {
        const had = m.flow !== undefined && !m.flow.completed;
        m.flow = undefined;
        const lines: Line[] = [{ key: had ? 'common:cancel.done' : 'common:cancel.nothing' }];
        if (m.escalations.length > 0) lines.push({ key: 'common:cancel.kept' });
        turn.replies.push({ kind: 'lines', lines });
        this.resetReport(m);
        return undefined;
      }
      case 'restart':
        turn.replies.push({ kind: 'lines', lines: [{ key: 'common:restart.done' }] });
        if (m.escalations.length > 0) turn.replies.push({ kind: 'lines', lines: [{ key: 'common:cancel.kept' }] });
        this.resetReport(m);
        await this.startFlow(turn, m.flow?.flowId ?? TRIAGE);
        return undefined;
      case 'start':
        this.resetReport(m);
        await this.startFlow(turn, TRIAGE);
        return undefined;
      case 'findHelp':
        await this.startSignposting(turn, undefined);
        return undefined;
      case 'back':
        if (m.flow && !m.flow.completed) await this.flowStep(turn, { kind: 'back' });
        else turn.replies.push({ kind: 'lines', lines: [{ key: 'common:cancel.nothing' }] });
        return undefined;
      case 'misread':
        await this.misread(turn);
        return undefined;
      case 'onDuty':
        await this.onDuty(turn);
        return undefined;
      case 'offDuty': {
        const { replies, offDuty } = await this.deps.desk.offDuty(input);
        if (offDuty) m.onDuty = false;
        turn.replies.push(...replies);
        return undefined;
      }
      case 'myReports':
        turn.replies.push(...(await this.deps.desk.myReports(input, turn.locale)));
        return undefined;
      case 'whoIsOnDuty': {
        const onDuty = await this.deps.duty.onDuty(input.organisationId);
        const lines: Line[] = onDuty.length
          ? [{ key: 'duty:whoIsOnDuty', params: { names: onDuty.map((d) => d.name ?? d.userId).join(', ') } }]
          : [{ key: 'duty:nobody' }, outOfHoursLine(this.deps.roster.outOfHoursContact(input.organisationId))];
        turn.replies.push({ kind: 'lines', lines });
        return undefined;
      }
      case 'queue':
        await this.queue(turn);
        return undefined;
    }
  }

  private resetReport(m: ConversationMemory): void {
    m.referral = undefined;
    m.riskLevel = 'none';
    m.indicators = [];
    m.escalatedLevel = 'none';
    m.escalatedIndicators = [];
    m.escalations = [];
    m.alert = undefined;
    m.camhsMentioned = false;
  }

  private async misread(turn: Turn): Promise<void> {
    const { input, memory: m } = turn;
    if (m.riskLevel === 'none' && m.escalations.length === 0) {
      turn.replies.push({ kind: 'lines', lines: [{ key: 'escalation:misreadNothing' }] });
      return;
    }
    const by = { id: input.person.id, ...(input.person.name ? { name: input.person.name } : {}) };
    if (m.referral) await this.deps.referrals.recordCorrection(input.organisationId, m.referral, by, input.now);
    for (const id of m.escalations)
      await this.deps.escalations.recordCorrection(input.organisationId, id, by.name ?? by.id);
    turn.replies.push({
      kind: 'lines',
      lines: [
        { key: 'escalation:misreadRecorded' },
        ...(m.escalations.length ? [{ key: 'escalation:misreadKept' }] : []),
      ],
    });
  }

  private async isDutyWorker(turn: Turn, organisationId = turn.input.organisationId): Promise<boolean> {
    const p = turn.input.person;
    // Duty powers exist only in Teams, the one channel that vouches for an Entra identity.
    if (turn.input.channel !== 'msteams') return false;
    if (this.deps.roster.configured)
      return this.deps.roster.mayGoOnDuty(organisationId, { aadObjectId: p.aadObjectId, upn: p.upn });
    return this.deps.duty.isOnDuty(organisationId, p.id);
  }

  private async onDuty(turn: Turn): Promise<void> {
    const { input } = turn;
    const p = input.person;
    if (!this.deps.roster.mayGoOnDuty(input.organisationId, { aadObjectId: p.aadObjectId, upn: p.upn })) {
      turn.replies.push({
        kind: 'lines',
        lines: [{ key: this.deps.roster.policy === 'closed' ? 'duty:noRoster' : 'duty:notOnRoster' }],
      });
      return;
    }
    await this.deps.duty.goOnDuty(
      {
        organisationId: input.organisationId,
        userId: p.id,
        ...(p.name ? { name: p.name } : {}),
        ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}),
        address: { ...input.address, locale: turn.locale },
      },
      input.now,
    );
    turn.memory.onDuty = true;
    turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:onDuty' }] });
  }

  private async queue(turn: Turn): Promise<void> {
    if (!(await this.isDutyWorker(turn))) {
      turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notAllowed' }] });
      return;
    }
    const items = await this.deps.referrals.queue(turn.input.organisationId);
    turn.replies.push({ kind: 'dutyQueue', items });
  }

  private async card(turn: Turn, submit: CardSubmit): Promise<void> {
    const { input, memory: m } = turn;
    const actor = { id: input.person.id, ...(input.person.name ? { name: input.person.name } : {}) };
    switch (submit.verb) {
      case CARD_VERBS.answer: {
        if (!m.flow || m.flow.completed) {
          turn.replies.push({ kind: 'lines', lines: [{ key: 'escalation:staleCard' }] });
          return;
        }
        await this.flowStep(turn, submit.answer);
        return;
      }
      case CARD_VERBS.storyConfirm:
        if (!m.story) turn.replies.push({ kind: 'lines', lines: [{ key: 'escalation:staleCard' }] });
        else await this.confirmStory(turn, submit.answers);
        return;
      case CARD_VERBS.safetyGroup:
        if (!m.flow || m.flow.completed || submit.flowVersion === undefined)
          turn.replies.push({ kind: 'lines', lines: [{ key: 'escalation:staleCard' }] });
        else await this.answerSafetyCard(turn, submit.answers, submit.flowVersion, submit.runId);
        return;
      case CARD_VERBS.signpost:
        await this.startSignposting(turn, undefined);
        return;
      case CARD_VERBS.misread:
        await this.misread(turn);
        return;
      case CARD_VERBS.handover:
      case CARD_VERBS.release: {
        if (!(await this.isDutyWorker(turn))) {
          turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notAllowed' }] });
          return;
        }
        const { replies, offDuty } = await this.deps.desk.passOn(input, submit);
        if (offDuty) m.onDuty = false;
        turn.replies.push(...replies);
        return;
      }
      case CARD_VERBS.open:
      case CARD_VERBS.note:
      case CARD_VERBS.outcome: {
        if (!(await this.isDutyWorker(turn))) {
          turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notAllowed' }] });
          return;
        }
        const reference = submit.referralId;
        if (submit.verb === CARD_VERBS.note) {
          if (!submit.note) turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:noteEmpty' }] });
          else if (await this.deps.referrals.addNote(input.organisationId, reference, actor, submit.note, input.now))
            turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:noteAdded', params: { reference } }] });
          else turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notFound' }] });
          return;
        }
        if (submit.verb === CARD_VERBS.outcome) {
          turn.replies.push(...(await this.deps.desk.recordOutcome(input, submit, turn.locale)));
          return;
        }
        const detail = await this.deps.referrals.detail(input.organisationId, reference, actor);
        if (!detail) turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notFound' }] });
        else turn.replies.push({ kind: 'referralDetail', item: detail.item, chronology: detail.chronology });
        return;
      }
      case 'malformed':
        // Malformed duty actions (a forged reference or alert id) are refused as a duty action would be.
        if (submit.pressed !== undefined && DUTY_VERBS.has(submit.pressed))
          turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notAllowed' }] });
        else turn.replies.push({ kind: 'lines', lines: [{ key: 'common:unknown' }] });
        return;
      default:
        // Claims and refreshes are the channel's (Teams Action.Execute); anywhere else they mean nothing.
        turn.replies.push({ kind: 'lines', lines: [{ key: 'common:unknown' }] });
    }
  }

  /** Claims an escalation for a duty worker (Teams Action.Execute or a web chat submit). */
  async claim(
    input: IncomingTurn,
    escalationId: string,
    organisationId: string,
  ): Promise<{ status: 'claimed' | 'alreadyClaimed' | 'notFound' | 'notAllowed' }> {
    const turn: Turn = { input, locale: this.deps.defaultLocale, memory: emptyMemory(), replies: [] };
    if (organisationId !== input.organisationId || !(await this.isDutyWorker(turn, organisationId)))
      return { status: 'notAllowed' };
    const outcome = await this.deps.escalations.claim(organisationId, escalationId, {
      id: input.person.id,
      ...(input.person.name ? { name: input.person.name } : {}),
    });
    if (outcome.status === 'claimed')
      await this.deps.referrals.claim(
        organisationId,
        outcome.escalation.referralId,
        { id: input.person.id, name: input.person.name },
        input.now,
      );
    return { status: outcome.status };
  }

  // ---- flows --------------------------------------------------------------------------------

  private isTypedChoice(turn: Turn, text: string): boolean {
    const state = turn.memory.flow;
    return state !== undefined && !state.completed && isTypedChoice(this.flow(state.flowId), state, text);
  }

  private flow(id: string): Flow {
    const flow = this.deps.flows.get(id);
    if (!flow) throw new Error(`No flow "${id}" loaded`);
    return flow;
  }

  /** Starts a flow at its first question; `answers` holds what the person has already told us. */
  private async startFlow(turn: Turn, flowId: string, answers?: Record<string, AnswerValue>): Promise<void> {
    const flow = this.flow(flowId);
    await this.applyStep(
      turn,
      flow,
      step(flow, undefined, { kind: 'start', ...(answers ? { answers } : {}) }, turn.input.now),
    );
  }

  /** The triage, begun by typing: the first words are kept as what was noticed. */
  private async startTriageWith(turn: Turn, firstWords: string): Promise<void> {
    // Story first: what the account states is shown on one card to confirm before anything is asked.
    const story = this.deps.readAccount
      ? readStory(this.flow(TRIAGE), firstWords, turn.locale, this.deps.readAccount)
      : undefined;
    if (story) {
      turn.memory.story = story;
      turn.replies.push({
        kind: 'storyConfirm',
        questions: confirmQuestions(this.flow(TRIAGE), story, turn.input.now),
      });
      return;
    }
    const observationNode = [...this.flow(TRIAGE).nodeById.values()].find(
      (n) => 'field' in n && n.field === 'observationText',
    );
    await this.startFlow(
      turn,
      TRIAGE,
      observationNode ? { [observationNode.id]: firstWords.slice(0, 2000) } : undefined,
    );
  }

  /** The confirmed story starts the triage: its answers are the person's, and only what is missing is asked. */
  private async confirmStory(
    turn: Turn,
    submitted: Parameters<typeof confirmedAnswers>[2],
    moreWords?: string,
  ): Promise<void> {
    const story = turn.memory.story;
    if (!story) return;
    turn.memory.story = undefined;
    const flow = this.flow(TRIAGE);
    const observation = [story.observation, moreWords].filter(Boolean).join('\n').slice(0, 2000);
    await this.applyStep(
      turn,
      flow,
      step(
        flow,
        undefined,
        { kind: 'start', answers: { noticed: observation }, stated: confirmedAnswers(flow, story, submitted) },
        turn.input.now,
      ),
    );
  }

  /** The safety card's answers, given to the flow one question at a time (every risk rule runs). */
  private async answerSafetyCard(
    turn: Turn,
    submitted: Parameters<typeof answerSafetyGroup>[2],
    flowVersion: number,
    runId: string | undefined,
  ): Promise<void> {
    const state = turn.memory.flow;
    if (!state) return;
    const flow = this.flow(state.flowId);
    const results = answerSafetyGroup(flow, state, submitted, flowVersion, runId, turn.input.now);
    if (results.length === 0) return this.repeatQuestion(turn);
    for (const [index, result] of results.entries()) {
      if (index === results.length - 1) await this.applyStep(turn, flow, result);
      else {
        turn.memory.flow = result.state;
        for (const event of result.events) await this.onFlowEvent(turn, flow, event);
      }
    }
  }

  /** The short signposting flow, with what the question already said filled in. */
  private async startSignposting(turn: Turn, asked: SignpostingQuestion | undefined): Promise<void> {
    const answers: Record<string, AnswerValue> = {};
    if (asked?.needs.length) answers.needs = asked.needs;
    if (asked?.age !== undefined) answers.age = asked.age;
    await this.startFlow(turn, SIGNPOSTING, answers);
  }

  private async flowStep(turn: Turn, input: FlowInput, options: { quietReask?: boolean } = {}): Promise<void> {
    const state = turn.memory.flow;
    if (!state) return this.startFlow(turn, TRIAGE);
    const flow = this.flow(state.flowId);
    if (!isCurrentVersion(flow, state))
      this.deps.logger.info({
        event: 'flow.version_changed',
        flowId: flow.id,
        from: state.flowVersion,
        to: flow.version,
      });
    await this.applyStep(turn, flow, step(flow, state, input, turn.input.now), options);
  }

  private async repeatQuestion(turn: Turn): Promise<void> {
    const state = turn.memory.flow;
    if (!state) return;
    const question = currentQuestion(this.flow(state.flowId), state, turn.input.now);
    if (question) turn.replies.push({ kind: 'flow', output: question });
  }

  private async applyStep(
    turn: Turn,
    flow: Flow,
    stepped: ReturnType<typeof step>,
    options: { quietReask?: boolean } = {},
  ): Promise<void> {
    // An alert the reporter was told about (not a quiet link to earlier concerns, which they must not learn of).
    const result = passOverCallBack(flow, stepped, turn.memory.alert !== undefined, turn.input.now);
    turn.memory.flow = result.state;
    const firstNew = turn.replies.length;
    const pendingReask = options.quietReask ? undefined : result.outputs.find((o) => o.kind === 'reask');
    for (const event of result.events) await this.onFlowEvent(turn, flow, event);
    for (const output of result.outputs) {
      if (output.kind === 'reask') continue;
      if (output.kind === 'summary') continue; // rendered on completion, with the reference
      // The safety questions come together on one card, each still required.
      const group =
        output.kind === 'question' ? safetyGroupFrom(flow, result.state, output, turn.input.now) : undefined;
      if (group) {
        if (pendingReask) turn.replies.push({ kind: 'flow', output: pendingReask });
        turn.replies.push({ kind: 'safetyGroup', questions: group });
        continue;
      }
      turn.replies.push(
        output.kind === 'question' && pendingReask?.kind === 'reask'
          ? { kind: 'flow', output, reask: pendingReask }
          : { kind: 'flow', output },
      );
    }
    const summary = result.outputs.find((o) => o.kind === 'summary');
    if (summary && summary.kind === 'summary' && !result.events.some((e) => e.kind === 'completed'))
      turn.replies.push({ kind: 'flow', output: { ...summary, summary: this.truthfulSteps(turn, summary.summary) } });
    // "Tell your DSL" (the closing message) stands above the directory, which comes last.
    const directory = turn.replies.findIndex((reply, index) => index >= firstNew && reply.kind === 'signposting');
    if (directory >= 0) turn.replies.push(...turn.replies.splice(directory, 1));
  }

  private async onFlowEvent(turn: Turn, flow: Flow, event: FlowEvent): Promise<void> {
    if (event.kind === 'riskAnswer') {
      if (event.assessment.level !== 'none')
        await this.actOnRisk(turn, event.assessment, { triggerWords: [], source: 'answer', questionId: event.nodeId });
      return;
    }
    if (event.kind === 'completed') await this.complete(turn, flow, event.summary);
  }

  private async complete(turn: Turn, flow: Flow, summary: TriageSummary): Promise<void> {
    const { input, memory: m } = turn;
    const textRisk: RiskAssessment = { level: m.riskLevel, indicators: m.indicators, matches: [], reasons: [] };
    let final = this.truthfulSteps(turn, withAdditionalRisk(summary, [textRisk]));
    if (summary.purpose === 'triage') {
      const reporter = this.reporter(turn);
      const reference = await this.deps.referrals.ensureDraft(input.organisationId, reporter, m.referral);
      m.referral = reference;
      const childReference =
        typeof m.flow?.answers.childReference === 'string' ? m.flow.answers.childReference : undefined;
      const signposting = this.signposting(final, input.now, m.camhsMentioned);
      const completed = await this.deps.referrals.complete(
        input.organisationId,
        reference,
        { ...final, reference },
        serviceIds(signposting),
        reporter,
        childReference,
        input.now,
      );
      final = { ...final, reference };
      turn.replies.push({ kind: 'flow', output: { kind: 'summary', summary: final } });
      // Earlier concerns are never told to the reporter (they would learn of others' reports); the duty worker sees the possible link.
      if (completed.cumulativeConcern && m.escalations.length === 0) {
        await this.escalate(
          turn,
          'concern',
          { level: 'concern', indicators: m.indicators, matches: [], reasons: ['repeated concerns'] },
          { triggerWords: [], source: 'answer', quiet: true },
        );
      }
      turn.replies.push({ kind: 'signposting', result: signposting });
      // The referral record now holds the child's details and the free text: the conversation keeps none of it.
      if (m.flow) m.flow = { ...m.flow, answers: {} };
    } else {
      turn.replies.push({ kind: 'signposting', result: this.signposting(final, input.now, m.camhsMentioned) });
    }
    this.deps.logger.info({
      event: 'flow.completed',
      flowId: flow.id,
      level: final.levelOfNeed.level,
      risk: final.riskLevel,
    });
  }

  /** The summary's line about the alert says what happened: sent, waiting for the next duty worker, or nothing. */
  private truthfulSteps(turn: Turn, summary: TriageSummary): TriageSummary {
    const truth = alertStepKey(turn.memory.alert);
    const nextStepKeys = summary.nextStepKeys.flatMap((key) =>
      key === 'triage:nextSteps.dutyAlerted' ? (truth ? [truth] : []) : [key],
    );
    return { ...summary, nextStepKeys };
  }

  private signposting(summary: TriageSummary, now: Date, camhsMentioned = false) {
    return this.deps.matcher.match({
      needs: summary.signpostingNeeds,
      ...(summary.age !== undefined ? { age: summary.age } : summary.ageRange ? { age: summary.ageRange.min } : {}),
      level: summary.levelOfNeed.level,
      ...(summary.nation ? { country: summary.nation } : summary.wales ? { country: 'wales' as const } : {}),
      now,
      risk: summary.riskLevel as RiskLevel,
      camhsConsidered:
        camhsMentioned || summary.signals.agencies.includes('camhs') || summary.signals.waitingForSpecialist,
    });
  }
}

function typedText(input: IncomingTurn): string | undefined {
  if (input.text !== undefined && input.text.trim() !== '') return input.text;
  // Free text typed into a card (e.g. the child's own words) is assessed like any message.
  return input.card?.typed;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function serviceIds(result: ReturnType<Matcher['match']>): string[] {
  return unique([...result.crisis, ...result.suggestions].map((s) => s.service.id));
}
