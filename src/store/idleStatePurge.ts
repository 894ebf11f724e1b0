/**
 * Conversation state idle for longer than the botState container's time to live. Azure Cosmos DB
 * expires it by itself (`defaultTtl`); the embedded server never expires anything, so
 * `referrals:purge` deletes it there. It matters: a triage left unfinished holds what was typed
 * about a child, and it must not outlive the days the state container's design gives it.
 */
import type { Container } from '@azure/cosmos';
import { deleteUnchanged } from './cosmosHelpers';
import { CONTAINERS } from './containers';

/** How long a conversation's state is kept after its last change. */
export const IDLE_STATE_DAYS = CONTAINERS.botState.defaultTtl / 86_400;

/**
 * Deletes every conversation's state last written more than `defaultTtl` seconds before `now`;
 * returns how many. A conversation that carried on since the query is not idle, and is kept.
 */
export async function purgeIdleConversationState(container: Container, now: Date): Promise<number> {
  const cutoff = Math.floor(now.getTime() / 1000) - CONTAINERS.botState.defaultTtl;
  const spec = {
    query: 'SELECT c.id, c.id AS pk, c._etag FROM c WHERE c._ts < @cutoff',
    parameters: [{ name: '@cutoff', value: cutoff }],
  };
  return (await deleteUnchanged(container, spec, 'conversation state key')).length;
}
