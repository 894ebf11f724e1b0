/**
 * Card presses alone: stale answers are refused, duty actions need a duty worker, a press whose
 * data does not parse is refused as its verb would be. A recording flow runner and the duty
 * loop's in-memory fakes; no flows, no HTTP.
 */
import { CardActions } from '../../../src/conversation/cardActions';
import { parseCardSubmit } from '../../../src/conversation/cardSubmit';
import { CommandTable } from '../../../src/conversation/commandTable';
import type { Turn } from '../../../src/conversation/turn';
import { submitted } from '../../fakes/cardSubmit';
import { RecordingFlowRunner, turnFor } from '../../fakes/conversationParts';
import { dutyLoop, ORG, person } from '../../fakes/dutyLoop';

const keys = (turn: Turn): string[] =>
  turn.replies.flatMap((r) => (r.kind === 'lines' ? r.lines.map((l) => l.key) : [r.kind]));

function cards() {
  const loop = dutyLoop();
  const deps = {
    escalations: loop.escalations,
    referrals: loop.referrals,
    duty: loop.duty,
    roster: loop.roster,
    desk: loop.desk,
  };
  const flows = new RecordingFlowRunner();
  const actions = new CardActions(deps, flows, new CommandTable(deps, flows));
  return { loop, flows, actions };
}

describe('card presses, on fakes', () => {
  it('an answer card with no triage running is stale, and reaches no flow', async () => {
    const { loop, flows, actions } = cards();
    const turn = turnFor(loop.turn(person('Teacher')));
    await actions.card(turn, submitted('triage.answer', { nodeId: 'needs', flowVersion: 1, value: 'self-harm' }));
    expect(keys(turn)).toEqual(['escalation:staleCard']);
    expect(flows.calls).toEqual([]);
  });

  it('a referral note needs a duty worker, is not empty, and is added to the referral', async () => {
    const { loop, actions } = cards();
    const { reference } = await loop.raise(person('Teacher'));
    const dsl = person('Dsl');

    const refused = turnFor(loop.turn(dsl));
    await actions.card(refused, submitted('referral.note', { referralId: reference, note: 'Called mum' }));
    expect(keys(refused)).toEqual(['duty:notAllowed']);

    await loop.onDuty(dsl);
    const empty = turnFor(loop.turn(dsl));
    await actions.card(empty, submitted('referral.note', { referralId: reference, note: '  ' }));
    expect(keys(empty)).toEqual(['duty:noteEmpty']);

    const added = turnFor(loop.turn(dsl));
    await actions.card(added, submitted('referral.note', { referralId: reference, note: 'Called mum' }));
    expect(added.replies).toEqual([{ kind: 'lines', lines: [{ key: 'duty:noteAdded', params: { reference } }] }]);
    expect((await loop.audit.forReferral(ORG, reference)).map((e) => e.action)).toContain('noted');
  });

  it('a duty action whose data does not parse is refused as a duty action; any other is not understood', async () => {
    const { loop, actions } = cards();
    const forged = turnFor(loop.turn(person('Dsl')));
    await actions.card(forged, parseCardSubmit('referral.open', { verb: 'referral.open', referralId: '../../etc' }));
    expect(keys(forged)).toEqual(['duty:notAllowed']);

    const unknown = turnFor(loop.turn(person('Teacher')));
    await actions.card(unknown, parseCardSubmit('no.such.verb', { verb: 'no.such.verb' }));
    expect(keys(unknown)).toEqual(['common:unknown']);
  });
});
