/**
 * A Direct Line 3.0 compatible service for local development, on the bot's own server: the
 * browser side (/v3/directline/...: tokens, conversations, activities with watermark polling)
 * and the connector side the bot replies to (/v3/conversations/...). Polling only — Web Chat
 * must be given `webSocket: false`. Registered only when no app id is configured.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'restify';
import { z } from 'zod';
import { toSupportedLocale } from '../../i18n/locale';
import { AppError } from '../../observability/errors';
import { safeError, type Logger } from '../../observability/logger';
import { MAX_ACTIVITY_BYTES } from '../inboundActivity';
import { ConversationStore, type Conversation, type StoredActivity } from './conversations';
import { forwardToBot } from './forwardToBot';
import { bearerToken, isLoopback, readJson, sendError, sendJson } from './http';
import {
  DEVELOPMENT_ORGANISATION_ID,
  isWebChatUserId,
  newWebChatUserId,
  RETURNING_KEY_PATTERN,
  returningWebChatUserId,
} from './identity';

export const DIRECT_LINE_PATH = '/v3/directline';
export const WEB_CHAT_CHANNEL_ID = 'webchat';
/** How the local bot appears in the transcript (Azure uses the bot's handle). */
export const LOCAL_BOT_ACCOUNT = { id: 'early-help-navigator', role: 'bot' } as const;

export interface LocalDirectLineOptions {
  logger: Logger;
  botMessagesUrl: () => string;
  now: () => number;
  idleMs?: number;
  tokenTtlMs?: number;
  maxConversations?: number;
  maxActivities?: number;
  forwardTimeoutMs?: number;
}

const CLIENT_BODY_LIMIT = 64 * 1024;

