/**
 * Privacy under test: a unique marker in every field a person can fill (messages, every typed
 * triage answer, the child reference, the contact number, the organisation, card values, a note on
 * a referral, Teams and web chat names), through whole triages, a disclosure, a claim and a note,
 * failed turns and refused requests. Every output except the connector traffic and the store — the
 * logs, anything written to stdout/stderr or the console, and every HTTP response — is searched for
 * the markers. None may appear.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Exchange } from '../../support/conversationDriver';
import { actionsOf, allText, cardsOf, type CardActionJson } from '../../support/conversationDriver';
import { startTestBot, type TestBot } from '../../support/testBot';
import { continueTriage, LOW_RISK_CASE, runTriage } from '../../support/triage';

const RUN = randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** One marker per field; each is unlikely to occur anywhere by chance. */
const MARK = {
  teamsName: `Priv Teamsname${RUN}`,
  webName: `Priv Webname${RUN}`,
  dutyName: `Priv Dutyname${RUN}`,
  message: `PRIVMSG${RUN}`,
  organisation: `PRIVORG${RUN} Academy`,
  organisationTyped: `PRIVORGTYPED${RUN} Youth Club`,
  phone: `07700 ${digits(3)} ${digits(3)}`,
  phoneTyped: `01632 ${digits(3)} ${digits(3)}`,
  childReference: `PRIVREF${RUN}`,
  childReferenceTyped: `PRIVREFT${RUN}`,
  badAge: `PRIVAGE${RUN}`,
  noticed: `PRIVNOTICED${RUN} has been withdrawn`,
  childWords: `PRIVWORDS${RUN} I hate it there`,
  disclosure: `PRIVDISCLOSURE${RUN}`,
  note: `PRIVNOTE${RUN} spoke to mum`,
  cardValue: `PRIVCARD${RUN}`,
  refused: `PRIVREFUSED${RUN}`,
  outage: `PRIVOUTAGE${RUN}`,
};

/** A marker's forms to search for: as written, its distinctive word alone, a phone number without spaces. */
function forms(marker: string): string[] {
  const out = [marker, ...marker.split(' ').filter((word) => word.includes(RUN))];
  if (/^[\d ]+$/.test(marker)) out.push(marker.replace(/ /g, ''));
  return [...new Set(out)];
}

