import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
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

describe('the conversation dialog', () => {
  afterEach(() => jest.restoreAllMocks());

  it('hands each turn the memory the turn before returned', async () => {
    const adapter = new TestAdapter();
    let saved: DialogState | undefined;
    const dialogState = accessorOf<DialogState>(
      () => saved,
      (value) => {
        saved = value;
      },
    );
    const seen: unknown[] = [];
    for (const text of ['hello', 'yes', 'no']) {
      await runConversationDialog(turn(adapter, text), dialogState, async (context, stored) => {
        seen.push(stored);
        return { turns: ((stored as { turns?: number } | undefined)?.turns ?? 0) + 1, last: context.activity.text };
      });
    }
    expect(seen).toEqual([undefined, { turns: 1, last: 'hello' }, { turns: 2, last: 'yes' }]);
    expect(saved?.dialogStack).toHaveLength(1);
  });

  it('builds botbuilder-dialogs memory scopes once, not on every turn', async () => {
    const createContext = jest.spyOn(DialogSet.prototype, 'createContext');
    const adapter = new TestAdapter();
    let saved: DialogState | undefined;
    const dialogState = accessorOf<DialogState>(
      () => saved,
      (value) => {
        saved = value;
      },
    );
    for (const text of ['hello', 'yes', 'no']) await runConversationDialog(turn(adapter, text), dialogState, async () => ({}));
    const contexts = await Promise.all(createContext.mock.results.map((result) => result.value as Promise<DialogContext>));
    expect(contexts).toHaveLength(3);
    const [first, ...later] = contexts.map((dc) => dc.state.configuration);
    expect(first?.memoryScopes.length).toBeGreaterThan(0);
    for (const configuration of later) expect(configuration).toBe(first);
  });
});
