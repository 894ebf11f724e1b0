import { TestAdapter, TurnContext, type Activity, type StatePropertyAccessor } from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { accessorOf, runConversationDialog } from '../../../src/channel/flowDialog';

function turn(adapter: TestAdapter, text: string): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message',
    text,
    channelId: 'test',
    conversation: { id: 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'person-1', name: 'Teacher' },
    recipient: { id: 'bot', name: 'Navigator' },
  };
  return new TurnContext(adapter, activity);
}

/** A dialog-state accessor over a variable, as the app keeps it in teams-ai turn state. */
function storedDialogState(): { accessor: StatePropertyAccessor<DialogState>; saved: () => DialogState | undefined } {
  let saved: DialogState | undefined;
  const accessor = accessorOf<DialogState>(
    () => saved,
    (value) => {
      saved = value;
    },
  );
  return { accessor, saved: () => saved };
}

describe('the conversation dialog', () => {
  afterEach(() => jest.restoreAllMocks());

  it('hands each turn the memory the turn before returned', async () => {
    const adapter = new TestAdapter();
    const dialogState = storedDialogState();
    const seen: unknown[] = [];
    for (const text of ['hello', 'yes', 'no']) {
      await runConversationDialog(turn(adapter, text), dialogState.accessor, async (context, stored) => {
        seen.push(stored);
        return { turns: ((stored as { turns?: number } | undefined)?.turns ?? 0) + 1, last: context.activity.text };
      });
    }
    expect(seen).toEqual([undefined, { turns: 1, last: 'hello' }, { turns: 2, last: 'yes' }]);
    expect(dialogState.saved()?.dialogStack).toHaveLength(1);
  });

  it('builds botbuilder-dialogs memory scopes once, not on every turn', async () => {
    const createContext = jest.spyOn(DialogSet.prototype, 'createContext');
    const adapter = new TestAdapter();
    const dialogState = storedDialogState();
    for (const text of ['hello', 'yes', 'no'])
      await runConversationDialog(turn(adapter, text), dialogState.accessor, async () => ({}));
    const contexts = await Promise.all(
      createContext.mock.results.map((result) => result.value as Promise<DialogContext>),
    );
    expect(contexts).toHaveLength(3);
    const [first, ...later] = contexts.map((dc) => dc.state.configuration);
    expect(first?.memoryScopes.length).toBeGreaterThan(0);
    for (const configuration of later) expect(configuration).toBe(first);
  });
});
