/**
 * Ask when unsure (issue 22 item 3), through the real server: a message the reading is unsure
 * about gets "Is anyone in danger right now?" at once, in Teams and in web chat, in English and
 * Welsh; a yes gets the 999 guidance and an escalation, a no carries on.
 */
import { assessText } from '../../../src/risk';
import { allText } from '../../support/conversationDriver';
import { startTestBot, type TestBot } from '../../support/testBot';

// Weak signals and no level: a child scared of someone, and a child who does not feel safe (in Welsh).
const UNSURE_EN = 'He mentioned he is scared of someone';
const UNSURE_CY = "Mae hi'n dweud nad yw hi'n teimlo'n ddiogel";

describe('the safety question when the reading is unsure', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
  });

  it('uses messages the reader is unsure about (below urgent, ask)', () => {
    for (const [text, locale] of [
      [UNSURE_EN, 'en-GB'],
      [UNSURE_CY, 'cy'],
    ] as const) {
      const assessed = assessText(text, locale);
      expect(assessed.ask).toBe(true);
      expect(['none', 'concern']).toContain(assessed.level);
    }
  });

  it('asks at once in Teams, and a yes gets the 999 guidance and an escalation', async () => {
    const teacher = t.conversation();
    await teacher.say('hello');
    const asked = await teacher.say(UNSURE_EN);
    expect(allText(asked.replies)).toContain('is anyone in danger right now?');
    const yes = await teacher.say('yes');
    const said = allText(yes.replies);
    expect(said).toContain("I'm treating this as an emergency");
    expect(said).toContain('Call 999 now');
    // No one is on duty in this test: the escalation is recorded and the teacher is told so.
    expect(said).toMatch(/reference EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
  });

  it('asks in Welsh in web chat, and a no carries on without an escalation', async () => {
    const worker = t.conversation({ channel: 'webchat', locale: 'cy' });
    await worker.say('shwmae');
    const asked = await worker.say(UNSURE_CY);
    expect(allText(asked.replies)).toContain('oes unrhyw un mewn perygl ar hyn o bryd?');
    const no = await worker.say('nac oes');
    const said = allText(no.replies);
    expect(said).toContain('Awn ni ymlaen');
    expect(said).not.toContain('999 nawr');
  });

  it('asks in Welsh in Teams too, and "oes" is a yes', async () => {
    const teacher = t.conversation({ locale: 'cy' });
    await teacher.say('shwmae');
    await teacher.say(UNSURE_CY);
    const yes = await teacher.say('oes');
    expect(allText(yes.replies)).toContain('Ffoniwch 999 nawr');
  });
});
