/**
 * The command table alone: each command's replies and what it asks of the flow runner (a
 * recording fake), over the duty loop's in-memory fakes. No flows, no risk reading, no HTTP.
 */
import { CommandTable } from '../../../src/conversation/commandTable';
import { emptyMemory, type ConversationMemory } from '../../../src/conversation/model';
import type { Turn } from '../../../src/conversation/turn';
import { createDutyRoster } from '../../../src/escalation/roster';
import { RecordingFlowRunner, turnFor } from '../../fakes/conversationParts';
import { dutyLoop, ORG, person } from '../../fakes/dutyLoop';

const keys = (turn: Turn): string[] =>
  turn.replies.flatMap((r) => (r.kind === 'lines' ? r.lines.map((l) => l.key) : [r.kind]));

/** A memory partway through a report: a triage in progress, a referral and an alert raised. */
function midReport(): ConversationMemory {
  return {
    ...emptyMemory(),
    flow: {
      flowId: 'signposting',
      flowVersion: 1,
      nodeId: 'age',
      answers: {},
      path: ['needs'],
      startedAt: '2026-03-02T10:00:00.000Z',
      completed: false,
    },
    referral: 'EH-TEST-1',
    riskLevel: 'urgent',
    indicators: ['physical-abuse'],
    escalatedLevel: 'urgent',
    escalatedIndicators: ['physical-abuse'],
    escalations: ['esc-1'],
    alert: 'sent',
    camhsMentioned: true,
  };
}

function table(options: { roster?: ReturnType<typeof createDutyRoster> } = {}) {
  const loop = dutyLoop();
  const flows = new RecordingFlowRunner();
  const commands = new CommandTable(
    {
      escalations: loop.escalations,
      referrals: loop.referrals,
      duty: loop.duty,
      roster: options.roster ?? loop.roster,
      desk: loop.desk,
    },
    flows,
  );
  return { loop, flows, commands };
}

