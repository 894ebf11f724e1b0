/**
 * Hostile input against one running development bot: more than 10,000 generated activities and
 * card payloads (wrong types, missing fields, unknown types, deep nesting, invalid JSON and UTF-8,
 * bodies over the limit, control and zero-width characters, markdown and HTML meant for cards).
 * No 5xx, 400/413 where due, the bot still healthy and its state intact afterwards, and nothing a
 * person typed shows in a card as markup or a link. FUZZ_SEED=<n> reproduces a run.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { ConnectorActivity, Received } from '../../support/connectorStandIn';
import { actionsOf, allText, cardsOf, type CardActionJson, type Conversation } from '../../support/conversationDriver';
import { startTestBot, type TestBot } from '../../support/testBot';
import { LOW_RISK_CASE, runTriage, type Answer } from '../../support/triage';
import {
  DISCLOSURES,
  hostileText,
  injectedMarkupIn,
  INJECTIONS,
  Prng,
  renderedTexts,
  type MarkupFinding,
} from './support/hostile';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
/** FUZZ_CASES lowers the count to reproduce one failure quickly; the test run uses 10,000. */
const GENERATED = Number(process.env.FUZZ_CASES ?? 10_000);
const CONCURRENCY = 16;
const LIMIT = 256 * 1024;

/** What a case must be answered with: an exact status, or anything that is not a server fault. */
type Expectation = number | 'not5xx';

interface FuzzCase {
  label: string;
  body: string | Buffer;
  expect: Expectation;
  /** Sent with chunked encoding and no content-length (the limit must hold while streaming). */
  chunked?: boolean;
}

interface Outcome {
  index: number;
  label: string;
  status: number;
  expect: Expectation;
  body: string;
}

const VERBS = [
  'triage.answer',
  'signpost.show',
  'escalation.claim',
  'referral.outcome',
  'referral.note',
  'referral.open',
  'risk.misread',
];
const COMMANDS = [
  'hello',
  'start',
  'restart',
  'back',
  'help',
  'skip',
  'cancel',
  'privacy',
  'language',
  'find help',
  'misread',
  'who is on duty',
  'queue',
  'on duty',
  'off duty',
  'iaith',
  '?',
  'yes',
  'no',
  '2',
  '13',
];
const UNKNOWN_TYPES = [
  'event',
  'typing',
  'endOfConversation',
  'messageReaction',
  'installationUpdate',
  'conversationUpdate',
  'deleteUserData',
  'handoff',
  'trace',
  'suggestion',
  'command',
  'commandResult',
  'messageUpdate',
  'messageDelete',
  'contactRelationUpdate',
  'x-evil',
  'MESSAGE',
  'invoke',
];
const REQUIRED_PATHS = [
  'type',
  'channelId',
  'serviceUrl',
  'from',
  'from.id',
  'recipient',
  'recipient.id',
  'conversation',
  'conversation.id',
];
const OPTIONAL_PATHS = [
  'id',
  'text',
  'locale',
  'value',
  'name',
  'timestamp',
  'entities',
  'channelData',
  'attachments',
  'from.name',
  'from.aadObjectId',
  'conversation.conversationType',
  'conversation.tenantId',
  'membersAdded',
  'replyToId',
  'textFormat',
];

function randomJson(g: Prng, depth = 0): unknown {
  const kind = g.int(depth > 2 ? 6 : 8);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return g.chance(0.5);
    case 2:
      return g.pick([0, -1, 1e308, -1e-308, 2 ** 53 + 1, 3.14, Number.MAX_SAFE_INTEGER]);
    case 3:
      return hostileText(g);
    case 4:
      return g.pick(['', ' ', '\u0000', 'x'.repeat(g.between(1, 600)), `id-${g.int(2 ** 31).toString(36)}`]);
    case 5:
      return g.pick(VERBS);
    case 6:
      return Array.from({ length: g.between(0, 4) }, () => randomJson(g, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: g.between(0, 5) }, () => [
          g.pick([
            'verb',
            'data',
            'nodeId',
            'flowVersion',
            'answerText',
            'answerChoice',
            'answerNumber',
            'referralId',
            'organisationId',
            'escalationId',
            'note',
            'outcome',
            '__proto__',
            'constructor',
            hostileText(g),
          ]),
          randomJson(g, depth + 1),
        ]),
      );
  }
}

