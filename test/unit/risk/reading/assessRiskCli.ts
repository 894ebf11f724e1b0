import { assessLines } from '../../../../src/cli/assess-risk';

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  for (const line of lines) yield line;
}

async function run(...lines: string[]): Promise<{ out: unknown[]; bad: number }> {
  const out: unknown[] = [];
  const { bad } = await assessLines(linesOf(...lines), (line) => {
    out.push(JSON.parse(line));
  });
  return { out, bad };
}

describe('assess-risk (assessLines)', () => {
  it('writes one assessment per input line, with matches and reasons', async () => {
    const { out, bad } = await run(
      JSON.stringify({ text: 'she wants to kill herself', locale: 'en-GB' }),
      JSON.stringify({ text: 'lovely day' }),
    );
    expect(bad).toBe(0);
    expect(out).toEqual([
      {
        level: 'urgent',
        indicators: ['suicidal-ideation'],
        matches: [expect.objectContaining({ text: 'kill herself', indicator: 'suicidal-ideation' })],
        reasons: [expect.stringContaining('kill herself')],
      },
      { level: 'none', indicators: [], matches: [], reasons: [] },
    ]);
  });

  it('adds "ask": true when the reading is unsure and below urgent, and keeps the other fields', async () => {
    const { out, bad } = await run(
      JSON.stringify({ text: 'He mentioned he is scared of someone', locale: 'en-GB' }),
      JSON.stringify({ text: 'Can I book a meeting room for Tuesday?', locale: 'en-GB' }),
    );
    expect(bad).toBe(0);
    const [unsure, plain] = out as Array<Record<string, unknown>>;
    expect(unsure).toMatchObject({
      ask: true,
      level: expect.stringMatching(/^(none|concern)$/),
      indicators: expect.any(Array),
      matches: expect.any(Array),
      reasons: expect.any(Array),
    });
    expect(plain).not.toHaveProperty('ask');
  });

  it('accepts any English or Welsh language tag and defaults to English', async () => {
    const { out, bad } = await run(
      JSON.stringify({ text: 'Mae hi eisiau marw', locale: 'cy-GB' }),
      JSON.stringify({ text: 'kms', locale: 'en-US' }),
      JSON.stringify({ text: 'Mae hi eisiau marw' }),
    );
    expect(bad).toBe(0);
    expect(out.map((result) => (result as { level: string }).level)).toEqual(['urgent', 'urgent', 'urgent']);
    expect((out[0] as { reasons: string[] }).reasons[0]).toMatch(/^Yn dweud/);
  });

  it('answers a bad line with an error in its place and counts it', async () => {
    const { out, bad } = await run(
      '{not json',
      JSON.stringify({ locale: 'en-GB' }),
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: 'hello', locale: 'fr' }),
      JSON.stringify({ text: 'i want to die' }),
    );
    expect(bad).toBe(4);
    expect(out).toEqual([
      { error: 'line 1: not valid JSON' },
      { error: expect.stringMatching(/^line 2: text: .+ \(expected \{"text": "\.\.\.", "locale": "en-GB"\}\)$/) },
      { error: expect.stringMatching(/^line 3: text: /) },
      { error: 'line 4: locale "fr" is neither English (en…) nor Welsh (cy…)' },
      expect.objectContaining({ level: 'urgent' }),
    ]);
  });

  it('skips blank lines but keeps counting them for error line numbers', async () => {
    const { out } = await run('', '   ', 'oops');
    expect(out).toEqual([{ error: 'line 3: not valid JSON' }]);
  });

  it('ignores a byte-order mark at the start of the input', async () => {
    const { out, bad } = await run(`\uFEFF${JSON.stringify({ text: 'fine thanks' })}`);
    expect(bad).toBe(0);
    expect(out).toEqual([expect.objectContaining({ level: 'none' })]);
  });

  it('waits for a slow writer before reading on (back-pressure)', async () => {
    const order: string[] = [];
    await assessLines(linesOf(JSON.stringify({ text: 'a' }), JSON.stringify({ text: 'b' })), async (line) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(line);
    });
    expect(order).toHaveLength(2);
  });
});
