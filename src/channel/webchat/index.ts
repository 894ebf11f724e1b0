/**
 * Web chat for youth workers: the page at GET /, its static files, and how the page gets a
 * Direct Line connection — the local Direct Line in development, or POST /api/webchat/token
 * (organisation access code → Azure Direct Line token) in production. See README.md here.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'restify';
import type { Config } from '../../config';
import { createLocalizer, type Localizer } from '../../i18n/i18n';
import type { Logger } from '../../observability/logger';
import { AccessCodes } from './accessCodes';
import { loadPageAssets, registerAssets } from './assets';
import type { ConversationStore } from './conversations';
import { DIRECT_LINE_PATH, registerLocalDirectLine, type LocalDirectLineOptions } from './localDirectLine';
import { negotiateLocale, pageStrings, renderPage, type PageSettings } from './page';
import { FixedWindowRateLimiter } from './rateLimiter';
import { setPageSecurityHeaders } from './securityHeaders';
import { adaptiveCardsHostConfig, styleOptions } from './theme';
import { registerTokenEndpoint, TOKEN_PATH } from './tokenEndpoint';

export { organisationFromWebChatUserId } from './identity';

export const AZURE_DIRECT_LINE = 'https://directline.botframework.com';

export interface WebChatDeps {
  config: Config;
  logger: Logger;
  /** The bot's own /api/messages URL, known once the server listens (the local Direct Line forwards there). */
  botMessagesUrl: () => string;
  now?: () => number;
  localizer?: Localizer;
  /** Azure Direct Line's base URL (a regional one, or a loopback stand-in in tests). */
  directLineBaseUrl?: string;
  /** Production: Web Chat uses Direct Line's WebSocket stream (default); a polling stand-in needs false. */
  directLineWebSocket?: boolean;
  /**
   * The client address the token endpoint's rate limit counts by. Default: with TRUSTED_PROXY_HOPS
   * = n, the n-th X-Forwarded-For entry from the right (the address our own nearest proxy saw; a
   * caller can only add entries before it); with 0, the socket's address (X-Forwarded-For ignored).
   */
  clientAddress?: (req: IncomingMessage) => string;
  tokenRateLimit?: { limit: number; windowMs: number };
  localDirectLine?: Omit<LocalDirectLineOptions, 'logger' | 'botMessagesUrl' | 'now'>;
}

export interface WebChat {
  /** The local Direct Line's state (development only). */
  readonly conversations?: ConversationStore;
}

export function registerWebChat(server: Server, deps: WebChatDeps): WebChat {
  const { config, logger } = deps;
  const now = deps.now ?? Date.now;
  const localizer = deps.localizer ?? createLocalizer();
  const production = config.auth.mode === 'production';
  const directLineBaseUrl = (deps.directLineBaseUrl ?? AZURE_DIRECT_LINE).replace(/\/+$/, '');
  const assets = loadPageAssets();
  registerAssets(server, assets);

  let conversations: ConversationStore | undefined;
  if (!production) {
    conversations = registerLocalDirectLine(server, {
      ...deps.localDirectLine,
      logger,
      botMessagesUrl: deps.botMessagesUrl,
      now,
    });
    logger.info({ event: 'webchat.local_directline', path: DIRECT_LINE_PATH });
  }

  registerTokenEndpoint(server, {
    logger,
    now,
    limiter: new FixedWindowRateLimiter(deps.tokenRateLimit ?? { limit: 10, windowMs: 60_000 }),
    clientAddress: deps.clientAddress ?? clientAddressBehind(config.trustedProxyHops),
    exchange: production ? productionExchange(config, logger, directLineBaseUrl) : undefined,
    trustedOrigins: config.webchatTrustedOrigins,
  });

  server.get('/', async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const locale = negotiateLocale(
      url.searchParams.get('lang'),
      headerText(req.headers['accept-language']),
      config.defaultLocale,
    );
    const styleNonce = randomBytes(16).toString('base64');
    const settings: PageSettings = {
      mode: production ? 'production' : 'development',
      locale,
      directLine: production
        ? {
            domain: `${directLineBaseUrl}/v3/directline`,
            webSocket: deps.directLineWebSocket ?? true,
            pollingInterval: 1000,
          }
        : // Polling only: the local Direct Line has no WebSocket stream.
          { domain: DIRECT_LINE_PATH, webSocket: false, pollingInterval: 300 },
      tokenUrl: production ? TOKEN_PATH : `${DIRECT_LINE_PATH}/tokens/generate`,
      webChatUrl: assets.webChat.url,
      styleNonce,
      styleOptions,
      adaptiveCardsHostConfig,
      strings: pageStrings(localizer, locale),
    };
    setPageSecurityHeaders(res, {
      styleNonce,
      directLineOrigins: production ? [new URL(directLineBaseUrl).origin] : [],
      production,
    });
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-language', locale);
    res.setHeader('vary', 'accept-language');
    res.setHeader('cache-control', 'no-store');
    res.end(renderPage({ settings, localizer, assets }));
  });

  return { conversations };
}

function productionExchange(config: Config, logger: Logger, directLineBaseUrl: string) {
  const secret = config.directLineSecret;
  const file = config.webchatAccessCodesFile;
  if (secret === undefined || file === undefined) {
    // Teams-only deployments are normal; the page then says web chat is unavailable.
    logger.warn({
      event: 'webchat.disabled',
      missing: [secret === undefined && 'DIRECTLINE_SECRET', file === undefined && 'WEBCHAT_ACCESS_CODES'].filter(
        Boolean,
      ),
    });
    return undefined;
  }
  const accessCodes = AccessCodes.load(file);
  logger.info({ event: 'webchat.enabled', organisations: accessCodes.organisationCount });
  return { secret, accessCodes, directLineBaseUrl };
}

/** Exported for tests: the client address when `hops` proxies of ours each appended to X-Forwarded-For. */
export function clientAddressBehind(hops: number): (req: IncomingMessage) => string {
  return (req) => {
    const socket = req.socket.remoteAddress ?? 'unknown';
    if (hops === 0) return socket;
    const entries = (headerText(req.headers['x-forwarded-for']) ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    // Fewer entries than proxies: the request did not come through them all; count it by the socket.
    const entry = entries.length >= hops ? entries[entries.length - hops] : undefined;
    return entry ? stripPort(entry) : socket;
  };
}

/** App Service writes "203.0.113.7:51234" or "[2001:db8::1]:51234"; the port changes per connection. */
function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1] as string;
  return /^[\d.]+:\d+$/.test(address) ? address.slice(0, address.lastIndexOf(':')) : address;
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}