/** A nested array or object `depth` levels deep (within the body limit). */
function deep(g: Prng, depth: number): string {
  return g.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object') return;
    node[key] = Array.isArray(next) ? [...(next as unknown[])] : { ...(next as Record<string, unknown>) };
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[keys[keys.length - 1]];
  else node[keys[keys.length - 1]] = value;
}

/** A value that breaks a required field: missing, empty, the wrong type, or not an http(s) URL. */
function breakRequired(g: Prng, path: string): unknown {
  if (path === 'serviceUrl')
    return g.pick([
      undefined,
      '',
      'javascript:alert("evil")',
      'file:///etc/passwd',
      'not a url',
      42,
      ['http://evil.example'],
      'ftp://evil.example/',
    ]);
  if (path === 'from' || path === 'recipient' || path === 'conversation')
    return g.pick([undefined, null, 'evil', 7, [], true]);
  if (path === 'type' || path === 'channelId')
    return g.pick([undefined, '', null, 12, ['message'], { evil: true }, 'x'.repeat(65)]);
  return g.pick([undefined, '', null, 0, ['id'], { id: 'x' }, 'x'.repeat(513)]);
}

/** Markup and links in every free-text answer (formats allowing: the phone number must be digits). */
const HOSTILE_TRIAGE: Readonly<Record<string, Answer>> = {
  ...LOW_RISK_CASE,
  organisation: { type: '[click](http://evil.example) <script>alert("evil")</script> **EVILBOLD**' },
  childReference: { type: '[J.B.](http://evil.example)' },
  noticed: { type: INJECTIONS.join(' ') },
  childWords: { type: INJECTIONS.slice(20).join('\n') },
};

class Fuzzer {
  private readonly g = new Prng(SEED);
  /** Per conversation: the last triage question card it was sent, to answer it badly. */
  private readonly lastQuestion = new Map<string, CardActionJson>();
  private scanned = 0;

  constructor(
    private readonly t: TestBot,
    private readonly pool: Conversation[],
  ) {}

  /** Keeps each conversation's last question current from the connector's traffic. */
  private track(): void {
    const received = this.t.connector.received;
    for (; this.scanned < received.length; this.scanned++) {
      const r = received[this.scanned];
      const action = cardsOf(r.activity)
        .flatMap(actionsOf)
        .find((a) => a.data?.verb === 'triage.answer');
      if (action) this.lastQuestion.set(r.conversationId, action);
    }
  }

