/**
 * The reference for the load benchmark: a bare botbuilder echo bot (CloudAdapter on restify, no
 * authentication, no state) that replies to every message with its text, as the Bot Framework
 * samples build it. Whatever the Navigator costs beyond this is its own work.
 *
 * Run on its own: npx tsc -p tsconfig.json && PORT=3979 node dist/bench/echoBot.js
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';

export interface EchoBot {
  readonly url: string;
  close(): Promise<void>;
}

async function echo(context: TurnContext): Promise<void> {
  if (context.activity.type === ActivityTypes.Message) await context.sendActivity(context.activity.text ?? '');
}

export async function startEchoBot(port: number): Promise<EchoBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
  const server = restify.createServer({ name: 'echo-bot' });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, echo);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? '3979');
  startEchoBot(Number.isInteger(port) && port >= 0 ? port : 3979).then(
    (bot) => {
      process.stdout.write(`Echo bot listening on ${bot.url}\n`);
      const stop = () => void bot.close().then(() => process.exit(0));
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
