/**
 * Opens the Cosmos DB store the bot runs on: the embedded server in development, or an Azure
 * Cosmos DB account (key, or managed identity) — through the same @azure/cosmos client either way.
 * Creates the database and containers if they are missing.
 */
import type { Agent } from 'node:https';
import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { StoreConfig } from '../config';
import { ALL_CONTAINERS, CONTAINERS, type ContainerName } from './containers';
import { embeddedClient, startEmbeddedCosmos, type EmbeddedCosmos } from './embeddedCosmos';

export interface Store {
  readonly description: string;
  readonly database: Database;
  container(name: ContainerName): Container;
  /** True when the store answers within the time allowed (for /readyz). */
  isReachable(timeoutMs?: number): Promise<boolean>;
  /** Present only for the embedded server (tests pause it to simulate an outage). */
  readonly embedded?: EmbeddedCosmos;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Test seam: an HTTPS agent that trusts a loopback server's certificate. */
  agent?: Agent;
}

export async function openStore(config: StoreConfig, options: StoreOptions = {}): Promise<Store> {
  let embedded: EmbeddedCosmos | undefined;
  let client: CosmosClient;
  let description: string;
  if (config.kind === 'embedded') {
    embedded = await startEmbeddedCosmos({ dataDir: config.dataDir });
    client = embeddedClient(embedded.endpoint);
    description = `embedded Cosmos-compatible server at ${embedded.endpoint} (data in ${config.dataDir})`;
  } else if (config.key) {
    // Plain http is only ever a loopback emulator, whose advertised https address is not real.
    client = new CosmosClient({
      endpoint: config.endpoint,
      key: config.key,
      connectionPolicy: { enableEndpointDiscovery: new URL(config.endpoint).protocol === 'https:' },
    });
    description = `Azure Cosmos DB at ${config.endpoint} (account key)`;
  } else {
    client = new CosmosClient({
      endpoint: config.endpoint,
      aadCredentials: credentialFor(config.managedIdentityClientId),
      ...(options.agent ? { agent: options.agent, connectionPolicy: { enableEndpointDiscovery: false } } : {}),
    });
    description = `Azure Cosmos DB at ${config.endpoint} (${config.managedIdentityClientId ? 'user-assigned managed identity' : 'Azure identity'})`;
  }

  return storeOn(client, config.database, description, embedded);
}

/**
 * The Store over a connected client: creates the database and containers if missing. On failure
 * the client is disposed and the embedded server stopped, so nothing is left listening.
 */
export async function storeOn(
  client: CosmosClient,
  databaseId: string,
  description: string,
  embedded?: EmbeddedCosmos,
): Promise<Store> {
  const shutdown = async () => {
    client.dispose();
    if (embedded) await embedded.stop();
  };
  try {
    const { database } = await client.databases.createIfNotExists({ id: databaseId });
    for (const def of ALL_CONTAINERS) {
      await database.containers.createIfNotExists({
        id: def.id,
        partitionKey: { paths: [def.partitionKeyPath] },
        ...(def.defaultTtl !== undefined ? { defaultTtl: def.defaultTtl } : {}),
      });
    }
    const containers = new Map<ContainerName, Container>();
    for (const name of Object.keys(CONTAINERS) as ContainerName[])
      containers.set(name, database.container(CONTAINERS[name].id));
    return {
      description: `${description}, database ${databaseId}`,
      database,
      embedded,
      container(name) {
        const c = containers.get(name);
        if (!c) throw new Error(`Unknown container ${name}`);
        return c;
      },
      async isReachable(timeoutMs = 2000) {
        try {
          await database.read({ abortSignal: AbortSignal.timeout(timeoutMs) });
          return true;
        } catch {
          return false;
        }
      },
      close: shutdown,
    };
  } catch (error) {
    await shutdown();
    throw error;
  }
}

function credentialFor(clientId: string | undefined): TokenCredential {
  return clientId ? new ManagedIdentityCredential({ clientId }) : new DefaultAzureCredential();
}