  next(): FuzzCase {
    const g = this.g;
    this.track();
    const c = g.pick(this.pool);
    // About a third run a whole turn (state read and written); the rest are refused before one.
    const kind = g.weighted({
      typed: 12,
      answer: 8,
      submit: 8,
      unknownType: 3,
      conversationUpdate: 2,
      disclosure: 1,
      bigText: 0.3,
      deep: 3,
      mutation: 12,
      invalid: 34,
      badJson: 17,
    });
    const json = (activity: unknown, expect: Expectation, label: string): FuzzCase => ({
      label,
      body: JSON.stringify(activity),
      expect,
    });
    switch (kind) {
      case 'typed': {
        const text = g.chance(0.3) ? g.pick(COMMANDS) : hostileText(g);
        return json(c.activity({ type: 'message', text }), 200, 'typed');
      }
      case 'disclosure':
        return json(
          c.activity({ type: 'message', text: `${g.pick(DISCLOSURES)} ${hostileText(g)}` }),
          200,
          'disclosure',
        );
      case 'answer': {
        const question = this.lastQuestion.get(c.id);
        if (!question || g.chance(0.3))
          return json(c.activity({ type: 'message', text: hostileText(g) }), 200, 'answer:typed');
        const data = {
          ...question.data,
          answerText: hostileText(g),
          ...(g.chance(0.5)
            ? { answerChoice: g.pick(['yes', 'no', 'teacher', 'anxiety-low-mood,evil', '', 'none']) }
            : {}),
          ...(g.chance(0.2) ? { answerNumber: randomJson(g) } : {}),
        };
        return question.type === 'Action.Execute'
          ? json(
              c.activity({
                type: 'invoke',
                name: 'adaptiveCard/action',
                value: {
                  action: { type: 'Action.Execute', id: randomUUID(), verb: question.verb, data },
                  trigger: 'manual',
                },
              }),
              200,
              'answer:card',
            )
          : json(c.activity({ type: 'message', value: data }), 200, 'answer:card');
      }
      case 'submit': {
        const verb = g.chance(0.7)
          ? g.pick(VERBS)
          : g.pick([hostileText(g), '', 42, null, ['triage.answer'], { verb: 'x' }]);
        const data = randomJson(g);
        if (c.channel === 'msteams' && g.chance(0.7)) {
          const action = g.pick<unknown>([
            { type: 'Action.Execute', verb, data },
            { type: 'Action.Submit', data },
            { verb },
            null,
            'evil',
            [verb],
            { type: 'Action.Execute', verb, data: deep(g, 40) },
          ]);
          return json(
            c.activity({
              type: 'invoke',
              name: g.pick([
                'adaptiveCard/action',
                'adaptiveCard/action',
                'task/fetch',
                'composeExtension/query',
                'signin/verifyState',
                hostileText(g),
              ]),
              value: g.chance(0.9) ? { action, trigger: 'manual' } : randomJson(g),
            }),
            'not5xx',
            'submit:invoke',
          );
        }
        return json(
          c.activity({
            type: 'message',
            value: g.chance(0.8)
              ? { verb, ...(typeof data === 'object' && data && !Array.isArray(data) ? data : { data }) }
              : randomJson(g),
          }),
          'not5xx',
          'submit:message',
        );
      }
      case 'unknownType':
        return json(
          c.activity({
            type: g.pick(UNKNOWN_TYPES),
            name: g.chance(0.5) ? hostileText(g) : undefined,
            value: randomJson(g),
            text: g.chance(0.5) ? hostileText(g) : undefined,
          }),
          'not5xx',
          'unknownType',
        );
      case 'conversationUpdate':
        return json(
          c.activity({
            type: 'conversationUpdate',
            membersAdded: g.pick<unknown>([
              [{ id: '28:bot' }],
              [{ id: c.user.id, name: hostileText(g) }],
              'evil',
              [null],
              [{}],
              randomJson(g),
            ]),
          }),
          'not5xx',
          'conversationUpdate',
        );
      case 'mutation': {
        const activity = c.activity({ type: 'message', text: hostileText(g) });
        const paths = Array.from({ length: g.between(1, 3) }, () => g.pick([...REQUIRED_PATHS, ...OPTIONAL_PATHS]));
        for (const path of paths) setPath(activity, path, randomJson(g));
        return json(activity, 'not5xx', 'mutation');
      }
      case 'invalid': {
        const shape = g.int(4);
        if (shape === 0)
          return {
            label: 'invalid:notAnObject',
            body: g.pick(['[]', '0', '"message"', 'null', 'true', '[{"type":"message"}]', '-1e999']),
            expect: 400,
          };
        const activity = c.activity({ type: 'message', text: hostileText(g) });
        const path = g.pick(REQUIRED_PATHS);
        setPath(activity, path, breakRequired(g, path));
        return json(activity, 400, `invalid:${path}`);
      }
      case 'badJson': {
        const valid = JSON.stringify(c.activity({ type: 'message', text: hostileText(g) }));
        const broken = g.pick([
          valid.slice(0, g.between(0, valid.length - 1)),
          `${valid}}`,
          valid.replace('{', "{'type':'message',"),
          valid.replace('"message"', 'NaN'),
          `/* evil */${valid}`,
          valid.replace(/"/g, "'"),
          `${valid.slice(0, -1)},}`,
          '',
          '\u0000',
          '{"type":"message","text":"\\uZZZZ"}',
        ]);
        return { label: 'badJson', body: broken, expect: 400 };
      }
      case 'deep': {
        const depth = g.pick([50, 500, 5_000, 50_000, 100_000]);
        const nested = deep(g, depth);
        const where = g.pick(['value', 'channelData', 'entities', 'text', 'top']);
        if (where === 'top') return { label: 'deep:top', body: nested, expect: nested.length > LIMIT ? 413 : 400 };
        const body = JSON.stringify(
          c.activity({ type: 'message', text: where === 'text' ? undefined : 'help' }),
        ).replace(/}$/, `,"${where}":${nested}}`);
        return { label: `deep:${where}`, body, expect: 'not5xx' };
      }
      case 'bigText':
        return json(
          c.activity({ type: 'message', text: Array.from({ length: 300 }, () => g.pick(INJECTIONS)).join(' ') }),
          200,
          'bigText',
        );
    }
  }
}