describe('the command table, on fakes', () => {
  it('keeps on duty, off duty and the queue to a Teams personal chat', async () => {
    const { loop, flows, commands } = table();
    const teacher = person('Teacher');
    for (const command of ['onDuty', 'offDuty', 'queue'] as const) {
      const turn = turnFor(loop.turn(teacher, 'webchat'));
      expect(await commands.command(turn, command)).toBeUndefined();
      expect(keys(turn)).toEqual(['duty:teamsOnly']);
    }
    expect(await loop.duty.onDuty(ORG)).toEqual([]);
    expect(flows.calls).toEqual([]);
  });

  it('switches language, returns the new locale and asks the current question again', async () => {
    const { loop, flows, commands } = table();
    const turn = turnFor(loop.turn(person('Teacher')), { memory: midReport() });
    expect(await commands.command(turn, 'language')).toBe('cy');
    expect(turn.locale).toBe('cy');
    expect(keys(turn)).toEqual(['common:language.switched']);
    expect(flows.calls).toEqual([{ call: 'repeatQuestion' }]);
  });

  it('switches language without a question to repeat when no flow is running', async () => {
    const { loop, flows, commands } = table();
    const turn = turnFor(loop.turn(person('Teacher')), { locale: 'cy' });
    expect(await commands.command(turn, 'language')).toBe('en-GB');
    expect(flows.calls).toEqual([]);
  });

  it('cancel ends the flow, forgets the report and says an alert already sent stands', async () => {
    const { loop, commands } = table();
    const turn = turnFor(loop.turn(person('Teacher')), { memory: midReport() });
    await commands.command(turn, 'cancel');
    expect(keys(turn)).toEqual(['common:cancel.done', 'common:cancel.kept']);
    expect(turn.memory).toMatchObject({
      flow: undefined,
      referral: undefined,
      riskLevel: 'none',
      indicators: [],
      escalatedLevel: 'none',
      escalatedIndicators: [],
      escalations: [],
      alert: undefined,
      camhsMentioned: false,
    });
  });

  it('cancel with nothing running says so', async () => {
    const { loop, commands } = table();
    const turn = turnFor(loop.turn(person('Teacher')));
    await commands.command(turn, 'cancel');
    expect(keys(turn)).toEqual(['common:cancel.nothing']);
  });

  it('restart begins the same flow again with a fresh report; start always begins the triage', async () => {
    const { loop, flows, commands } = table();
    const restarted = turnFor(loop.turn(person('Teacher')), { memory: midReport() });
    await commands.command(restarted, 'restart');
    expect(keys(restarted)).toEqual(['common:restart.done', 'common:cancel.kept']);
    expect(restarted.memory.referral).toBeUndefined();

    await commands.command(turnFor(loop.turn(person('Teacher')), { memory: midReport() }), 'start');
    expect(flows.calls).toEqual([
      { call: 'startFlow', flowId: 'signposting' },
      { call: 'startFlow', flowId: 'triage' },
    ]);
  });

  it('back steps the running flow back, and says there is nothing to go back to otherwise', async () => {
    const { loop, flows, commands } = table();
    await commands.command(turnFor(loop.turn(person('Teacher')), { memory: midReport() }), 'back');
    expect(flows.calls).toEqual([{ call: 'flowStep', input: { kind: 'back' } }]);

    const idle = turnFor(loop.turn(person('Teacher')));
    await commands.command(idle, 'back');
    expect(keys(idle)).toEqual(['common:cancel.nothing']);
    expect(flows.calls).toHaveLength(1);
  });

  it('find help starts the signposting flow; help and privacy are replies of their own', async () => {
    const { loop, flows, commands } = table();
    const turn = turnFor(loop.turn(person('Teacher')));
    await commands.command(turn, 'findHelp');
    await commands.command(turn, 'help');
    await commands.command(turn, 'privacy');
    expect(flows.calls).toEqual([{ call: 'startSignposting' }]);
    expect(keys(turn)).toEqual(['help', 'privacy']);
  });

  it('on duty registers a Teams user when anyone may go on duty, with the locale they speak', async () => {
    const { loop, commands } = table();
    const dsl = person('Dsl');
    const turn = turnFor(loop.turn(dsl), { locale: 'cy' });
    await commands.command(turn, 'onDuty');
    expect(keys(turn)).toEqual(['duty:onDuty']);
    expect(turn.memory.onDuty).toBe(true);
    const [entry] = await loop.duty.onDuty(ORG);
    expect(entry).toMatchObject({ userId: dsl.id, name: 'Dsl', aadObjectId: dsl.aadObjectId });
    expect(entry.address.locale).toBe('cy');
  });

  it('on duty is refused without a roster when the policy is closed', async () => {
    const { loop, commands } = table({ roster: createDutyRoster(undefined, undefined, 'closed') });
    const turn = turnFor(loop.turn(person('Dsl')));
    await commands.command(turn, 'onDuty');
    expect(keys(turn)).toEqual(['duty:noRoster']);
    expect(turn.memory.onDuty).toBe(false);
    expect(await loop.duty.onDuty(ORG)).toEqual([]);
  });

  it("who's on duty names the people on duty, or gives the out-of-hours contact", async () => {
    const { loop, commands } = table();
    const nobody = turnFor(loop.turn(person('Teacher')));
    await commands.command(nobody, 'whoIsOnDuty');
    expect(nobody.replies).toEqual([
      {
        kind: 'lines',
        lines: [
          { key: 'duty:nobody' },
          { key: 'escalation:outOfHours', params: { contact: 'Test Emergency Duty Team' } },
        ],
      },
    ]);

    await loop.onDuty(person('Dsl'));
    const someone = turnFor(loop.turn(person('Teacher')));
    await commands.command(someone, 'whoIsOnDuty');
    expect(someone.replies).toEqual([
      { kind: 'lines', lines: [{ key: 'duty:whoIsOnDuty', params: { names: 'Dsl' } }] },
    ]);
  });

  it('shows the queue to a duty worker only', async () => {
    const { loop, commands } = table();
    const teacher = person('Teacher');
    const refused = turnFor(loop.turn(teacher));
    await commands.command(refused, 'queue');
    expect(keys(refused)).toEqual(['duty:notAllowed']);

    const dsl = person('Dsl');
    await loop.onDuty(dsl);
    const { reference } = await loop.raise(teacher);
    const shown = turnFor(loop.turn(dsl));
    await commands.command(shown, 'queue');
    expect(shown.replies).toHaveLength(1);
    const [reply] = shown.replies;
    expect(reply.kind === 'dutyQueue' ? reply.items.map((i) => i.reference) : []).toEqual([reference]);
  });

  it('a duty worker is a Teams user on duty (no roster), never a web chat user', async () => {
    const { loop, commands } = table();
    const dsl = person('Dsl');
    expect(await commands.isDutyWorker(turnFor(loop.turn(dsl)))).toBe(false);
    await loop.onDuty(dsl);
    expect(await commands.isDutyWorker(turnFor(loop.turn(dsl)))).toBe(true);
    expect(await commands.isDutyWorker(turnFor(loop.turn(dsl, 'webchat')))).toBe(false);
    expect(await commands.isDutyWorker(turnFor(loop.turn(dsl)), 'another-organisation')).toBe(false);
  });

  it('misread with nothing raised says so; otherwise records the correction and keeps the alert', async () => {
    const { loop, commands } = table();
    const calm = turnFor(loop.turn(person('Teacher')));
    await commands.command(calm, 'misread');
    expect(keys(calm)).toEqual(['escalation:misreadNothing']);

    const teacher = person('Teacher');
    const { reference, escalationId } = await loop.raise(teacher);
    const memory: ConversationMemory = {
      ...emptyMemory(),
      referral: reference,
      riskLevel: 'urgent',
      escalations: [escalationId],
    };
    const corrected = turnFor(loop.turn(teacher), { memory });
    await commands.command(corrected, 'misread');
    expect(keys(corrected)).toEqual(['escalation:misreadRecorded', 'escalation:misreadKept']);
    expect((await loop.store.get(ORG, escalationId))?.corrections).toEqual([{ at: expect.any(String), by: 'Teacher' }]);
  });
});
