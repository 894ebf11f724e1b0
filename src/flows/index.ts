/**
 * The flows module: validate a flow, run it one step at a time, summarise a triage (src/files/flows.ts reads them from
 * disk).
 */
export type { Flow } from './compile';
export type { FlowProblem } from './validate';
export {
  step,
  isCurrentVersion,
  isTypedChoice,
  currentQuestion,
  currentQuestionId,
  answeredQuestions,
  questionFor,
  readAnswer,
  FlowRuntimeError,
} from './interpreter';
export type {
  FlowState,
  FlowInput,
  FlowOutput,
  FlowEvent,
  QuestionOutput,
  StepResult,
  AnswerValue,
} from './interpreter';
export {
  buildSummary,
  withAdditionalRisk,
  assessLevelOfNeed,
  chooseNextSteps,
  chooseReflectiveQuestions,
} from './summary';
export type { TriageSummary, SharedItem, SharedAnswer, TriageSignals, LevelOfNeedResult } from './summary';
export { parseFlowState, flowStateSchema } from './state';
export { TRIAGE_NAMESPACE, qualify } from './keys';