const generateBody = z.object({
  user: z.object({ id: z.string().max(128) }).optional(),
  /** The page's returning-reporter key (not part of Azure's API: the production token endpoint takes it). */
  returningKey: z.string().regex(RETURNING_KEY_PATTERN).optional(),
});
const startBody = z.object({ locale: z.string().max(64).optional() });
/** What a browser may say in an activity; anything else (from, attachments, serviceUrl) is dropped. */
const clientActivity = z.object({
  type: z.enum(['message', 'event']),
  text: z.string().max(10_000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(64).optional(),
  value: z.unknown().optional(),
  name: z.string().max(256).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  replyToId: z.string().max(512).optional(),
});
const botActivity = z.looseObject({ type: z.string().min(1).max(64) });

export function registerLocalDirectLine(server: Server, options: LocalDirectLineOptions): ConversationStore {
  const { logger, now } = options;
  const store = new ConversationStore({
    now,
    idleMs: options.idleMs ?? 30 * 60_000,
    tokenTtlMs: options.tokenTtlMs ?? 60 * 60_000,
    maxConversations: options.maxConversations ?? 500,
    maxActivities: options.maxActivities ?? 1000,
  });
  const forwardTimeoutMs = options.forwardTimeoutMs ?? 30_000;
  const serviceUrl = () => `${new URL(options.botMessagesUrl()).origin}/`;

  /** The conversation the bearer token opens, if it may open `conversationId`; otherwise answers 401/403. */
  function authorise(req: IncomingMessage, res: ServerResponse, conversationId?: string): Conversation | undefined {
    const token = bearerToken(req);
    if (token === undefined) return void sendError(res, 'UNAUTHENTICATED');
    const conversation = store.byToken(token);
    // 403 is what Direct Line answers for a bad or expired token; its clients then stop or refresh.
    if (conversation === undefined || (conversationId !== undefined && conversation.id !== conversationId))
      return void sendError(res, 'FORBIDDEN');
    store.touch(conversation);
    return conversation;
  }

  function conversationReply(conversation: Conversation, token: string) {
    return { conversationId: conversation.id, token, expires_in: store.tokenExpiresInSeconds(token) };
  }

  function toBot(conversation: Conversation, fields: Record<string, unknown>): Record<string, unknown> {
    return {
      ...fields,
      channelId: WEB_CHAT_CHANNEL_ID,
      serviceUrl: serviceUrl(),
      timestamp: new Date(now()).toISOString(),
      from: { id: conversation.userId, role: 'user' },
      recipient: LOCAL_BOT_ACCOUNT,
      conversation: { id: conversation.id },
      ...(conversation.locale !== undefined && fields.locale === undefined ? { locale: conversation.locale } : {}),
    };
  }

  const guarded =
    (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
    async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      try {
        await handler(req, res);
      } catch (err) {
        const error = err instanceof AppError ? err : new AppError('TURN_FAILED', { cause: err });
        if (error.fault === 'server') logger.error({ event: 'webchat.directline.failed', err: safeError(err) });
        if (!res.headersSent) sendError(res, error.code);
      }
    };

  // ---- the browser's side ----

  server.post(
    `${DIRECT_LINE_PATH}/tokens/generate`,
    guarded(async (req, res) => {
      const body = await readJson(req, CLIENT_BODY_LIMIT, generateBody);
      const requested = body?.user?.id;
      if (body === undefined || (requested !== undefined && !isWebChatUserId(requested)))
        return sendError(res, 'BAD_ACTIVITY');
      const returning = body.returningKey
        ? returningWebChatUserId(DEVELOPMENT_ORGANISATION_ID, body.returningKey)
        : undefined;
      const { conversation, token } = store.create(
        requested ?? returning ?? newWebChatUserId(DEVELOPMENT_ORGANISATION_ID),
      );
      sendJson(res, 200, {
        conversationId: conversation.id,
        token: token.token,
        expires_in: token.expiresInSeconds,
        userId: conversation.userId,
      });
    }),
  );

  server.post(
    `${DIRECT_LINE_PATH}/tokens/refresh`,
    guarded(async (req, res) => {
      const conversation = authorise(req, res);
      if (conversation === undefined) return;
      const token = store.issueToken(conversation);
      sendJson(res, 200, { conversationId: conversation.id, token: token.token, expires_in: token.expiresInSeconds });
    }),
  );

  server.post(
    `${DIRECT_LINE_PATH}/conversations`,
    guarded(async (req, res) => {
      const bearer = bearerToken(req);
      if (bearer === undefined) return sendError(res, 'UNAUTHENTICATED');
      // As with Azure's Direct Line secret, a bearer that is not one of our tokens starts a new
      // conversation: in local development any value stands in for the secret.
      let token = bearer;
      let conversation = store.byToken(bearer);
      if (conversation === undefined) {
        const created = store.create(newWebChatUserId(DEVELOPMENT_ORGANISATION_ID));
        conversation = created.conversation;
        token = created.token.token;
      }
      store.touch(conversation);
      const body = await readJson(req, CLIENT_BODY_LIMIT, startBody);
      if (conversation.started) return sendJson(res, 200, conversationReply(conversation, token));
      conversation.started = true;
      conversation.locale = toSupportedLocale(body?.locale);
      // Azure's Direct Line tells the bot who joined; the bot greets on it. Not awaited: a bot
      // that is down must not stop the page from opening (its first message then shows the 502).
      const update = toBot(conversation, {
        type: 'conversationUpdate',
        id: `${conversation.id}|start`,
        membersAdded: [LOCAL_BOT_ACCOUNT, { id: conversation.userId, role: 'user' }],
      });
      void forwardToBot(options.botMessagesUrl(), update, forwardTimeoutMs).then((outcome) => {
        if (!outcome.ok)
          logger.warn({
            event: 'webchat.directline.bot_failed',
            activityType: 'conversationUpdate',
            reason: outcome.reason,
            status: outcome.status,
          });
      });
      sendJson(res, 201, conversationReply(conversation, token));
    }),
  );

  server.get(
    `${DIRECT_LINE_PATH}/conversations/:conversationId`,
    guarded(async (req, res) => {
      const conversation = authorise(req, res, param(req, 'conversationId'));
      if (conversation === undefined) return;
      sendJson(res, 200, conversationReply(conversation, bearerToken(req) as string));
    }),
  );

  server.get(
    `${DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    guarded(async (req, res) => {
      const conversation = authorise(req, res, param(req, 'conversationId'));
      if (conversation === undefined) return;
      const watermark = new URL(req.url ?? '/', 'http://local').searchParams.get('watermark') ?? undefined;
      sendJson(res, 200, store.read(conversation, watermark));
    }),
  );

  server.post(
    `${DIRECT_LINE_PATH}/conversations/:conversationId/activities`,
    guarded(async (req, res) => {
      const conversation = authorise(req, res, param(req, 'conversationId'));
      if (conversation === undefined) return;
      const incoming = await readJson(req, CLIENT_BODY_LIMIT, clientActivity);
      if (incoming === undefined) return sendError(res, 'BAD_ACTIVITY');
      const seq = store.reserve(conversation);
      const activity = toBot(conversation, { ...incoming, id: store.activityId(conversation, seq) }) as StoredActivity;
      const outcome = await forwardToBot(options.botMessagesUrl(), activity, forwardTimeoutMs);
      if (!outcome.ok) {
        store.cancel(conversation, seq);
        logger.warn({
          event: 'webchat.directline.bot_failed',
          activityType: incoming.type,
          reason: outcome.reason,
          status: outcome.status,
        });
        return sendError(res, 'DIRECTLINE_BOT_FAILED');
      }
      // The transcript is what the page sees: the bot's loopback address stays out of it.
      const { serviceUrl: _internal, ...echo } = activity;
      store.fill(conversation, seq, echo as StoredActivity);
      sendJson(res, 200, { id: activity.id });
    }),
  );

  // ---- the connector's side: where the bot sends replies (`serviceUrl` + v3/conversations/...) ----

  const fromBot = (mode: 'append' | 'update') =>
    guarded(async (req, res) => {
      // The bot sends without credentials in development; only a process on this machine may speak for it.
      if (!isLoopback(req.socket.remoteAddress)) return sendError(res, 'FORBIDDEN');
      const conversation = store.get(param(req, 'conversationId') ?? '');
      if (conversation === undefined) return sendError(res, 'NOT_FOUND');
      const body = await readJson(req, MAX_ACTIVITY_BYTES, botActivity);
      if (body === undefined) return sendError(res, 'BAD_ACTIVITY');
      store.touch(conversation);
      const { serviceUrl: _internal, ...activity } = body;
      const replyToId = param(req, 'replyToId');
      // Web Chat cannot change a card in place, so an update is shown as a new activity.
      const id = store.append(conversation, (newId) => ({
        ...activity,
        id: newId,
        channelId: WEB_CHAT_CHANNEL_ID,
        conversation: { id: conversation.id },
        from: { ...(isRecord(activity.from) ? activity.from : LOCAL_BOT_ACCOUNT), role: 'bot' },
        timestamp: new Date(now()).toISOString(),
        ...(replyToId !== undefined ? { replyToId } : {}),
      }));
      sendJson(res, 200, { id: mode === 'update' ? (param(req, 'activityId') ?? id) : id });
    });

  server.post('/v3/conversations/:conversationId/activities', fromBot('append'));
  server.post('/v3/conversations/:conversationId/activities/:replyToId', fromBot('append'));
  server.put('/v3/conversations/:conversationId/activities/:activityId', fromBot('update'));

  return store;
}

function param(req: IncomingMessage, name: string): string | undefined {
  const params: unknown = (req as IncomingMessage & { params?: unknown }).params;
  const value = isRecord(params) ? params[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
