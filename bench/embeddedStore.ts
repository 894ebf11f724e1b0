/**
 * The embedded Cosmos-compatible store on its own, for benchmarks: the bot then reaches its store
 * over loopback from another process, as a deployed bot reaches Azure Cosmos DB, and the bot
 * process's CPU and memory are its own. Prints "listening on <endpoint>".
 *
 * Run on its own: node dist/bench/embeddedStore.js <data folder>
 */
import { startEmbeddedCosmos } from '../src/store/embeddedCosmos';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: node dist/bench/embeddedStore.js <data folder>');
  const store = await startEmbeddedCosmos({ dataDir });
  const stop = () => void store.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`listening on ${store.endpoint}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