/** The few cases a generator would waste time repeating: bodies over the limit, invalid UTF-8. */
function fixedCases(c: Conversation): FuzzCase[] {
  const over = (bytes: number) => JSON.stringify(c.activity({ type: 'message', text: 'x'.repeat(bytes) }));
  const withBytes = (bytes: number[]) => {
    const [head, tail] = JSON.stringify(c.activity({ type: 'message', text: 'SPLIT' })).split('SPLIT');
    return Buffer.concat([Buffer.from(head), Buffer.from('evil '), Buffer.from(bytes), Buffer.from(tail)]);
  };
  return [
    { label: 'tooLarge:limit+1', body: over(LIMIT), expect: 413 },
    { label: 'tooLarge:300KB', body: over(300 * 1024), expect: 413 },
    { label: 'tooLarge:2MB', body: over(2 * 1024 * 1024), expect: 413 },
    { label: 'tooLarge:chunked', body: over(400 * 1024), expect: 413, chunked: true },
    { label: 'tooLarge:garbage', body: Buffer.alloc(LIMIT + 10, 0x7b), expect: 413 },
    { label: 'utf8:invalid-continuation', body: withBytes([0xc3, 0x28]), expect: 400 },
    { label: 'utf8:lone-continuation', body: withBytes([0x80]), expect: 400 },
    { label: 'utf8:overlong', body: withBytes([0xc0, 0xaf]), expect: 400 },
    { label: 'utf8:surrogate', body: withBytes([0xed, 0xa0, 0x80]), expect: 400 },
    { label: 'utf8:truncated', body: withBytes([0xe2, 0x82]), expect: 400 },
    { label: 'utf8:0xff', body: withBytes([0xff, 0xfe]), expect: 400 },
    {
      label: 'utf16',
      body: Buffer.from(JSON.stringify(c.activity({ type: 'message', text: 'evil' })), 'utf16le'),
      expect: 400,
    },
  ];
}

/** Posts one case; answers its status and the start of the response body (for failure messages). */
function send(url: string, fuzzCase: FuzzCase): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = typeof fuzzCase.body === 'string' ? Buffer.from(fuzzCase.body) : fuzzCase.body;
    const req = http.request(
      `${url}/api/messages`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(fuzzCase.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, 200) }),
        );
      },
    );
    // The server may answer 413 and close before the whole body is written: the status is what counts.
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? resolve({ status: -1, body: err.code }) : reject(err),
    );
    if (fuzzCase.chunked) {
      for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
      req.end();
    } else req.end(body);
  });
}

