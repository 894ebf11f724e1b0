/**
 * The shape of a conversation flow file (dialogs/*.flow.json): a closed set of node kinds, i18n
 * keys instead of prose, and tiny declarative conditions. A safeguarding lead reviews a flow as
 * a diff, so nothing here can hold code or an expression language.
 *
 * Keys in a flow are relative to the `triage` i18next namespace (locales/<lng>/triage.json);
 * the interpreter qualifies them (`triage:…`) in what it outputs.
 */
import { z } from 'zod';

/** Node ids are code-like so that a typo is obvious and they can never clash with generated ids. */
export const nodeIdSchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'a node id is camelCase letters and digits, e.g. "selfHarm"')
  .meta({ id: 'NodeId', description: 'A node id, unique in the flow (camelCase).' });

/** Relative i18n key in the triage namespace, e.g. "q.selfHarm.prompt". */
export const i18nKeySchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*(\.[a-zA-Z0-9][A-Za-z0-9-]*)+$/, 'an i18n key is dotted, e.g. "q.role.prompt"')
  .meta({ id: 'I18nKey', description: 'An i18n key in locales/<lng>/triage.json (never prose).' });

/** Choice values travel in card data and are joined with commas by multi-select inputs. */
export const choiceValueSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a choice value is lower-case words joined by hyphens, e.g. "part-time"')
  .meta({ id: 'ChoiceValue', description: 'Sent back by cards; lower-case words joined by hyphens.' });

export const RECORD_PARTS = ['observation', 'childWords', 'opinion', 'context', 'reporter', 'child'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];
export const recordPartSchema = z.enum(RECORD_PARTS).meta({
  id: 'RecordPart',
  description:
    "Which part of the record the answer belongs to; observations, the child's words and opinions are kept apart.",
});

/**
 * Fields give an answer a meaning the summary relies on, so the summary never depends on node ids.
 * `needs` must offer need categories from src/signposting/needs.ts.
 */
export const SUMMARY_FIELDS = [
  'needs',
  'age',
  'nation',
  'childReference',
  'role',
  'organisation',
  'contactNumber',
  'observationText',
  'duration',
  'frequency',
  'involved',
  'inPlace',
  'childWords',
  'consent',
  'communicationReflection',
] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

export const choiceSchema = z
  .strictObject({
    value: choiceValueSchema,
    label: i18nKeySchema,
  })
  .meta({ id: 'Choice' });
export type FlowChoice = z.infer<typeof choiceSchema>;

// Conditions: one answer compared with literal values. `all` / `any` combine simple conditions one level deep.
const equalsCondition = z
  .strictObject({ answer: nodeIdSchema, equals: z.union([choiceValueSchema, z.number()]) })
  .describe('True when the answer to `answer` is exactly this value.');
const includesAnyCondition = z
  .strictObject({ answer: nodeIdSchema, includesAny: z.array(choiceValueSchema).min(1) })
  .describe('True when the answer (one choice, or any of several) is one of these values.');
const mentionsAnyCondition = z
  .strictObject({ answer: nodeIdSchema, mentionsAny: z.string().regex(/^[a-z][A-Za-z0-9]*$/) })
  .describe('True when a free-text answer mentions a word or phrase from the named word list of this flow.');
const answeredCondition = z
  .strictObject({ answer: nodeIdSchema, answered: z.literal(true) })
  .describe("True when the question already has an answer (e.g. from the person's own account).");
export const simpleConditionSchema = z
  .union([equalsCondition, includesAnyCondition, mentionsAnyCondition, answeredCondition])
  .meta({ id: 'SimpleCondition' });
export type SimpleCondition = z.infer<typeof simpleConditionSchema>;
export const conditionSchema = z
  .union([
    simpleConditionSchema,
    z.strictObject({ all: z.array(simpleConditionSchema).min(1) }).describe('True when every condition holds.'),
    z.strictObject({ any: z.array(simpleConditionSchema).min(1) }).describe('True when at least one condition holds.'),
  ])
  .meta({ id: 'Condition' });
export type Condition = z.infer<typeof conditionSchema>;

export const branchSchema = z.strictObject({
  when: conditionSchema.optional(),
  goto: nodeIdSchema,
});
export type Branch = z.infer<typeof branchSchema>;

/** Either one node id, or branches tried in order where the last one (without `when`) is the default. */
export const nextSchema = z
  .union([
    nodeIdSchema,
    z
      .array(branchSchema)
      .min(1)
      .superRefine((branches, ctx) => {
        branches.forEach((branch, index) => {
          const isLast = index === branches.length - 1;
          if (isLast && branch.when)
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: 'the last branch is the default: it must have no "when"',
            });
          if (!isLast && !branch.when)
            ctx.addIssue({ code: 'custom', path: [index], message: 'only the last branch may omit "when"' });
        });
      }),
  ])
  .meta({
    id: 'Next',
    description: 'The next node: an id, or a list of {when, goto} branches ending with a default {goto}.',
  });
export type Next = z.infer<typeof nextSchema>;

const questionBase = {
  id: nodeIdSchema,
  prompt: i18nKeySchema.describe('The question.'),
  label: i18nKeySchema.describe('A short name for the answer, used in the summary and the "change an answer" list.'),
  hint: i18nKeySchema.optional(),
  optional: z.boolean().optional().describe('The person may leave it blank.'),
  record: recordPartSchema,
  field: z.enum(SUMMARY_FIELDS).optional(),
  next: nextSchema,
};

