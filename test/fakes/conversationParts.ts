/**
 * Recording fakes of the conversation's inner parts (the flow runner and the risk response) and a
 * matcher that returns nothing, so the command table and the flow runner are tested alone.
 */
import type { FlowInput } from '../../src/flows';
import type { FlowRunner } from '../../src/conversation/flowRunner';
import type { ConversationMemory, IncomingTurn } from '../../src/conversation/model';
import type { RiskResponse, RiskHow } from '../../src/conversation/riskResponse';
import { emptyMemory } from '../../src/conversation/model';
import type { Turn } from '../../src/conversation/turn';
import type { EscalationLevel } from '../../src/escalation/model';
import type { SupportedLocale } from '../../src/i18n/locale';
import type { RiskAssessment } from '../../src/risk';
import type { Matcher, SignpostingQuery } from '../../src/signposting/matcher';

type FlowCall =
  | { call: 'startFlow'; flowId: string }
  | { call: 'startSignposting' }
  | { call: 'flowStep'; input: FlowInput }
  | { call: 'repeatQuestion' };

/** The flow runner's entry points the command table uses, recorded instead of run. */
export class RecordingFlowRunner implements Pick<
  FlowRunner,
  'startFlow' | 'startSignposting' | 'flowStep' | 'repeatQuestion'
> {
  readonly calls: FlowCall[] = [];

  async startFlow(_turn: Turn, flowId: string): Promise<void> {
    this.calls.push({ call: 'startFlow', flowId });
  }

  async startSignposting(): Promise<void> {
    this.calls.push({ call: 'startSignposting' });
  }

  async flowStep(_turn: Turn, input: FlowInput): Promise<void> {
    this.calls.push({ call: 'flowStep', input });
  }

  async repeatQuestion(): Promise<void> {
    this.calls.push({ call: 'repeatQuestion' });
  }
}

/** The risk response's actions the flow runner takes, recorded instead of escalated. */
export class RecordingRiskResponse implements Pick<RiskResponse, 'actOnRisk' | 'escalate'> {
  readonly acted: { assessment: RiskAssessment; how: RiskHow }[] = [];
  readonly escalated: { level: EscalationLevel; how: RiskHow }[] = [];

  async actOnRisk(_turn: Turn, assessment: RiskAssessment, how: RiskHow): Promise<void> {
    this.acted.push({ assessment, how });
  }

  async escalate(_turn: Turn, level: EscalationLevel, _assessment: RiskAssessment, how: RiskHow): Promise<void> {
    this.escalated.push({ level, how });
  }
}

/** A directory with nothing in it, which remembers what it was asked. */
export class RecordingMatcher implements Matcher {
  readonly queries: SignpostingQuery[] = [];
  readonly size = 0;

  match(query: SignpostingQuery): ReturnType<Matcher['match']> {
    this.queries.push(query);
    return { outOfHours: false, notices: [], crisis: [], suggestions: [] };
  }
}

/** A turn in progress for a person, with a fresh memory unless one is given. */
export function turnFor(
  input: IncomingTurn,
  options: { memory?: ConversationMemory; locale?: SupportedLocale } = {},
): Turn {
  return { input, locale: options.locale ?? 'en-GB', memory: options.memory ?? emptyMemory(), replies: [] };
}
