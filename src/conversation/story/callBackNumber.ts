/**
 * The call-back number is asked only when something was escalated (issue 20, point 15): a duty
 * worker may need to ring back; nobody else does. Otherwise the question is passed over, blank.
 */
import { step, type Flow, type StepResult } from '../../flows';

export const CALL_BACK_QUESTION = 'contactNumber';

export function passOverCallBack(flow: Flow, result: StepResult, escalated: boolean, now: Date): StepResult {
  const asksNumber = result.outputs.some((o) => o.kind === 'question' && o.nodeId === CALL_BACK_QUESTION);
  const node = flow.nodeById.get(CALL_BACK_QUESTION);
  if (
    escalated ||
    !asksNumber ||
    result.state.nodeId !== CALL_BACK_QUESTION ||
    !node ||
    !('optional' in node) ||
    node.optional !== true
  )
    return result;
  const next = step(
    flow,
    result.state,
    { kind: 'card', nodeId: CALL_BACK_QUESTION, flowVersion: flow.version, values: [], runId: result.state.startedAt },
    now,
  );
  return {
    state: next.state,
    outputs: [
      ...result.outputs.filter((o) => !(o.kind === 'question' && o.nodeId === CALL_BACK_QUESTION)),
      ...next.outputs,
    ],
    events: [...result.events, ...next.events],
  };
}
