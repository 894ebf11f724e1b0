/**
 * The conversation as one dialog on a botbuilder-dialogs stack. The dialog stays thin: its
 * instance state holds the conversation's memory (node id and flow version, never a step index),
 * and each turn hands that memory to the conversation service, which runs the flow from
 * src/flows/ and returns the new memory.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  Dialog,
  DialogSet,
  DialogTurnStatus,
  type DialogContext,
  type DialogState,
  type DialogStateManagerConfiguration,
  type DialogTurnResult,
} from 'botbuilder-dialogs';

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
export function accessorOf<T>(
  read: () => T | undefined,
  write: (value: T | undefined) => void,
): StatePropertyAccessor<T> {
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

/**
 * botbuilder-dialogs builds its nine memory scopes and five path resolvers afresh for every
 * DialogContext unless the turn state already holds them under this key (see its
 * memory/dialogStateManager.js); under load that was a tenth of a millisecond of every turn. They
 * keep no state of their own, so one set serves every turn. A test checks the key still takes.
 */
const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/** Built by the first turn's DialogContext, then handed to every later one. */
let memoryConfiguration: DialogStateManagerConfiguration | undefined;

/** Continues the conversation dialog, or begins it on the first turn. */
export async function runConversationDialog(
  context: TurnContext,
  dialogState: StatePropertyAccessor<DialogState>,
  runTurn: TurnRunner,
): Promise<void> {
  if (memoryConfiguration && !context.turnState.has(DIALOG_STATE_MANAGER_CONFIGURATION))
    context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, memoryConfiguration);
  const dialogs = new DialogSet(dialogState);
  dialogs.add(new ConversationDialog(runTurn));
  const dc = await dialogs.createContext(context);
  memoryConfiguration ??= dc.state.configuration;
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ConversationDialog.id);
}
