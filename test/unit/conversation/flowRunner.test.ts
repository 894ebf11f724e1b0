/**
 * The flow runner alone: the real flows, with the risk response and the directory replaced by
 * recording fakes and the referral record by the duty loop's in-memory fakes. No HTTP, no store.
 */
import { FlowRunner } from '../../../src/conversation/flowRunner';
import type { Reply } from '../../../src/conversation/model';
import type { Turn } from '../../../src/conversation/turn';
import { loadFlows } from '../../../src/files/flows';
import { createLogger } from '../../../src/observability/logger';
import { RecordingMatcher, RecordingRiskResponse, turnFor } from '../../fakes/conversationParts';
import { dutyLoop, ORG, person } from '../../fakes/dutyLoop';

const flows = loadFlows();

/** The question ids asked, in order, whether alone or on the safety card. */
const asked = (replies: Reply[]): string[] =>
  replies.flatMap((r) =>
    r.kind === 'flow' && r.output.kind === 'question'
      ? [r.output.nodeId]
      : r.kind === 'safetyGroup'
        ? r.questions.map((q) => q.nodeId)
        : [],
  );

function runner() {
  const loop = dutyLoop();
  const risk = new RecordingRiskResponse();
  const matcher = new RecordingMatcher();
  const flowRunner = new FlowRunner(
    { flows, referrals: loop.referrals, matcher, logger: createLogger('silent') },
    risk,
  );
  return { loop, risk, matcher, flowRunner };
}

/** Answers the current question as a card press would. */
async function press(flowRunner: FlowRunner, turn: Turn, values: string[]): Promise<void> {
  const state = turn.memory.flow;
  if (!state) throw new Error('no flow running');
  await flowRunner.flowStep(turn, { kind: 'card', nodeId: state.nodeId, flowVersion: state.flowVersion, values });
}

describe('the flow runner, on fakes', () => {
  it('begins the triage from typed words, keeping them as what was noticed', async () => {
    const { loop, flowRunner } = runner();
    const turn = turnFor(loop.turn(person('Teacher')));
    await flowRunner.startTriageWith(turn, 'AB in Year 8 has been withdrawn since half term');
    expect(turn.memory.flow).toMatchObject({ flowId: 'triage', completed: false });
    expect(turn.memory.flow?.answers.noticed).toBe('AB in Year 8 has been withdrawn since half term');
    expect(asked(turn.replies)[0]).toBe('immediateDanger');
  });

  it('a step with no flow running starts the triage', async () => {
    const { loop, flowRunner } = runner();
    const turn = turnFor(loop.turn(person('Teacher')));
    await flowRunner.flowStep(turn, { kind: 'text', text: 'anything' });
    expect(turn.memory.flow?.flowId).toBe('triage');
    expect(asked(turn.replies)[0]).toBe('immediateDanger');
  });

  it('an answer that carries risk goes to the risk response, naming its question', async () => {
    const { loop, risk, flowRunner } = runner();
    const turn = turnFor(loop.turn(person('Teacher')));
    await flowRunner.startFlow(turn, 'triage');
    await press(flowRunner, turn, ['yes']);
    expect(risk.acted).toHaveLength(1);
    expect(risk.acted[0].how).toEqual({ triggerWords: [], source: 'answer', questionId: 'immediateDanger' });
    expect(risk.acted[0].assessment.level).toBe('immediate');
  });

  it('an answer without risk does not reach the risk response', async () => {
    const { loop, risk, flowRunner } = runner();
    const turn = turnFor(loop.turn(person('Teacher')));
    await flowRunner.startFlow(turn, 'triage');
    await press(flowRunner, turn, ['no']);
    expect(risk.acted).toEqual([]);
    expect(turn.memory.flow?.nodeId).toBe('needs');
  });

  it('repeats the current question', async () => {
    const { loop, flowRunner } = runner();
    const turn = turnFor(loop.turn(person('Teacher')));
    await flowRunner.startSignposting(turn, undefined);
    turn.replies.length = 0;
    await flowRunner.repeatQuestion(turn);
    expect(asked(turn.replies)).toEqual(['needs']);
  });

  it('signposting skips what the question already said and ends with the directory, writing no referral', async () => {
    const { loop, matcher, flowRunner } = runner();
    const turn = turnFor(loop.turn(person('Teacher')));
    await flowRunner.startSignposting(turn, { needs: ['anxiety-low-mood'], age: 14 });
    expect(asked(turn.replies)).toEqual(['area']);

    await press(flowRunner, turn, ['wales']);
    expect(turn.memory.flow?.completed).toBe(true);
    expect(turn.replies.at(-1)?.kind).toBe('signposting');
    expect(matcher.queries).toHaveLength(1);
    expect(matcher.queries[0]).toMatchObject({ needs: ['anxiety-low-mood'], age: 14, country: 'wales' });
    expect(loop.repository.all(ORG)).toEqual([]);
  });

  it('names a flow that is not loaded', async () => {
    const { loop, flowRunner } = runner();
    await expect(flowRunner.startFlow(turnFor(loop.turn(person('Teacher'))), 'missing')).rejects.toThrow(
      'No flow "missing" loaded',
    );
  });
});