describe('privacy: nothing a person typed reaches the logs, the console or an HTTP response', () => {
  let t: TestBot;
  const written: string[] = [];
  const httpBodies: string[] = [];
  const reached: string[] = [];

  beforeAll(async () => {
    // Everything written to the process's own streams and the console, from here on.
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        written.push(
          typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk),
        );
        return original(chunk as string, ...(rest as []));
      }) as typeof stream.write);
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        written.push(
          args
            .map((a) =>
              typeof a === 'string' ? a : a instanceof Error ? `${a.message}\n${a.stack ?? ''}` : JSON.stringify(a),
            )
            .join(' '),
        );
      });
    }
    // Canaries prove the capture works; they are not markers.
    process.stdout.write('privacy-canary stdout\n');
    process.stderr.write('privacy-canary stderr\n');
    console.error('privacy-canary console');
    t = await startTestBot({ start: { sweepIntervalMs: 500 } });
    // Every error the bot's HTTP surface answers (the connector stand-in is a separate server).
    const realFetch = globalThis.fetch;
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const res = await realFetch(input, init);
      // Errors only: a 200 answer to a card press is the card itself, shown to the person (channel traffic).
      if (String(input instanceof Request ? input.url : input).startsWith(t.bot.url) && res.status >= 400)
        httpBodies.push(`${res.status} ${JSON.stringify([...res.headers])} ${await res.clone().text()}`);
      return res;
    });

    const note = (ex: Exchange) => reached.push(allText(ex.replies));

    // A duty worker goes on duty.
    const duty = t.conversation({ user: { id: `29:${randomUUID()}`, name: MARK.dutyName, aadObjectId: randomUUID() } });
    note(await duty.say('on duty'));

    // A whole triage in Teams, answered on the cards, with markers in every free-text field.
    const teacher = t.conversation({
      user: { id: `29:${randomUUID()}`, name: MARK.teamsName, aadObjectId: randomUUID() },
    });
    note(await teacher.say(`hello ${MARK.message}`));
    const teams = await runTriage(teacher, {
      ...LOW_RISK_CASE,
      organisation: { type: MARK.organisation },
      contactNumber: { type: MARK.phone },
      // Escalated, so the call-back number is asked (it is asked only then, issue 20 point 15).
      selfHarm: { choose: ['recent'] },
      childReference: { type: MARK.childReference },
      noticed: { type: MARK.noticed },
      childWords: { type: MARK.childWords },
    });
    reached.push(allText(teams.all));

    // The same in web chat, typed, with a marker for a name and an age the bot must ask again.
    const youth = t.conversation({
      channel: 'webchat',
      user: { id: `dl_default_${randomUUID().slice(0, 8)}`, name: MARK.webName },
    });
    note(await youth.say('hello'));
    const webPlan = {
      ...LOW_RISK_CASE,
      role: { choose: ['youth-worker'] },
      organisation: { type: MARK.organisationTyped },
      contactNumber: { type: MARK.phoneTyped },
      selfHarm: { choose: ['recent'] },
      childReference: { type: MARK.childReferenceTyped },
      noticed: { type: MARK.noticed },
      childWords: { type: MARK.childWords },
    };
    const web = await runTriage(youth, webPlan, { typed: true, stopBefore: 'age' });
    reached.push(allText(web.all));
    const reasked = await youth.say(MARK.badAge);
    const rest = await continueTriage(youth, reasked, webPlan, { typed: true });
    expect(rest.asked).toContain('summary');
    reached.push(allText(rest.all));

    // A disclosure, the alert claimed, the referral opened, a note and an outcome recorded.
    const reporter = t.conversation({
      user: { id: `29:${randomUUID()}`, name: MARK.teamsName, aadObjectId: randomUUID() },
    });
    note(await reporter.say(`She told me her stepdad hits her with a belt ${MARK.disclosure}`));
    const alert = await t.connector.waitFor(
      (r) => r.conversationId === duty.id && JSON.stringify(r.activity).includes('Safeguarding alert:'),
    );
    const claim = cardsOf(alert.activity)
      .flatMap(actionsOf)
      .find((a) => a.data.verb === 'escalation.claim');
    if (!claim) throw new Error('no Claim button');
    note(await duty.press(claim));
    const queue = await duty.say('queue');
    note(queue);
    const open = queue.replies
      .flatMap(cardsOf)
      .flatMap(actionsOf)
      .find((a) => a.data.verb === 'referral.open');
    if (!open) throw new Error('no referral in the queue');
    const detail = await duty.press(open);
    note(detail);
    const action = (verb: string): CardActionJson => {
      const found = detail.replies
        .flatMap(cardsOf)
        .flatMap(actionsOf)
        .find((a) => a.data.verb === verb);
      if (!found) throw new Error(`no ${verb} button`);
      return found;
    };
    note(await duty.press(action('referral.note'), { note: MARK.note }));
    note(await duty.press(action('referral.outcome'), { outcome: 'early-help-offered' }));

    // Card values the bot does not expect, in both channels.
    note(
      await teacher.execute('triage.answer', {
        nodeId: MARK.cardValue,
        flowVersion: MARK.cardValue,
        answerText: MARK.cardValue,
      }),
    );
    note(await teacher.execute(`verb-${MARK.cardValue}`, { value: MARK.cardValue }));
    note(await youth.submit({ verb: MARK.cardValue, note: MARK.cardValue }));
    note(await youth.submit({ verb: 'referral.note', referralId: MARK.cardValue, note: MARK.cardValue }));

    // Requests refused before a turn runs: each carries a marker in what it sends.
    const post = (body: string | Buffer) =>
      fetch(`${t.bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
    await post(JSON.stringify({ ...teacher.activity({ type: 'message', text: MARK.refused }), from: MARK.refused }));
    await post(
      JSON.stringify({
        ...teacher.activity({ type: 'message', text: MARK.refused }),
        serviceUrl: `javascript:${MARK.refused}`,
      }),
    );
    await post(
      JSON.stringify({
        ...teacher.activity({ type: 'message', text: MARK.refused }),
        conversation: { id: `${MARK.refused}\u00e9` },
      }),
    );
    await post(`{"type":"message","text":"${MARK.refused}"`);
    await post(
      Buffer.concat([
        Buffer.from(`{"type":"message","text":"${MARK.refused}`),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"}'),
      ]),
    );
    await post(
      JSON.stringify(teacher.activity({ type: 'message', text: `${MARK.refused} ${'x'.repeat(300 * 1024)}` })),
    );
    await post(
      JSON.stringify(teacher.activity({ type: 'invoke', name: `task/${MARK.refused}`, value: { data: MARK.refused } })),
    );
    await fetch(`${t.bot.url}/api/webchat/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accessCode: MARK.refused }),
    });
    const page = await fetch(`${t.bot.url}/?lang=${MARK.refused}`);
    expect(await page.text()).not.toContain(MARK.refused);

    // A turn that fails on our side (the store is down) while carrying a marker.
    await t.bot.store.embedded?.pause();
    try {
      note(await teacher.say(MARK.outage));
    } finally {
      await t.bot.store.embedded?.resume();
    }
    // Let alert re-sends and sweeps run once more with all of it stored.
    await new Promise((r) => setTimeout(r, 1200));
  }, 120_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('took every marker through the bot (the search below is not vacuous)', () => {
    const shown = reached.join('\n') + t.connector.received.map((r) => JSON.stringify(r.activity)).join('\n');
    for (const marker of [
      MARK.organisation,
      MARK.phone,
      MARK.childReference,
      MARK.noticed,
      MARK.childWords,
      MARK.organisationTyped,
      MARK.phoneTyped,
      MARK.childReferenceTyped,
      MARK.teamsName,
      MARK.dutyName,
    ])
      expect({ marker, shown: shown.includes(marker) }).toEqual({ marker, shown: true });
    for (const canary of ['privacy-canary stdout', 'privacy-canary stderr', 'privacy-canary console'])
      expect(written.join('')).toContain(canary);
    expect(t.logs.join('').match(/"event":"turn\.received"/g)?.length ?? 0).toBeGreaterThan(50);
    expect(t.logs.join('')).toMatch(/"event":"turn\.(error|failed)"/);
    expect(httpBodies.length).toBeGreaterThanOrEqual(8);
    expect(httpBodies.some((b) => b.startsWith('400 '))).toBe(true);
    expect(httpBodies.some((b) => b.startsWith('413 '))).toBe(true);
  });

  it.each(Object.entries(MARK))('never logs, prints or answers over HTTP the %s marker', (_field, marker) => {
    const outputs: [string, string][] = [
      ['pino logs', t.logs.join('')],
      ['stdout, stderr and console', written.join('')],
      ['HTTP responses', httpBodies.join('\n')],
    ];
    for (const [where, text] of outputs)
      for (const form of forms(marker))
        expect({ where, found: text.includes(form) ? form : undefined }).toEqual({ where, found: undefined });
  });
});
