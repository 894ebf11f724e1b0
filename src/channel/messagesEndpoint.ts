/**
 * POST /api/messages: reads the body with a size limit, validates the activity, authenticates it
 * (CloudAdapter), and runs the turn — one at a time per conversation. Status codes are ours:
 * 400/413 for bad input, 401 for a bad token, 503 when signing keys are unreachable, never a 500
 * for a client's fault.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { BotAdapter } from './adapter';
import { KeyedSerialQueue } from '../concurrency/keyedSerialQueue';
import { AppError, type ErrorCode } from '../observability/errors';
import { safeError, type Logger } from '../observability/logger';
import { inboundActivitySchema, MAX_ACTIVITY_BYTES } from './inboundActivity';
import { NOT_JSON, readBody, utf8Json } from './requestBody';

export const TURN_LOGGER = Symbol('turnLogger');

export type TurnLogic = (context: TurnContext) => Promise<void>;

export interface MessagesEndpointDeps {
  adapter: BotAdapter;
  logic: TurnLogic;
  logger: Logger;
  /**
   * Development (no Bot Framework tokens): only loopback service URLs, so a page on another site
   * cannot make this bot post a conversation's replies to a server of its choosing.
   */
  loopbackServiceUrlsOnly?: boolean;
}

export function createMessagesEndpoint({
  adapter,
  logic,
  logger,
  loopbackServiceUrlsOnly = false,
}: MessagesEndpointDeps) {
  const queue = new KeyedSerialQueue();

  return async function handleMessages(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const turnId = randomUUID();
    const log = logger.child({ turnId });
    let activity: Activity;
    try {
      // A browser sends text/plain across sites without asking first; JSON needs a preflight it would not pass.
      if (!isJson(req.headers['content-type'])) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      activity = parseActivity(await readBody(req, MAX_ACTIVITY_BYTES));
      if (loopbackServiceUrlsOnly && !isLoopbackUrl(activity.serviceUrl))
        throw new AppError('BAD_ACTIVITY', { detail: 'serviceUrl must be a loopback address in development' });
    } catch (err) {
      return reply(res, log, err instanceof AppError ? err : new AppError('BAD_ACTIVITY'));
    }
    const authHeader = headerValue(req.headers.authorization);
    const key = `${activity.channelId}:${activity.conversation.id}`;
    log.info({ event: 'turn.received', activityType: activity.type, channelId: activity.channelId });
    let turnError: unknown;
    try {
      const invokeResponse = await queue.run(key, () =>
        adapter.handle(authHeader, activity, async (context) => {
          context.turnState.set(TURN_LOGGER, log);
          try {
            await logic(context);
          } catch (err) {
            // The adapter hands this to the bot's error handler; remember it to answer honestly.
            turnError = err;
            throw err;
          }
        }),
      );
      // The SDK answers 501 to an invoke that got no response: nothing handles it (an unknown name
      // or card verb, which Teams never sends: a forged or malformed request, a client fault), or
      // its handler failed (our fault).
      if (activity.type === 'invoke' && invokeResponse?.status === 501)
        return reply(
          res,
          log,
          turnError === undefined
            ? new AppError('BAD_ACTIVITY', { detail: 'no handler for this invoke' })
            : new AppError('TURN_FAILED', { cause: turnError }),
        );
      res.statusCode = invokeResponse?.status ?? 200;
      if (invokeResponse?.body !== undefined) {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(invokeResponse.body));
      } else res.end();
    } catch (err) {
      reply(res, log, classify(err));
    }
  };
}

/** Authentication failures arrive already classified (BotAdapter.authenticate); anything else is ours. */
function classify(err: unknown): AppError {
  return err instanceof AppError ? err : new AppError('TURN_FAILED', { cause: err });
}

function reply(res: ServerResponse, log: Logger, error: AppError): void {
  const code: ErrorCode = error.code;
  if (error.fault === 'server') log.error({ event: 'turn.failed', code, err: safeError(error.cause ?? error) });
  else log.info({ event: 'turn.rejected', code });
  if (res.headersSent) return;
  res.statusCode = error.status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ error: { code, message: error.message } }));
}

function headerValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function isLoopbackUrl(value: string): boolean {
  const host = new URL(value).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function parseActivity(body: Buffer): Activity {
  const json = utf8Json(body);
  if (json === NOT_JSON) throw new AppError('BAD_ACTIVITY', { detail: 'the body is not UTF-8 JSON' });
  const parsed = inboundActivitySchema.safeParse(json);
  if (!parsed.success)
    throw new AppError('BAD_ACTIVITY', {
      detail: parsed.error.issues.map((i) => i.path.join('.') || 'body').join(', '),
    });
  // The schema checked every field the bot relies on; botbuilder's type asks for more than channels always send.
  return parsed.data as unknown as Activity;
}
