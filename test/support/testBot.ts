/**
 * Starts the real bot in this process: real restify server on loopback, the embedded Cosmos
 * server through @azure/cosmos, and a connector stand-in. Logs are captured for privacy checks.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startBot, type RunningBot, type StartOptions } from '../../src/bot';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/observability/logger';
import { ConnectorStandIn } from './connectorStandIn';
import { Conversation, type ConversationOptions } from './conversationDriver';

export interface TestBot {
  bot: RunningBot;
  connector: ConnectorStandIn;
  config: Config;
  /** Every log line the bot wrote. */
  logs: string[];
  conversation(options?: Omit<ConversationOptions, 'botUrl' | 'connector'>): Conversation;
  close(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  dataDir?: string;
  connector?: ConnectorStandIn;
  start?: Partial<Omit<StartOptions, 'logger'>>;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'ehn-test-'));
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: options.dataDir ?? tempDataDir(),
    LOG_LEVEL: 'info',
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const connector = options.connector ?? (await new ConnectorStandIn().start());
  const bot = await startBot(config, { logger: createLogger('debug', sink), sweepIntervalMs: 200, ...options.start });
  return {
    bot,
    connector,
    config,
    logs,
    conversation: (o = {}) => new Conversation({ botUrl: bot.url, connector, ...o }),
    async close() {
      await bot.close();
      if (!options.connector) await connector.stop();
    },
  };
}
