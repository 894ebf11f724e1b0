/**
 * The flow runner: starts the triage and signposting flows, runs one step at a time, turns the
 * flow's outputs into replies, acts on the risk its answers raise and completes the referral.
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
import type { RiskAssessment, RiskLevel } from '../risk';
import type { Matcher } from '../signposting/matcher';
import type { SignpostingQuestion } from './signpostingQuestion';
import { confirmedAnswers, confirmQuestions, readStory } from './story/storyReading';
import { answerSafetyGroup, safetyGroupFrom } from './story/safetyGroup';
import { passOverCallBack } from './story/callBackNumber';
import { storyFromObservation, withConfirmedObservation } from './story/accountAtQuestion';
import { alertStepKey } from './alertMessage';
import { reporterOf, type RiskResponse } from './riskResponse';
import { SIGNPOSTING, TRIAGE, unique, type ConversationDeps, type Turn } from './turn';
import { reportKnowsFrom, signpostingAnswers } from './reportKnows';

export type FlowRunnerDeps = Pick<
  ConversationDeps,
  'flows' | 'readAccount' | 'referrals' | 'matcher' | 'logger' | 'details'
>;

export class FlowRunner {
  constructor(
    private readonly deps: FlowRunnerDeps,
    private readonly risk: Pick<RiskResponse, 'actOnRisk' | 'escalate'>,
  ) {}

  isTypedChoice(turn: Turn, text: string): boolean {
    const state = turn.memory.flow;
    return state !== undefined && !state.completed && isTypedChoice(this.flow(state.flowId), state, text);
  }

  private flow(id: string): Flow {
    const flow = this.deps.flows.get(id);
    if (!flow) throw new Error(`No flow "${id}" loaded`);
    return flow;
  }

  /** Starts a flow at its first question; `answers` holds what the person has already told us. */
  async startFlow(turn: Turn, flowId: string, given?: Record<string, AnswerValue>): Promise<void> {
    const flow = this.flow(flowId);
    const answers = flowId === TRIAGE ? { ...(await this.reporterAnswers(turn, flow)), ...given } : given;
    await this.applyStep(
      turn,
      flow,
      step(flow, undefined, { kind: 'start', ...(answers ? { answers } : {}) }, turn.input.now),
    );
  }
  /** A new report: what is known about the reporter is shown, not asked (issue 17 item 3). */
  private async reporterAnswers(turn: Turn, flow: Flow): Promise<Record<string, AnswerValue>> {
    turn.memory.reportKnows = undefined;
    if (!this.deps.details) return {};
    const { answers, lines } = await this.deps.details.forTriage(turn.input, flow);
    if (lines.length > 0) turn.replies.push({ kind: 'lines', lines });
    return answers;
  }

  /** The triage, begun by typing: the first words are kept as what was noticed. */
  async startTriageWith(turn: Turn, firstWords: string): Promise<void> {
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
  async confirmStory(turn: Turn, submitted: Parameters<typeof confirmedAnswers>[2], moreWords?: string): Promise<void> {
    const story = turn.memory.story;
    if (!story) return;
    turn.memory.story = undefined;
    const flow = this.flow(TRIAGE);
    if (story.midFlow) {
      // Read from "what have you seen or heard" in a triage under way: its answers join the answers given.
      const state = turn.memory.flow;
      if (!state || state.completed) return;
      const stated = confirmedAnswers(flow, story, submitted);
      const observed = withConfirmedObservation(flow, state, story, moreWords);
      await this.applyStep(turn, flow, step(flow, observed, { kind: 'stated', answers: stated }, turn.input.now));
      return;
    }
    const observation = [story.observation, moreWords].filter(Boolean).join('\n').slice(0, 2000);
    await this.applyStep(
      turn,
      flow,
      step(
        flow,
        undefined,
        {
          kind: 'start',
          answers: { ...(await this.reporterAnswers(turn, flow)), noticed: observation },
          stated: confirmedAnswers(flow, story, submitted),
        },
        turn.input.now,
      ),
    );
  }

  /** The safety card's answers, given to the flow one question at a time (every risk rule runs). */
  async answerSafetyCard(
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
  async startSignposting(turn: Turn, asked: SignpostingQuestion | undefined): Promise<void> {
    // What the last report said is not asked again (issue 17 item 3).
    const answers: Record<string, AnswerValue> = signpostingAnswers(turn.memory.reportKnows);
    if (asked?.needs.length) answers.needs = asked.needs;
    if (asked?.age !== undefined) answers.age = asked.age;
    await this.startFlow(turn, SIGNPOSTING, answers);
  }

  async flowStep(turn: Turn, input: FlowInput, options: { quietReask?: boolean } = {}): Promise<void> {
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
    // Anything else done while a confirm card from "what have you seen or heard" waits sets that card aside.
    if (turn.memory.story?.midFlow) turn.memory.story = undefined;
    const stepped = step(flow, state, input, turn.input.now);
    // An account typed at "what have you seen or heard" is read as an opening account is (issue 17, item 1).
    const story =
      this.deps.readAccount && flow.id === TRIAGE
        ? storyFromObservation(flow, state, stepped.state, turn.locale, this.deps.readAccount)
        : undefined;
    if (story) {
      turn.memory.flow = stepped.state;
      for (const event of stepped.events) await this.onFlowEvent(turn, flow, event);
      turn.memory.story = story;
      turn.replies.push({ kind: 'storyConfirm', questions: confirmQuestions(flow, story, turn.input.now) });
      return;
    }
    await this.applyStep(turn, flow, stepped, options);
  }

  async repeatQuestion(turn: Turn): Promise<void> {
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
    // The summary is shown once: on completion, with its reference (issue 20, point 17); "log it" only asks.
    // "Tell your DSL" (the closing message) stands above the directory, which comes last.
    const directory = turn.replies.findIndex((reply, index) => index >= firstNew && reply.kind === 'signposting');
    if (directory >= 0) turn.replies.push(...turn.replies.splice(directory, 1));
  }

  private async onFlowEvent(turn: Turn, flow: Flow, event: FlowEvent): Promise<void> {
    if (event.kind === 'riskAnswer') {
      if (event.assessment.level !== 'none')
        await this.risk.actOnRisk(turn, event.assessment, {
          triggerWords: [],
          source: 'answer',
          questionId: event.nodeId,
        });
      return;
    }
    if (event.kind === 'completed') await this.complete(turn, flow, event.summary);
  }

  private async complete(turn: Turn, flow: Flow, summary: TriageSummary): Promise<void> {
    const { input, memory: m } = turn;
    const textRisk: RiskAssessment = { level: m.riskLevel, indicators: m.indicators, matches: [], reasons: [] };
    let final = truthfulSteps(turn, withAdditionalRisk(summary, [textRisk]));
    if (summary.purpose === 'triage') {
      const reporter = reporterOf(turn);
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
      // Earlier concerns are never told to the reporter (they would learn of others' reports);
      // the duty worker sees the possible link.
      if (completed.cumulativeConcern && m.escalations.length === 0) {
        await this.risk.escalate(
          turn,
          'concern',
          { level: 'concern', indicators: m.indicators, matches: [], reasons: ['repeated concerns'] },
          { triggerWords: [], source: 'answer', quiet: true },
        );
      }
      turn.replies.push({ kind: 'signposting', result: signposting });
      if (m.flow) {
        await this.deps.details?.rememberAfterReport(input, m.flow.answers);
        m.reportKnows = reportKnowsFrom(m.flow.answers);
      }
      // The referral record now holds the child's details and the free text: the conversation keeps only the age band
      // and area.
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

/** The summary's line about the alert says what happened: sent, waiting for the next duty worker, or nothing. */
function truthfulSteps(turn: Turn, summary: TriageSummary): TriageSummary {
  const truth = alertStepKey(turn.memory.alert);
  const nextStepKeys = summary.nextStepKeys.flatMap((key) =>
    key === 'triage:nextSteps.dutyAlerted' ? (truth ? [truth] : []) : [key],
  );
  return { ...summary, nextStepKeys };
}

function serviceIds(result: ReturnType<Matcher['match']>): string[] {
  return unique([...result.crisis, ...result.suggestions].map((s) => s.service.id));
}
