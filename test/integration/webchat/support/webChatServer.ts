/**
 * A real server (src/server.ts) with the web chat module plugged in, on a loopback port, and the
 * stand-in bot as its /api/messages. One per test file or test; always closed afterwards.
 */
import type { Server } from 'restify';
import type { Config } from '../../../../src/config';
import { registerWebChat, type WebChat, type WebChatDeps } from '../../../../src/channel/webchat';
import { createLogger } from '../../../../src/observability/logger';
import { createServer, listen, type RunningServer } from '../../../../src/channel/server';
import { createStandInBot, type StandInBot } from './standInBot';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    deployment: 'development',
    host: '127.0.0.1',
    dutyRoster: { kind: 'anyone' },
    webchatTrustedOrigins: [],
    trustedProxyHops: 0,
    auth: { mode: 'development' },
    store: { kind: 'embedded', dataDir: '.data', database: 'test' },
    escalationAckMinutes: 10,
    defaultLocale: 'en-GB',
    retentionDays: 9125,
    logLevel: 'silent',
    ...overrides,
  };
}

export const PRODUCTION_AUTH: Config['auth'] = {
  mode: 'production',
  appId: '00000000-0000-0000-0000-000000000001',
  appPassword: 'not-used',
  appType: 'MultiTenant',
};

export interface WebChatServer {
  url: string;
  bot: StandInBot;
  webChat: WebChat;
  server: Server;
  close(): Promise<void>;
}

export async function startWebChatServer(
  options: {
    config?: Config;
    deps?: Partial<Omit<WebChatDeps, 'config' | 'logger' | 'botMessagesUrl'>>;
    botMessagesUrl?: () => string;
  } = {},
): Promise<WebChatServer> {
  const bot = createStandInBot();
  const logger = createLogger('silent');
  // eslint-disable-next-line prefer-const -- assigned once the server that reads it has been built
  let running: RunningServer | undefined;
  let webChat: WebChat = {};
  const server = createServer({
    logger,
    handleMessages: bot.handleMessages,
    isReady: async () => true,
    registerRoutes: (s) => {
      webChat = registerWebChat(s, {
        config: options.config ?? testConfig(),
        logger,
        botMessagesUrl: options.botMessagesUrl ?? (() => `${running?.url ?? 'http://127.0.0.1:9'}/api/messages`),
        ...options.deps,
      });
    },
  });
  running = await listen(server, 0, '127.0.0.1');
  const url = running.url;
  return { url, bot, webChat, server, close: () => (running as RunningServer).close() };
}
