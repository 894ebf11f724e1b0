/**
 * The conversation routes the duty loop's words and card presses to the duty desk: a disclosure
 * typed by a teacher raises an alert, `off duty` with a claim asks for a handover first,
 * pressing Release lets the duty worker go, `my reports` lists the person's own reports. On
 * in-memory fakes: no HTTP, no store.
 */
import { emptyMemory, type ConversationMemory } from '../../../../src/conversation/model';
import { dutyLoop, ORG, person } from '../../../fakes/dutyLoop';
import { parseCardSubmit } from '../../../../src/conversation/cardSubmit';

function keys(result: { replies: { kind: string; lines?: { key: string }[] }[] }): string[] {
  return result.replies.flatMap((r) => (r.kind === 'lines' && r.lines ? r.lines.map((l) => l.key) : [r.kind]));
}

describe('duty words in the conversation, on fakes', () => {
  // Flows, lexicons and the directory load once, outside the test's own time.
  let loop: ReturnType<typeof dutyLoop>;
  beforeAll(() => {
    loop = dutyLoop();
    loop.conversationService();
  });

  it("raises, then off duty asks for a handover, release lets the worker go, and my reports lists the teacher's own", async () => {
    const service = loop.conversationService();
    const dsl = person('Dsl');
    const teacher = person('Teacher');
    let dslMemory: ConversationMemory = emptyMemory();
    let teacherMemory: ConversationMemory = emptyMemory();

    dslMemory = (await service.handle({ ...loop.turn(dsl), text: 'on duty' }, dslMemory, undefined)).memory;
    const raised = await service.handle(
      { ...loop.turn(teacher), text: 'She told me her stepdad hits her with a belt when he has been drinking' },
      teacherMemory,
      undefined,
    );
    teacherMemory = raised.memory;
    expect(keys(raised)).toContain('escalation:raised');
    await loop.escalations.idle();
    const [escalation] = loop.store.all(ORG);
    expect(escalation.reporter.address.conversationId).toBe(teacher.conversationId);
    expect(loop.repository.all(ORG)[0].reporterAddress?.conversationId).toBe(teacher.conversationId);

    expect((await service.claim(loop.turn(dsl), escalation.id, ORG)).status).toBe('claimed');
    const leaving = await service.handle({ ...loop.turn(dsl), text: 'off duty' }, dslMemory, undefined);
    expect(keys(leaving)).toEqual(['duty:handover.first', 'handover']);
    expect(leaving.memory.onDuty).toBe(true);

    const released = await service.handle(
      {
        ...loop.turn(dsl),
        card: parseCardSubmit('escalation.release', {
          escalationId: escalation.id,
          organisationId: ORG,
          thenOffDuty: true,
        }),
      },
      leaving.memory,
      undefined,
    );
    expect(keys(released)).toEqual(['duty:handover.released', 'duty:offDuty']);
    expect(released.memory.onDuty).toBe(false);
    expect(await loop.duty.isOnDuty(ORG, dsl.id)).toBe(false);

    // A forged release from someone who is not a duty worker changes nothing.
    const stranger = person('Stranger');
    const forged = await service.handle(
      {
        ...loop.turn(stranger),
        card: parseCardSubmit('escalation.release', { escalationId: escalation.id, organisationId: ORG }),
      },
      emptyMemory(),
      undefined,
    );
    expect(keys(forged)).toContain('duty:notAllowed');

    const mine = await service.handle({ ...loop.turn(teacher), text: 'my reports' }, teacherMemory, undefined);
    expect(keys(mine)).toEqual(['duty:reports.title', 'duty:reports.line']);
    const theirs = await service.handle({ ...loop.turn(stranger), text: 'fy adroddiadau' }, emptyMemory(), undefined);
    expect(keys(theirs)).toEqual(['welcome', 'duty:reports.none']);
  });
});
