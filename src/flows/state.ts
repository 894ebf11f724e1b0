/**
 * The persisted conversation state, validated when read back from storage: a stored value is a
 * boundary like any other, and a damaged one must restart the triage, not crash it.
 */
import { z } from 'zod';
import type { FlowState } from './interpreter';

const answerValueSchema = z.union([z.string(), z.array(z.string()), z.number()]);

export const flowStateSchema = z.object({
  flowId: z.string(),
  flowVersion: z.number().int(),
  nodeId: z.string(),
  answers: z.record(z.string(), answerValueSchema),
  path: z.array(z.string()),
  startedAt: z.string(),
  completed: z.boolean(),
  stage: z.literal('pickEdit').optional(),
  fastForward: z.object({ seen: z.array(z.string()) }).optional(),
});

/** The stored state, or undefined when it is missing or not a flow state (the glue then starts afresh). */
export function parseFlowState(value: unknown): FlowState | undefined {
  const parsed = flowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
