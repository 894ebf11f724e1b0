/**
 * A tiny bot for web chat tests, independent of the real bot's logic: it reads each activity the
 * local Direct Line forwards to /api/messages and replies the way Bot Framework does — by POSTing
 * to `{serviceUrl}v3/conversations/{id}/activities/{replyToId}` — then answers 200.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody } from '../../../../src/channel/requestBody';

const account = z.looseObject({ id: z.string(), role: z.string().optional() });
const inbound = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  channelId: z.string(),
  serviceUrl: z.string(),
  from: account,
  recipient: account,
  conversation: z.object({ id: z.string() }),
  text: z.string().optional(),
  locale: z.string().optional(),
  value: z.unknown().optional(),
});
export type InboundActivity = z.infer<typeof inbound>;

export const WELCOME = { 'en-GB': 'Welcome to the stand-in bot', cy: 'Croeso i’r bot dros dro' } as const;

/** A card like the real bot's question cards: a heading, choices, plain, positive and destructive buttons. */
export const QUESTION_CARD = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'How long has this been going on?', wrap: true, style: 'heading' },
      { type: 'TextBlock', text: 'Choose the closest.', wrap: true, isSubtle: true },
      {
        type: 'Input.ChoiceSet',
        id: 'detail',
        label: 'How often',
        style: 'expanded',
        choices: [
          { title: 'Every day', value: 'daily' },
          { title: 'Most weeks', value: 'weekly' },
        ],
      },
    ],
    actions: [
      { type: 'Action.Submit', title: 'Less than a month', data: { answer: 'short' } },
      { type: 'Action.Submit', title: 'More than a month', data: { answer: 'long' }, style: 'positive' },
      { type: 'Action.Submit', title: 'Stop this report', data: { answer: 'cancel' }, style: 'destructive' },
    ],
  },
};

export type Behaviour = 'reply' | 'fail' | 'slow-fail';

export interface StandInBot {
  handleMessages: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Everything the bot received, in order. */
  readonly received: InboundActivity[];
  behaviour: Behaviour;
}

export function createStandInBot(): StandInBot {
  const bot: StandInBot = {
    received: [],
    behaviour: 'reply',
    async handleMessages(req, res) {
      const activity = inbound.parse(JSON.parse((await readBody(req, 1024 * 1024)).toString('utf8')));
      bot.received.push(activity);
      if (bot.behaviour !== 'reply') {
        res.statusCode = 500;
        return void res.end();
      }
      const locale = activity.locale === 'cy' ? 'cy' : 'en-GB';
      if (activity.type === 'conversationUpdate')
        await reply(activity, { type: 'message', text: WELCOME[locale], locale });
      else if (activity.type === 'message' && activity.value !== undefined) {
        const answer = z.object({ answer: z.string() }).safeParse(activity.value);
        await reply(activity, {
          type: 'message',
          text: `You chose ${answer.success ? answer.data.answer : 'nothing'}`,
          locale,
        });
      } else if (activity.type === 'message' && activity.text === 'card')
        await reply(activity, { type: 'message', attachments: [QUESTION_CARD], locale });
      else if (activity.type === 'message' && activity.text === 'update') {
        const sent = await reply(activity, { type: 'message', text: 'Claim this case', locale });
        await send(
          'PUT',
          `${activity.serviceUrl}v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${encodeURIComponent(sent)}`,
          {
            ...outgoing(activity),
            id: sent,
            type: 'message',
            text: 'Claimed',
          },
        );
      } else if (activity.type === 'message')
        await reply(activity, { type: 'message', text: `You said: ${activity.text ?? ''}`, locale });
      res.statusCode = 200;
      res.end();
    },
  };
  return bot;
}

function outgoing(to: InboundActivity) {
  return {
    from: to.recipient,
    recipient: to.from,
    conversation: to.conversation,
    channelId: to.channelId,
    serviceUrl: to.serviceUrl,
  };
}

async function reply(to: InboundActivity, fields: Record<string, unknown>): Promise<string> {
  const path = to.id !== undefined ? `/${encodeURIComponent(to.id)}` : '';
  return send('POST', `${to.serviceUrl}v3/conversations/${encodeURIComponent(to.conversation.id)}/activities${path}`, {
    ...outgoing(to),
    ...fields,
    replyToId: to.id,
  });
}

async function send(method: 'POST' | 'PUT', url: string, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The connector answered ${response.status} to ${method}`);
  return z.object({ id: z.string() }).parse(await response.json()).id;
}
