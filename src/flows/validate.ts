/**
 * The checks a flow must pass beyond its shape: every target exists, every node is reachable and
 * can reach an end, nothing loops without asking, every key has wording in every language, every
 * risk rule is known, and the answers the summary relies on have the values it expects.
 * Each problem names the file and the path inside it, so an editor can fix it in one go.
 */
import { SUPPORTED_LOCALES } from '../i18n/locale';
import { isAnswerRuleName } from '../risk';
import { answerRuleValues, isMultiAnswerRule } from '../risk/answerRules';
import { NEEDS } from '../signposting/needs';
import { lookupKey, type FlowResources } from './resources';
import {
  choicesOf,
  isQuestionNode,
  type Condition,
  type FlowDefinition,
  type FlowNode,
  type Next,
  type SimpleCondition,
  type SummaryField,
} from './schema';
import { CONSENT_VALUES, NATION_VALUES, REFLECTION_VALUES } from './summary';

export interface FlowProblem {
  file: string;
  /** Where in the file, e.g. `nodes[3].next[0].goto` (empty for the file as a whole). */
  path: string;
  message: string;
}

function targetsOf(next: Next): Array<{ path: string; id: string }> {
  if (typeof next === 'string') return [{ path: 'next', id: next }];
  return next.map((branch, index) => ({ path: `next[${index}].goto`, id: branch.goto }));
}

function conditionsOf(next: Next): Array<{ path: string; condition: Condition }> {
  if (typeof next === 'string') return [];
  return next.flatMap((branch, index) =>
    branch.when ? [{ path: `next[${index}].when`, condition: branch.when }] : [],
  );
}

function simpleParts(condition: Condition, path: string): Array<{ path: string; condition: SimpleCondition }> {
  if ('all' in condition)
    return condition.all.map((part, index) => ({ path: `${path}.all[${index}]`, condition: part }));
  if ('any' in condition)
    return condition.any.map((part, index) => ({ path: `${path}.any[${index}]`, condition: part }));
  return [{ path, condition }];
}

function keysOf(node: FlowNode): Array<{ path: string; key: string }> {
  const keys: Array<{ path: string; key: string }> = [];
  if (node.kind === 'info' || node.kind === 'end') keys.push({ path: 'message', key: node.message });
  if (isQuestionNode(node)) {
    keys.push({ path: 'prompt', key: node.prompt }, { path: 'label', key: node.label });
    if (node.hint) keys.push({ path: 'hint', key: node.hint });
  }
  const choiceField = node.kind === 'number' ? 'alternatives' : 'choices';
  (choicesOf(node) ?? []).forEach((choice, index) =>
    keys.push({ path: `${choiceField}[${index}].label`, key: choice.label }),
  );
  return keys;
}

function nextNodes(node: FlowNode): string[] {
  return node.kind === 'end' ? [] : targetsOf(node.next).map((target) => target.id);
}

/** Nodes that ask nothing: a loop made only of these would never wait for the person. */
function asksNothing(node: FlowNode): boolean {
  return node.kind === 'info' || node.kind === 'reflect' || (node.kind === 'summary' && !node.confirm);
}

/** Exact value sets the summary's rules rely on, per field. */
const FIELD_CONTRACTS: Partial<
  Record<
    SummaryField,
    {
      kinds: readonly FlowNode['kind'][];
      values?: readonly string[];
      allowed?: readonly string[];
      mustInclude?: readonly string[];
    }
  >
> = {
  needs: { kinds: ['multiChoice'], allowed: [...NEEDS, 'other'] },
  age: { kinds: ['number'] },
  nation: { kinds: ['choice'], values: NATION_VALUES },
  consent: { kinds: ['choice'], values: CONSENT_VALUES },
  communicationReflection: { kinds: ['reflect', 'choice'], values: REFLECTION_VALUES },
  involved: { kinds: ['multiChoice'], mustInclude: ['none'] },
  childWords: { kinds: ['text', 'reflect'] },
  observationText: { kinds: ['text'] },
};