/** Answer rules in src/risk; the loader checks each name with isAnswerRuleName. */
const riskRuleSchema = z
  .string()
  .regex(/^[a-z][A-Za-z]*$/)
  .describe('The name of an answer rule in src/risk.');

export const choiceNodeSchema = z
  .strictObject({
    kind: z.literal('choice'),
    ...questionBase,
    choices: z.array(choiceSchema).min(2),
    risk: riskRuleSchema.optional(),
  })
  .meta({ id: 'ChoiceNode' });

export const multiChoiceNodeSchema = z
  .strictObject({
    kind: z.literal('multiChoice'),
    ...questionBase,
    choices: z.array(choiceSchema).min(2),
    /** Values that mean "none of these": dropped when chosen with others, so a real answer is never lost. */
    exclusive: z.array(choiceValueSchema).optional(),
    risk: riskRuleSchema.optional(),
  })
  .meta({ id: 'MultiChoiceNode' });

export const textNodeSchema = z
  .strictObject({
    kind: z.literal('text'),
    ...questionBase,
    maxLength: z.number().int().min(1).max(4000).optional(),
    /** `reference`: initials or a reference, never a full name. `phone`: a number to call back. */
    format: z.enum(['reference', 'phone']).optional(),
  })
  .meta({ id: 'TextNode' });

export const numberNodeSchema = z
  .strictObject({
    kind: z.literal('number'),
    ...questionBase,
    min: z.number().int(),
    max: z.number().int(),
    /** Named alternatives to a number, e.g. year groups; typed words match their labels. */
    alternatives: z.array(choiceSchema).optional(),
  })
  .meta({ id: 'NumberNode' });

export const infoNodeSchema = z
  .strictObject({
    kind: z.literal('info'),
    id: nodeIdSchema,
    message: i18nKeySchema,
    next: nextSchema,
  })
  .meta({ id: 'InfoNode' });

/** A reflective question, asked only when `when` holds; otherwise the conversation moves straight on. */
export const reflectNodeSchema = z
  .strictObject({
    kind: z.literal('reflect'),
    ...questionBase,
    when: conditionSchema,
    choices: z.array(choiceSchema).min(2).optional().describe('Without choices the reflection is free text.'),
  })
  .meta({ id: 'ReflectNode' });

export const summaryNodeSchema = z
  .strictObject({
    kind: z.literal('summary'),
    id: nodeIdSchema,
    /** `triage`: the full summary with a level of need. `signposting`: the glue shows signposting for it. */
    purpose: z.enum(['triage', 'signposting']),
    /** Ask "looks right, log it / change an answer" before completing (false: complete at once). */
    confirm: z.boolean(),
    next: nextSchema,
  })
  .meta({ id: 'SummaryNode' });

export const endNodeSchema = z
  .strictObject({
    kind: z.literal('end'),
    id: nodeIdSchema,
    message: i18nKeySchema,
  })
  .meta({ id: 'EndNode' });

export const flowNodeSchema = z.discriminatedUnion('kind', [
  choiceNodeSchema,
  multiChoiceNodeSchema,
  textNodeSchema,
  numberNodeSchema,
  infoNodeSchema,
  reflectNodeSchema,
  summaryNodeSchema,
  endNodeSchema,
]);
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type ChoiceNode = z.infer<typeof choiceNodeSchema>;
export type MultiChoiceNode = z.infer<typeof multiChoiceNodeSchema>;
export type TextNode = z.infer<typeof textNodeSchema>;
export type NumberNode = z.infer<typeof numberNodeSchema>;
export type InfoNode = z.infer<typeof infoNodeSchema>;
export type ReflectNode = z.infer<typeof reflectNodeSchema>;
export type SummaryNode = z.infer<typeof summaryNodeSchema>;
export type EndNode = z.infer<typeof endNodeSchema>;
export type QuestionNode = ChoiceNode | MultiChoiceNode | TextNode | NumberNode | ReflectNode;

export function isQuestionNode(node: FlowNode): node is QuestionNode {
  return (
    node.kind === 'choice' ||
    node.kind === 'multiChoice' ||
    node.kind === 'text' ||
    node.kind === 'number' ||
    node.kind === 'reflect'
  );
}

/** Word lists for `mentionsAny`, in any language the person may type; "stem*" matches any word starting with "stem". */
export const wordListSchema = z.array(z.string().min(2)).min(1);

export const flowDefinitionSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z
      .number()
      .int()
      .min(1)
      .describe('Raise it whenever nodes change: conversations on an older version restart.'),
    start: nodeIdSchema,
    wordLists: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), wordListSchema).optional(),
    nodes: z.array(flowNodeSchema).min(1),
  })
  .meta({
    title: 'Early Help Navigator conversation flow',
    description: 'A flow in dialogs/: i18n keys only, validated at start-up.',
  });
export type FlowDefinition = z.infer<typeof flowDefinitionSchema>;

/** The choices a node offers a person (a number node's word alternatives included); none for text. */
export function choicesOf(node: FlowNode): readonly FlowChoice[] | undefined {
  switch (node.kind) {
    case 'choice':
    case 'multiChoice':
    case 'reflect':
      return node.choices;
    case 'number':
      return node.alternatives;
    default:
      return undefined;
  }
}
