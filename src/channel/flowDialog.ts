/**
 * The conversation as one dialog on a botbuilder-dialogs stack. The dialog stays thin: its
 * instance state holds the conversation's memory (node id and flow version, never a step index),
 * and each turn hands that memory to the conversation service, which runs the flow from
 * src/flows/ and returns the new memory.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Dialog, DialogSet, DialogTurnStatus, type DialogContext, type DialogState, type DialogTurnResult } from 'botbuilder-dialogs';

/** Runs one turn with the memory stored before it; returns the memory to store after it. */
export type TurnRunner = (context: TurnContext, stored: unknown) => Promise<unknown>;

interface ConversationDialogState {
  memory?: unknown;
}

export class ConversationDialog extends Dialog {
  static readonly id = 'conversation';

  constructor(private readonly runTurn: TurnRunner) {
    super(ConversationDialog.id);
  }

  override beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.continueDialog(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const instance = dc.activeDialog;
    if (!instance) return Dialog.EndOfTurn;
    const state = instance.state as ConversationDialogState;
    state.memory = await this.runTurn(dc.context, state.memory);
    // The conversation never ends by itself: it waits for the next message.
    return Dialog.EndOfTurn;
  }
}

/** A property accessor over a value kept in the teams-ai turn state (so it is saved with it). */
export function accessorOf<T>(read: () => T | undefined, write: (value: T | undefined) => void): StatePropertyAccessor<T> {
  return {
    get: async (_context: TurnContext, defaultValue?: T) => {
      const value = read();
      if (value === undefined && defaultValue !== undefined) write(defaultValue);
      return read() as T;
    },
    set: async (_context: TurnContext, value: T) => write(value),
    delete: async () => write(undefined),
  };
}

/** Continues the conversation dialog, or begins it on the first turn. */
export async function runConversationDialog(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>, runTurn: TurnRunner): Promise<void> {
  const dialogs = new DialogSet(dialogState);
  dialogs.add(new ConversationDialog(runTurn));
  const dc = await dialogs.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ConversationDialog.id);
}
