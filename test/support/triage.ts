/**
 * Drives a whole triage through a running bot, answering each question the card asks by pressing
 * its button or typing, from a plan keyed by question id (as the triage transcripts do).
 */
import type { ConnectorActivity } from './connectorStandIn';
import { actionsOf, cardsOf, type CardActionJson, type Conversation, type Exchange } from './conversationDriver';

export type Answer = { choose: string[] } | { type: string } | { skip: true };

/** A low-risk case: anxiety and school avoidance, nothing disclosed. */
export const LOW_RISK_CASE: Readonly<Record<string, Answer>> = {
  immediateDanger: { choose: ['no'] },
  role: { choose: ['teacher'] },
  organisation: { type: 'Exampleshire High' },
  contactNumber: { type: '01632 960 111' },
  childReference: { type: 'J.B.' },
  age: { type: '13' },
  area: { choose: ['england'] },
  needs: { choose: ['anxiety-low-mood', 'attendance-ebsa'] },
  noticed: { type: 'Has missed 9 days this half term, says she feels sick before school.' },
  duration: { choose: ['weeks-often'] },
  deterioration: { choose: ['worse'] },
  education: { choose: ['persistent-absence'] },
  homeContext: { choose: ['changes'] },
  selfHarm: { choose: ['none'] },
  suicidalThoughts: { choose: ['none'] },
  harmDisclosure: { choose: ['none'] },
  exploitation: { choose: ['none'] },
  missing: { choose: ['no'] },
  eating: { choose: ['none'] },
  involved: { choose: ['none'] },
  childWords: { type: 'I just feel sick when I think about school.' },
  consent: { choose: ['aware-consents'] },
  communication: { choose: ['considered'] },
  summary: { choose: ['confirm'] },
};

export interface Question {
  nodeId: string;
  action: CardActionJson;
}

/** The last triage question among some replies: the card whose button answers it. */
export function lastQuestion(replies: ConnectorActivity[]): Question | undefined {
  for (const reply of [...replies].reverse()) {
    for (const card of cardsOf(reply)) {
      const action = actionsOf(card).find((a) => a.data?.verb === 'triage.answer');
      if (action && typeof action.data.nodeId === 'string') return { nodeId: action.data.nodeId, action };
      // The safety questions' card: its first question (pressed with that answer alone, the rest follow one by one).
      const group = actionsOf(card).find((a) => a.data?.verb === 'triage.safety');
      if (group && typeof group.data.nodes === 'string')
        return { nodeId: group.data.nodes.split(',')[0], action: group };
    }
  }
  return undefined;
}

/** The story's confirm card among some replies, with every input as it stands (accepting what the bot read). */
export function storyConfirmOf(
  replies: ConnectorActivity[],
): { action: CardActionJson; inputs: Record<string, unknown> } | undefined {
  for (const card of replies.flatMap(cardsOf)) {
    const action = actionsOf(card).find((a) => a.data?.verb === 'story.confirm');
    if (!action) continue;
    const inputs: Record<string, unknown> = {};
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const element = value as Record<string, unknown>;
        if (
          typeof element.type === 'string' &&
          element.type.startsWith('Input.') &&
          typeof element.id === 'string' &&
          element.value !== undefined
        )
          inputs[element.id] = element.value;
        Object.values(element).forEach(walk);
      }
    };
    walk(card.body);
    return { action, inputs };
  }
  return undefined;
}

export function answer(c: Conversation, q: Question, a: Answer, typed: boolean): Promise<Exchange> {
  if (!typed && q.action.data.verb === 'triage.safety')
    return c.press(
      q.action,
      'skip' in a
        ? {}
        : 'type' in a
          ? { [`${q.nodeId}.text`]: a.type }
          : { [`${q.nodeId}.choice`]: a.choose.join(',') },
    );
  if ('skip' in a) return typed ? c.say('skip') : c.press(q.action, {});
  if ('type' in a) return typed ? c.say(a.type) : c.press(q.action, { answerText: a.type });
  return typed ? c.say(a.choose.join(', ')) : c.press(q.action, { answerChoice: a.choose.join(',') });
}

export interface TriageRun {
  all: ConnectorActivity[];
  asked: string[];
  /** The last exchange (after the question `stopBefore`, when given, was asked). */
  last: Exchange;
}

/**
 * Answers every question from the plan, starting with the one asked in `from`, until none is
 * asked or the question `stopBefore` is asked (left unanswered). Throws when a question has no
 * planned answer or an answer is not accepted with 200.
 */
export async function continueTriage(
  c: Conversation,
  from: Exchange,
  answers: Readonly<Record<string, Answer>>,
  options: { typed?: boolean; stopBefore?: string } = {},
): Promise<TriageRun> {
  const all: ConnectorActivity[] = [...from.replies];
  const asked: string[] = [];
  let last = from;
  for (let i = 0; i < 60; i++) {
    // What they saw or heard is read like an opening account (issue 17): its confirm card is accepted as it stands.
    const confirm = storyConfirmOf(last.replies);
    if (confirm) {
      last = await c.press(confirm.action, confirm.inputs);
      if (last.status !== 200) throw new Error(`story confirm answered ${last.status}`);
      all.push(...last.replies);
      continue;
    }
    const q = lastQuestion(last.replies);
    if (!q || q.nodeId === options.stopBefore) break;
    asked.push(q.nodeId);
    const planned = answers[q.nodeId];
    if (!planned) throw new Error(`no answer planned for question ${q.nodeId}`);
    // Several choices are pressed on the card even when typing: the typed list is ambiguous.
    last = await answer(c, q, planned, (options.typed ?? false) && q.nodeId !== 'needs');
    if (last.status !== 200) throw new Error(`question ${q.nodeId} answered ${last.status}`);
    all.push(...last.replies);
  }
  return { all, asked, last };
}

/** Starts a report ("start") and answers it from the plan (see continueTriage). */
export async function runTriage(
  c: Conversation,
  answers: Readonly<Record<string, Answer>>,
  options: { typed?: boolean; stopBefore?: string } = {},
): Promise<TriageRun> {
  return continueTriage(c, await c.say('start'), answers, options);
}
