/**
 * A choice typed in its own words is that answer, assessed by the answer's own rule, never re-read
 * as a disclosure: "Looking after someone at home (young carer)" at the needs question must not start
 * a 999 alert from the option's words. What is typed at a choice question that is not one of its
 * choices is still read for risk first. On in-memory fakes.
 */
import { emptyMemory, type ConversationMemory } from '../../../../src/conversation/model';
import { dutyLoop, person } from '../../../fakes/dutyLoop';

type Result = {
  replies: { kind: string; lines?: { key: string }[]; output?: { kind: string; nodeId?: string } }[];
  memory: ConversationMemory;
};
const ALERT_KEYS = /^escalation:(raised|nobodyOnDuty|immediate\.)/;
const keys = (r: Result): string[] => r.replies.flatMap((reply) => reply.lines?.map((l) => l.key) ?? []);
const asked = (r: Result): string | undefined =>
  r.replies
    .map((reply) => reply.output)
    .filter((o) => o?.kind === 'question')
    .at(-1)?.nodeId;

describe('choices typed in their own words, on fakes', () => {
  let loop: ReturnType<typeof dutyLoop>;
  beforeAll(() => {
    loop = dutyLoop();
    loop.conversationService();
  });

  async function atNeeds(): Promise<{ say: (text: string) => Promise<Result> }> {
    const service = loop.conversationService();
    const teacher = person('Teacher');
    let memory = emptyMemory();
    const say = async (text: string): Promise<Result> => {
      const result = (await service.handle({ ...loop.turn(teacher), text }, memory, undefined)) as Result;
      memory = result.memory;
      return result;
    };
    expect(asked(await say('start'))).toBe('immediateDanger');
    expect(asked(await say('No'))).toBe('needs');
    return { say };
  }

  it('are the answer: an option label typed at a choice question raises no alert and moves on', async () => {
    const { say } = await atNeeds();
    const answered = await say('Looking after someone at home (young carer)');
    expect(keys(answered).filter((key) => ALERT_KEYS.test(key))).toEqual([]);
    expect(asked(answered)).not.toBe('needs');
  });

  it('are not a hiding place: a disclosure typed at a choice question still raises an alert', async () => {
    const { say } = await atNeeds();
    const disclosed = await say('she told me her stepdad hits her with a belt');
    expect(keys(disclosed).some((key) => ALERT_KEYS.test(key))).toBe(true);
  });
});
