/** The flows module: load and validate dialogs/, run a flow one step at a time, summarise a triage. */
export { loadFlows, FlowValidationError, type LoadFlowsOptions } from './loader';
export type { Flow } from './compile';
export type { FlowProblem } from './validate';
export { step, isCurrentVersion, currentQuestion, currentQuestionId, answeredQuestions, FlowRuntimeError } from './interpreter';
export type { FlowState, FlowInput, FlowOutput, FlowEvent, QuestionOutput, StepResult, AnswerValue } from './interpreter';
export { buildSummary, withAdditionalRisk, assessLevelOfNeed, chooseNextSteps, chooseReflectiveQuestions } from './summary';
export type { TriageSummary, SharedItem, SharedAnswer, TriageSignals, LevelOfNeedResult } from './summary';
export { parseFlowState, flowStateSchema } from './state';
export { TRIAGE_NAMESPACE, qualify } from './keys';
