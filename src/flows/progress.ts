/**
 * Where the conversation goes next, and how many questions are likely left. The likely path
 * follows each branch as the answers so far decide it; a branch on a question not yet answered
 * takes its default, so the count can grow (e.g. eating questions once eating is ticked) but the
 * index never passes the total.
 */
import type { Flow } from './compile';
import { holds, type ConditionContext } from './conditions';
import type { AnswerValue } from './answers';
import { isQuestionNode, type FlowNode, type Next } from './schema';

export function conditionContext(flow: Flow, answers: Readonly<Record<string, AnswerValue>>): ConditionContext {
  return { answers, wordLists: flow.compiledWordLists };
}

export function resolveNext(next: Next, context: ConditionContext): string {
  if (typeof next === 'string') return next;
  for (const branch of next) {
    if (!branch.when || holds(branch.when, context)) return branch.goto;
  }
  // The schema requires a final default branch, so this is unreachable for a validated flow.
  return next[next.length - 1].goto;
}

export function nextOf(node: FlowNode): Next | undefined {
  return node.kind === 'end' ? undefined : node.next;
}

/** A reflect node is only asked when its condition holds; every other question is always asked. */
export function isAsked(node: FlowNode, context: ConditionContext): boolean {
  if (!isQuestionNode(node)) return false;
  return node.kind !== 'reflect' || holds(node.when, context);
}

/** Questions from `fromNodeId` (included) to the summary or end along the likely path. */
export function remainingQuestions(flow: Flow, fromNodeId: string, context: ConditionContext): number {
  const visited = new Set<string>();
  let count = 0;
  let id: string | undefined = fromNodeId;
  while (id !== undefined && !visited.has(id)) {
    visited.add(id);
    const node = flow.nodeById.get(id);
    if (!node || node.kind === 'summary' || node.kind === 'end') break;
    if (isAsked(node, context)) count += 1;
    id = resolveNext(node.next, context);
  }
  return count;
}

/** "Question index of total": index counts the questions already on the path, plus this one. */
export function progressAt(
  flow: Flow,
  nodeId: string,
  path: readonly string[],
  context: ConditionContext,
): { index: number; total: number } {
  const asked = new Set(
    path.filter((id) => {
      const node = flow.nodeById.get(id);
      return node !== undefined && isQuestionNode(node);
    }),
  );
  asked.delete(nodeId);
  const index = asked.size + 1;
  const total = asked.size + Math.max(1, remainingQuestions(flow, nodeId, context));
  return { index, total };
}
