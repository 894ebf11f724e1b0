/**
 * Composition root: read the configuration, start the bot, say what it runs with, and stop
 * cleanly on Ctrl-C / SIGTERM (the embedded store's journal is flushed on the way out).
 */
import { identityNotice } from './botIdentity';
import { ConfigError, loadConfig } from './config';
import { createLogger, safeError } from './observability/logger';
import { trustWarnings } from './trustSettings';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Early Help Navigator cannot start.\n${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  // Telemetry starts before the server's modules load, so their http and Azure SDK calls are
  // instrumented; without a connection string none of it is loaded.
  const telemetry = config.appInsightsConnectionString
    ? (await import('./observability/telemetry')).startTelemetry({
        connectionString: config.appInsightsConnectionString,
      })
    : undefined;
  const logger = createLogger(config.logLevel, undefined, telemetry?.logContext);
  const { startBot } = await import('./bot');
  let bot;
  try {
    bot = await startBot(config, { logger, ...(telemetry ? { signals: telemetry.signals } : {}) });
  } catch (err) {
    // Roster, directory and flow files explain their own problems; print them as they are.
    process.stderr.write(`Early Help Navigator cannot start.\n${err instanceof Error ? err.message : String(err)}\n`);
    logger.fatal({ event: 'startup.failed', err: safeError(err) });
    process.exit(1);
  }
  const lines = [
    `Early Help Navigator is listening on ${bot.url}`,
    `  messaging endpoint: ${bot.url}/api/messages`,
    `  web chat:           ${bot.url}/`,
    `  store:              ${bot.store.description}`,
    config.auth.mode === 'production'
      ? `  authentication:     Bot Framework tokens required (app id ${config.auth.appId}, ${config.auth.appType})`
      : '  authentication:     NONE. Local development only: anyone who can reach this port can talk to the bot. Set MicrosoftAppId for production.',
    ...trustWarnings(config).map((warning) => `  WARNING:            ${warning}`),
  ];
  const notice = config.auth.mode === 'production' ? identityNotice(config.auth.appType) : undefined;
  if (notice !== undefined) lines.push(`  identity:           ${notice}`);
  process.stdout.write(lines.join('\n') + '\n');
  logger.info({ event: 'startup.ready', url: bot.url, auth: config.auth.mode, store: config.store.kind });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal });
    bot
      .close()
      .then(() => telemetry?.shutdown())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ event: 'shutdown.failed', err: safeError(err) });
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
