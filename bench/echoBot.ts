/**
 * The references for the load benchmark: a bare botbuilder echo bot (CloudAdapter on restify, no
 * authentication, no state) that replies to every message with its text, as the Bot Framework
 * samples build it. Whatever the Navigator costs beyond this is its own work.
 *
 * With COSMOS_ENDPOINT and COSMOS_KEY set, the same echo bot also keeps a turn counter in
 * botbuilder ConversationState on that store, through the Navigator's own CosmosStateStorage: one
 * read and one conditional write through @azure/cosmos per turn, saved before the reply, as the
 * Navigator saves its state. Nothing else. That is the least a bot that keeps what it was told
 * can cost on this stack, so its ratio to the bare echo bot bounds any stateful bot's.
 *
 * Run on its own: npx tsc -p tsconfig.json && PORT=3979 node dist/bench/echoBot.js
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { CosmosStateStorage } from '../src/store/cosmosStateStorage';
import { openStore } from '../src/store/cosmosStore';

export interface EchoBot {
  readonly url: string;
  close(): Promise<void>;
}

type TurnHandler = (context: TurnContext) => Promise<void>;

async function echo(context: TurnContext): Promise<void> {
  if (context.activity.type === ActivityTypes.Message) await context.sendActivity(context.activity.text ?? '');
}

/** Echo, after counting the turn in conversation state and saving it. */
function statefulEcho(storage: Storage): TurnHandler {
  const state = new ConversationState(storage);
  const turns = state.createProperty<number>('turns');
  return async (context) => {
    if (context.activity.type !== ActivityTypes.Message) return;
    await turns.set(context, (await turns.get(context, 0)) + 1);
    await state.saveChanges(context);
    await context.sendActivity(context.activity.text ?? '');
  };
}

export async function startEchoBot(port: number, storage?: Storage): Promise<EchoBot> {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }),
  );
  const handler = storage ? statefulEcho(storage) : echo;
  const server = restify.createServer({ name: 'echo-bot' });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, handler);
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

/** The Navigator's state container on the store named by COSMOS_ENDPOINT / COSMOS_KEY, if set. */
async function storageFromEnvironment(): Promise<Storage | undefined> {
  const endpoint = process.env.COSMOS_ENDPOINT;
  const key = process.env.COSMOS_KEY;
  if (!endpoint || !key) return undefined;
  // Opened as the Navigator opens its store, in a database of its own.
  const store = await openStore({ kind: 'cosmos', endpoint, key, database: 'echo-bench' });
  return new CosmosStateStorage(store.container('botState'));
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? '3979');
  storageFromEnvironment()
    .then((storage) => startEchoBot(Number.isInteger(port) && port >= 0 ? port : 3979, storage))
    .then(
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
