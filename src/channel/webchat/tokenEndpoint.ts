/**
 * POST /api/webchat/token (production): a youth worker's organisation access code in, a
 * short-lived Direct Line token out. The Direct Line secret is used here, server to server, and
 * never leaves this process. The token is bound to `dl_<organisationId>_<random>` (or, for a
 * browser that sends its returning-reporter key, `dl_<organisationId>_<hash of the key>`), so
 * every activity the bot receives from it names the organisation (Direct Line enforces the user id).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'restify';
import { z } from 'zod';
import { AppError } from '../../observability/errors';
import { safeError, type Logger } from '../../observability/logger';
import type { AccessCodes } from './accessCodes';
import { readJson, sendError, sendJson } from './http';
import { newWebChatUserId, RETURNING_KEY_PATTERN, returningWebChatUserId } from './identity';
import type { FixedWindowRateLimiter } from './rateLimiter';

export const TOKEN_PATH = '/api/webchat/token';

export interface TokenEndpointOptions {
  logger: Logger;
  now: () => number;
  limiter: FixedWindowRateLimiter;
  clientAddress: (req: IncomingMessage) => string;
  /** Origins the page is served from (WEBCHAT_TRUSTED_ORIGINS); never the caller's Origin header. */
  trustedOrigins?: readonly string[];
  /** Unset when web chat is not configured for production: the endpoint then answers 404. */
  exchange?: {
    secret: string;
    accessCodes: AccessCodes;
    /** e.g. https://directline.botframework.com or a regional https://europe.directline.botframework.com */
    directLineBaseUrl: string;
    timeoutMs?: number;
  };
}

const requestBody = z.object({
  accessCode: z.string().min(1).max(100),
  /** This browser's returning-reporter key, if it has one (README: "Returning reporters"). */
  returningKey: z.string().regex(RETURNING_KEY_PATTERN).optional(),
});
const directLineToken = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export function registerTokenEndpoint(server: Server, options: TokenEndpointOptions): void {
  const { logger, now, limiter, exchange } = options;

  server.post(TOKEN_PATH, async (req: IncomingMessage, res: ServerResponse) => {
    try {
      // Counted before anything else, failures included: the limit is what makes guessing codes hopeless.
      const decision = limiter.take(options.clientAddress(req), now());
      if (!decision.allowed) {
        logger.info({ event: 'webchat.token.rate_limited' });
        return sendError(res, 'RATE_LIMITED', { 'retry-after': String(decision.retryAfterSeconds) });
      }
      if (exchange === undefined) return sendError(res, 'NOT_FOUND');
      const body = await readJson(req, 2048, requestBody);
      const verdict =
        body === undefined ? ({ refused: 'missing' } as const) : exchange.accessCodes.verify(body.accessCode, now());
      if ('refused' in verdict) {
        logger.info({ event: 'webchat.token.refused', reason: verdict.refused });
        return sendError(res, 'UNAUTHENTICATED');
      }
      const { organisation } = verdict;
      // A returning browser gets the same user id in this organisation, so its waiting outcomes find it.
      const userId = body?.returningKey
        ? returningWebChatUserId(organisation.id, body.returningKey)
        : newWebChatUserId(organisation.id);
      const issued = await generateToken(
        exchange.directLineBaseUrl,
        exchange.secret,
        {
          user: { id: userId },
          ...(options.trustedOrigins?.length ? { trustedOrigins: [...options.trustedOrigins] } : {}),
        },
        exchange.timeoutMs ?? 10_000,
      );
      if (!issued.ok) {
        logger.error({ event: 'webchat.token.directline_failed', status: issued.status, reason: issued.reason });
        return sendError(res, 'DELIVERY_FAILED');
      }
      logger.info({ event: 'webchat.token.issued', organisationId: organisation.id, returning: !!body?.returningKey });
      sendJson(res, 200, {
        token: issued.token.token,
        conversationId: issued.token.conversationId,
        expiresIn: issued.token.expires_in,
        userId,
        organisation: { id: organisation.id, name: organisation.name },
      });
    } catch (err) {
      const error = err instanceof AppError ? err : new AppError('TURN_FAILED', { cause: err });
      if (error.fault === 'server') logger.error({ event: 'webchat.token.failed', err: safeError(err) });
      // A body we cannot read carries no valid code.
      if (!res.headersSent)
        sendError(res, error.fault === 'client' && error.code !== 'BODY_TOO_LARGE' ? 'UNAUTHENTICATED' : error.code);
    }
  });
}

type Generated =
  | { ok: true; token: z.infer<typeof directLineToken> }
  | { ok: false; status?: number; reason: 'rejected' | 'unreachable' | 'malformed' };

async function generateToken(
  baseUrl: string,
  secret: string,
  body: { user: { id: string }; trustedOrigins?: string[] },
  timeoutMs: number,
): Promise<Generated> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl.replace(/\/+$/, '')}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  if (!response.ok) {
    await response.arrayBuffer().catch(() => undefined);
    return { ok: false, status: response.status, reason: 'rejected' };
  }
  const parsed = directLineToken.safeParse(await response.json().catch(() => undefined));
  return parsed.success
    ? { ok: true, token: parsed.data }
    : { ok: false, status: response.status, reason: 'malformed' };
}
