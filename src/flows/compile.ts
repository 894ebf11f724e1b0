/**
 * A validated flow definition plus what the interpreter needs at run time: nodes by id, and the
 * words (from every language's wording) that each choice answers to when typed.
 */
import { SUPPORTED_LOCALES } from '../i18n/locale';
import type { AnswerWords } from './answers';
import { SKIP_WORDS_KEY, SUMMARY_QUESTION, TYPED_WORDS_PREFIX } from './keys';
import { lookupKey, textsInAllLocales, type FlowResources } from './resources';
import { choicesOf, isQuestionNode, type FlowChoice, type FlowDefinition, type FlowNode } from './schema';
import { WELSH_TYPED_ANSWERS } from './welshAnswerWords';
import {
  compileWordList,
  normalizeWords,
  splitTypedWords,
  type ChoicePhrases,
  type ChoiceWords,
  type WordListEntry,
} from './words';

export interface Flow extends FlowDefinition {
  readonly nodeById: ReadonlyMap<string, FlowNode>;
  readonly words: AnswerWords;
  /** The flow's word lists in normal form, for `mentionsAny` conditions. */
  readonly compiledWordLists: Readonly<Record<string, readonly WordListEntry[]>>;
}

/** The pseudo-question at a summary node that asks which answer to change. */
export function editPickerId(summaryNodeId: string): string {
  return `${summaryNodeId}.edit`;
}

export const SUMMARY_CHOICES = [
  { value: 'confirm', label: SUMMARY_QUESTION.confirm },
  { value: 'change', label: SUMMARY_QUESTION.change },
] as const satisfies readonly FlowChoice[];

function typedWords(resources: FlowResources, value: string): string[] {
  const fromLocales = SUPPORTED_LOCALES.flatMap((locale) => {
    const list = lookupKey(resources[locale], `${TYPED_WORDS_PREFIX}.${value}`);
    return list ? splitTypedWords(list) : [];
  });
  return [...fromLocales, ...(WELSH_TYPED_ANSWERS[value] ?? []).map(normalizeWords)];
}

function wordsFor(choices: readonly FlowChoice[], resources: FlowResources): ChoiceWords {
  const words: Record<string, ChoicePhrases> = {};
  for (const choice of choices) {
    const labels = [...new Set(textsInAllLocales(resources, choice.label).map(normalizeWords).filter(Boolean))];
    const exact = [...labels, normalizeWords(choice.value.replace(/-/g, ' ')), ...typedWords(resources, choice.value)];
    words[choice.value] = { exact: [...new Set(exact.filter(Boolean))], labels };
  }
  return words;
}

/** What a typed answer is matched against: the node's choices, or the summary's own two. */
function answerChoicesOf(node: FlowNode): readonly FlowChoice[] | undefined {
  return node.kind === 'summary' ? SUMMARY_CHOICES : choicesOf(node);
}

export function compileFlow(definition: FlowDefinition, resources: FlowResources): Flow {
  const nodeById = new Map<string, FlowNode>(definition.nodes.map((node) => [node.id, node]));
  const choiceWords: Record<string, ChoiceWords> = {};
  // Answers that can be changed from a summary are picked by their short label.
  const labels: FlowChoice[] = definition.nodes
    .filter(isQuestionNode)
    .map((node) => ({ value: node.id, label: node.label }));
  const labelWords = wordsFor(labels, resources);
  for (const node of definition.nodes) {
    const choices = answerChoicesOf(node);
    if (choices) choiceWords[node.id] = wordsFor(choices, resources);
    if (node.kind === 'summary') choiceWords[editPickerId(node.id)] = labelWords;
  }
  const skipWords = SUPPORTED_LOCALES.flatMap((locale) =>
    splitTypedWords(lookupKey(resources[locale], SKIP_WORDS_KEY) ?? ''),
  );
  const compiledWordLists = Object.fromEntries(
    Object.entries(definition.wordLists ?? {}).map(([name, entries]) => [name, compileWordList(entries)]),
  );
  return { ...definition, nodeById, words: { choiceWords, skipWords }, compiledWordLists };
}