describe(`hostile input (seed ${SEED})`, () => {
  let t: TestBot;
  let pool: Conversation[] = [];
  const outcomes: Outcome[] = [];
  let fuzzReceived: Received[] = [];
  let seconds = 0;

  beforeAll(async () => {
    // Alert deadlines are 10 minutes away: a slow sweep keeps the run's CPU for the requests.
    t = await startTestBot({ start: { sweepIntervalMs: 5000 } });
    const g = new Prng(SEED ^ 0x9e3779b9);
    // Duty workers (their names are hostile too) so disclosures produce alert cards.
    const duty = Array.from({ length: 2 }, (_, i) =>
      t.conversation({
        user: { id: `29:${randomUUID()}`, name: `Duty ${i} ${hostileText(g)}`, aadObjectId: randomUUID() },
      }),
    );
    for (const d of duty) expect(allText((await d.say('on duty')).replies)).toContain("You're on duty");
    pool = [
      ...Array.from({ length: 14 }, (_, i) =>
        t.conversation({
          user: { id: `29:${randomUUID()}`, name: i % 2 ? `Teacher ${i}` : hostileText(g), aadObjectId: randomUUID() },
        }),
      ),
      ...Array.from({ length: 14 }, (_, i) =>
        t.conversation({
          channel: 'webchat',
          user: { id: `dl_default_${randomUUID().slice(0, 8)}`, name: i % 2 ? `Youth worker ${i}` : hostileText(g) },
        }),
      ),
      ...duty,
    ];
    const fuzzer = new Fuzzer(t, pool);
    const cases: FuzzCase[] = [...fixedCases(pool[0]), ...fixedCases(pool[15])];
    const before = t.connector.received.length;

    // First, on purpose: hostile text in every field a person fills, through to a summary card
    // (Teams pressing buttons, web chat typing), a disclosure into alert cards, and the duty
    // worker's queue and referral detail; then the generated cases.
    for (const c of [pool[0], pool[14]]) {
      await c.say('hello');
      const run = await runTriage(c, HOSTILE_TRIAGE, { typed: c.channel === 'webchat' });
      expect(run.asked).toContain('summary');
    }
    expect((await pool[2].say(`${DISCLOSURES[0]} ${INJECTIONS.slice(0, 6).join(' ')}`)).status).toBe(200);
    await t.connector.waitFor(
      (r) => r.conversationId === duty[0].id && JSON.stringify(r.activity).includes('Safeguarding alert:'),
    );
    const queue = await duty[0].say('queue');
    const open = queue.replies
      .flatMap(cardsOf)
      .flatMap(actionsOf)
      .find((a) => a.data.verb === 'referral.open');
    if (!open) throw new Error('no referral in the duty queue');
    expect((await duty[0].press(open)).status).toBe(200);

    const started = Date.now();

    let index = 0;
    const worker = async () => {
      for (;;) {
        const i = index++;
        if (i >= cases.length + GENERATED) return;
        const fuzzCase = i < cases.length ? cases[i] : fuzzer.next();
        const { status, body } = await send(t.bot.url, fuzzCase);
        outcomes.push({
          index: i,
          label: fuzzCase.label,
          status: status === -1 && fuzzCase.expect === 413 ? 413 : status,
          expect: fuzzCase.expect,
          body,
        });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    seconds = (Date.now() - started) / 1000;
    // Alerts and other proactive sends may still be on their way.
    await new Promise((r) => setTimeout(r, 1500));
    fuzzReceived = t.connector.received.slice(before);
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  it('sent more than 10,000 generated activities and card payloads, and no answer was a 5xx', () => {
    const histogram: Record<string, number> = {};
    for (const o of outcomes) histogram[o.status] = (histogram[o.status] ?? 0) + 1;
    const byLabel: Record<string, Record<string, number>> = {};
    for (const o of outcomes) {
      const family = o.label.split(':')[0];
      byLabel[family] = byLabel[family] ?? {};
      byLabel[family][o.status] = (byLabel[family][o.status] ?? 0) + 1;
    }
    process.stdout.write(
      `fuzz: seed ${SEED}, ${outcomes.length} requests in ${seconds.toFixed(1)} s, ${fuzzReceived.length} activities sent by the bot\nstatus histogram: ${JSON.stringify(histogram)}\nby family: ${JSON.stringify(byLabel)}\n`,
    );
    expect(outcomes.length).toBeGreaterThan(GENERATED);
    expect(
      outcomes.filter((o) => o.status >= 500 || o.status <= 0).map((o) => `#${o.index} ${o.label} → ${o.status}`),
    ).toEqual([]);
  });

  it('answered 400 to every malformed activity, invalid JSON and invalid UTF-8, and 413 to every body over 256 KB', () => {
    const due = outcomes.filter((o) => o.expect === 400 || o.expect === 413);
    expect(
      due
        .filter((o) => o.status !== o.expect)
        .map((o) => `#${o.index} ${o.label}: expected ${o.expect}, got ${o.status} ${o.body}`),
    ).toEqual([]);
    expect(due.filter((o) => o.expect === 413).length).toBeGreaterThanOrEqual(10);
    expect(due.filter((o) => o.label.startsWith('utf')).length).toBe(14);
    expect(due.filter((o) => o.expect === 400).length).toBeGreaterThan(GENERATED / 3);
  });

  it('refused no well-formed activity as malformed (every message and answer was taken)', () => {
    const refused = outcomes.filter((o) => o.expect === 200 && o.status >= 400 && o.status < 500);
    expect(refused.map((o) => `#${o.index} ${o.label}: got ${o.status} ${o.body}`)).toEqual([]);
  });

  it('logged no failed turn while doing so (a 200 must not hide a crash)', () => {
    // One line per distinct failure (event, error code and where it was thrown), with its count.
    const distinct = new Map<string, number>();
    for (const line of t.logs.filter((l) =>
      /"event":"(turn\.failed|turn\.error|turn\.error_reply_failed|messages\.unhandled|http\.error)"/.test(l),
    )) {
      const entry = JSON.parse(line) as { event: string; err?: { type?: string; code?: unknown; stack?: string } };
      const key = `${entry.event} ${entry.err?.type ?? ''} ${String(entry.err?.code ?? '')} ${entry.err?.stack?.split('\n')[0]?.trim() ?? ''}`;
      distinct.set(key, (distinct.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(distinct)).toEqual({});
  });

  /** Every injected-markup finding in what the bot sent during the run, by where it was rendered. */
  function findingsIn(where: 'card' | 'message'): {
    findings: (MarkupFinding & { conversationId: string })[];
    typedSeen: number;
  } {
    const findings: (MarkupFinding & { conversationId: string })[] = [];
    let typedSeen = 0;
    for (const r of fuzzReceived) {
      for (const rendered of renderedTexts(r.activity as ConnectorActivity)) {
        if (rendered.where !== where) continue;
        if (/evil/i.test(rendered.text)) typedSeen++;
        for (const finding of injectedMarkupIn(rendered.text))
          findings.push({ ...finding, conversationId: r.conversationId });
      }
    }
    return { findings, typedSeen };
  }

  it('showed everything people typed in cards as text: no link, image, HTML, autolink, markup or control character they wrote', () => {
    const { findings, typedSeen } = findingsIn('card');
    // The scan is not vacuous: typed text did reach cards (summaries, alerts) during the run.
    expect(typedSeen).toBeGreaterThan(50);
    expect(findings.slice(0, 10)).toEqual([]);
  });

  it('carried the typed markup into summary, alert and referral cards, escaped to show as text', () => {
    const cardTexts = fuzzReceived
      .flatMap((r) => renderedTexts(r.activity as ConnectorActivity))
      .filter((x) => x.where === 'card')
      .map((x) => x.text);
    expect(cardTexts.some((text) => text.includes('\\[click\\](http\u200B://evil.example)'))).toBe(true);
    expect(cardTexts.some((text) => text.includes('\\<script\\>'))).toBe(true);
    expect(cardTexts.some((text) => text.includes('\\*\\*EVILBOLD\\*\\*'))).toBe(true);
  });

  it('quotes nothing people typed as markup in plain messages either (names, references)', () => {
    expect(findingsIn('message').findings.slice(0, 10)).toEqual([]);
  });

  it('is still healthy, ready and holds a normal conversation afterwards (no state corrupted)', async () => {
    expect((await fetch(`${t.bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.bot.url}/readyz`)).status).toBe(200);
    const c = t.conversation();
    expect(allText((await c.say('hello')).replies)).toContain('act early');
    const first = await c.say('start');
    expect(allText(first.replies)).toMatch(/Question 1 of \d+/);
    const role = await c.say('no');
    expect(allText(role.replies)).toMatch(/Question 2 of \d+/);
    expect(allText((await c.say('back')).replies)).toMatch(/Question 1 of \d+/);
    // The records written before and during the run are still there: the duty queue lists them.
    const dutyWorker = pool[pool.length - 2];
    await dutyWorker.say('on duty');
    expect(allText((await dutyWorker.say('queue')).replies)).toMatch(
      /(Open referrals and alerts|Atgyfeiriadau a rhybuddion agored) \([1-9]\d*\)/,
    );
    // Conversations that were fuzzed still work: each starts a report cleanly at the first question.
    for (const fuzzed of [pool[1], pool[15]]) {
      const started = await fuzzed.say('start');
      expect(started.status).toBe(200);
      // (It may have been switched to Welsh by the fuzz.)
      expect(allText(started.replies)).toMatch(/Question 1 of \d+|Cwestiwn 1 o \d+/);
    }
  });
});
