/** Evaluates the tiny declarative conditions of a flow against the answers given so far. */
import type { Condition, SimpleCondition } from './schema';
import type { AnswerValue } from './answers';
import { mentionsAny, type WordListEntry } from './words';

export interface ConditionContext {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly wordLists: Readonly<Record<string, readonly WordListEntry[]>>;
}

function holdsSimple(condition: SimpleCondition, context: ConditionContext): boolean {
  const answer = context.answers[condition.answer];
  // An unanswered (or skipped) question satisfies no condition: the default branch is taken.
  if (answer === undefined) return false;
  if ('answered' in condition) return true;
  if ('equals' in condition) return answer === condition.equals;
  if ('includesAny' in condition) {
    const given = Array.isArray(answer) ? answer : [String(answer)];
    return given.some((value) => condition.includesAny.includes(value));
  }
  const list = context.wordLists[condition.mentionsAny] ?? [];
  return typeof answer === 'string' && mentionsAny(answer, list);
}

export function holds(condition: Condition, context: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((part) => holdsSimple(part, context));
  if ('any' in condition) return condition.any.some((part) => holdsSimple(part, context));
  return holdsSimple(condition, context);
}