export function validateFlow(definition: FlowDefinition, resources: FlowResources, file: string): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ file, path, message });
  const byId = new Map<string, FlowNode>();
  const indexOf = new Map<string, number>();
  definition.nodes.forEach((node, index) => {
    if (byId.has(node.id)) problem(`nodes[${index}].id`, `node id "${node.id}" is used more than once`);
    else {
      byId.set(node.id, node);
      indexOf.set(node.id, index);
    }
  });
  if (!byId.has(definition.start)) problem('start', `start node "${definition.start}" does not exist`);
  const wordLists = definition.wordLists ?? {};
  const fieldsSeen = new Map<SummaryField, string>();
  let dangling = 0;

  const checkCondition = (condition: Condition, path: string) => {
    for (const part of simpleParts(condition, path)) {
      const target = byId.get(part.condition.answer);
      if (!target || !isQuestionNode(target)) {
        problem(`${part.path}.answer`, `"${part.condition.answer}" is not a question in this flow`);
        continue;
      }
      const values = (choicesOf(target) ?? []).map((choice) => choice.value);
      const compared =
        'equals' in part.condition
          ? [part.condition.equals]
          : 'includesAny' in part.condition
            ? part.condition.includesAny
            : [];
      for (const value of compared) {
        const isNumberAnswer = target.kind === 'number' && typeof value === 'number';
        if (!isNumberAnswer && !values.includes(String(value)))
          problem(
            part.path,
            `"${String(value)}" is not a value of question "${target.id}" (values: ${values.join(', ') || 'none'})`,
          );
      }
      if ('mentionsAny' in part.condition) {
        if (!wordLists[part.condition.mentionsAny])
          problem(
            `${part.path}.mentionsAny`,
            `word list "${part.condition.mentionsAny}" is not in this flow's wordLists`,
          );
        const isText = target.kind === 'text' || (target.kind === 'reflect' && !target.choices);
        if (!isText)
          problem(
            `${part.path}.answer`,
            `mentionsAny needs a free-text question, but "${target.id}" is ${target.kind}`,
          );
      }
    }
  };

  definition.nodes.forEach((node, index) => {
    const at = `nodes[${index}]`;
    if (node.kind !== 'end') {
      for (const target of targetsOf(node.next)) {
        if (!byId.has(target.id)) {
          problem(`${at}.${target.path}`, `next node "${target.id}" does not exist`);
          dangling += 1;
        }
      }
      for (const { path, condition } of conditionsOf(node.next)) checkCondition(condition, `${at}.${path}`);
    }
    if (node.kind === 'reflect') checkCondition(node.when, `${at}.when`);
    for (const { path, key } of keysOf(node)) {
      for (const locale of SUPPORTED_LOCALES) {
        if (lookupKey(resources[locale], key) === undefined)
          problem(`${at}.${path}`, `key "${key}" has no wording in locales/${locale}/triage.json`);
      }
    }
    const choices = choicesOf(node) ?? [];
    const values = choices.map((choice) => choice.value);
    values.forEach((value, valueIndex) => {
      if (values.indexOf(value) !== valueIndex)
        problem(`${at}.choices[${valueIndex}].value`, `choice value "${value}" is used twice in "${node.id}"`);
    });
    if (node.kind === 'multiChoice') {
      for (const value of node.exclusive ?? [])
        if (!values.includes(value)) problem(`${at}.exclusive`, `"${value}" is not a choice of "${node.id}"`);
    }
    if ((node.kind === 'choice' || node.kind === 'multiChoice') && node.risk !== undefined) {
      if (!isAnswerRuleName(node.risk))
        problem(`${at}.risk`, `risk rule "${node.risk}" is not an answer rule in src/risk`);
      else {
        // The rule assesses exactly these values; a choice it does not know would be an unassessed risk.
        const expected = answerRuleValues(node.risk);
        if (values.length !== expected.length || expected.some((value) => !values.includes(value))) {
          problem(
            `${at}.choices`,
            `risk rule "${node.risk}" needs exactly the values ${expected.join(', ')} (found ${values.join(', ')})`,
          );
        }
        const multi = isMultiAnswerRule(node.risk);
        if (multi !== (node.kind === 'multiChoice'))
          problem(
            `${at}.kind`,
            `risk rule "${node.risk}" takes ${multi ? 'several values: use multiChoice' : 'one value: use choice'}`,
          );
      }
      // A missed risk is the worst failure: risk questions always need an answer.
      if (node.optional) problem(`${at}.optional`, `risk question "${node.id}" must not be optional`);
    }
    if (node.kind === 'number' && node.min > node.max)
      problem(`${at}.min`, `min ${node.min} is greater than max ${node.max}`);
    if (isQuestionNode(node) && node.field) {
      const earlier = fieldsSeen.get(node.field);
      if (earlier) problem(`${at}.field`, `field "${node.field}" is already given by "${earlier}"`);
      fieldsSeen.set(node.field, node.id);
      const contract = FIELD_CONTRACTS[node.field];
      if (contract) {
        if (!contract.kinds.includes(node.kind))
          problem(`${at}.field`, `field "${node.field}" needs a ${contract.kinds.join(' or ')} node`);
        if (
          contract.values &&
          (values.length !== contract.values.length || contract.values.some((value) => !values.includes(value)))
        ) {
          problem(`${at}.choices`, `field "${node.field}" needs exactly the values ${contract.values.join(', ')}`);
        }
        const allowed = contract.allowed;
        if (allowed)
          for (const value of values)
            if (!allowed.includes(value))
              problem(`${at}.choices`, `"${value}" is not a need category (src/signposting/needs.ts)`);
        for (const value of contract.mustInclude ?? [])
          if (!values.includes(value)) problem(`${at}.choices`, `field "${node.field}" needs a "${value}" choice`);
      }
    }
  });

  // With a missing target the graph checks below would only repeat that problem in other words.
  if (dangling > 0 || !byId.has(definition.start)) return problems;

  // Reachability from the start.
  const reachable = new Set<string>();
  const queue = byId.has(definition.start) ? [definition.start] : [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reachable.has(id)) continue;
    reachable.add(id);
    const node = byId.get(id);
    if (node) for (const next of nextNodes(node)) if (byId.has(next) && !reachable.has(next)) queue.push(next);
  }
  for (const [id, node] of byId) {
    if (!reachable.has(id))
      problem(
        `nodes[${indexOf.get(id)}]`,
        `node "${id}" (${node.kind}) cannot be reached from start "${definition.start}"`,
      );
  }

  // Every path ends: from every reachable node an end node can be reached (no dead end, no cycle without exit).
  const canEnd = new Set<string>([...byId.values()].filter((node) => node.kind === 'end').map((node) => node.id));
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, node] of byId) {
      if (!canEnd.has(id) && nextNodes(node).some((next) => canEnd.has(next))) {
        canEnd.add(id);
        changed = true;
      }
    }
  }
  if (canEnd.size === 0) problem('nodes', 'the flow has no end node');
  for (const id of reachable) {
    if (!canEnd.has(id))
      problem(
        `nodes[${indexOf.get(id)}]`,
        `from node "${id}" no path leads to an end (a dead end or a cycle without exit)`,
      );
  }

  // No loop may consist only of nodes that ask nothing: the interpreter would never stop.
  const state = new Map<string, 'visiting' | 'done'>();
  const reportedLoops = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    state.set(id, 'visiting');
    const node = byId.get(id);
    for (const next of node ? nextNodes(node) : []) {
      const nextNode = byId.get(next);
      if (!nextNode || !asksNothing(nextNode)) continue;
      if (state.get(next) === 'visiting') {
        const loop = [...trail.slice(trail.indexOf(next)), next].join(' → ');
        if (!reportedLoops.has(loop))
          problem(`nodes[${indexOf.get(next)}]`, `the nodes ${loop} loop without asking a question`);
        reportedLoops.add(loop);
      } else if (!state.has(next)) visit(next, [...trail, next]);
    }
    state.set(id, 'done');
  };
  for (const [id, node] of byId) if (asksNothing(node) && !state.has(id)) visit(id, [id]);

  return problems;
}
