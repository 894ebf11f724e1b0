/** Per-organisation access codes: stored only as salted hashes, checked against every organisation. */
import { readFileSync } from 'node:fs';
import {
  AccessCodes,
  accessCodesFileSchema,
  generateAccessCode,
  hashAccessCode,
  normaliseAccessCode,
} from '../../../src/channel/webchat/accessCodes';
import { runWebChatAccessCode } from '../../../src/cli/webchat-access-code';

const CODE = 'K7Q2M-X4P9T-RBWZ3-HN6VD';

function codes(...organisations: Array<{ id: string; code: string; expires?: string }>): AccessCodes {
  return AccessCodes.fromFile(
    accessCodesFileSchema.parse({
      organisations: organisations.map(({ id, code, expires }) => ({
        id,
        name: `${id} (fictional)`,
        codes: [{ hash: hashAccessCode(code), ...(expires ? { expires } : {}) }],
      })),
    }),
  );
}

describe('access codes', () => {
  const now = Date.parse('2025-11-25T12:00:00Z');

  it('names the organisation whose code it is, and nobody for any other code', () => {
    const store = codes(
      { id: 'riverside-youth-club', code: CODE },
      { id: 'exampleshire-youth', code: generateAccessCode() },
    );
    expect(store.verify(CODE, now)).toEqual({
      organisation: { id: 'riverside-youth-club', name: 'riverside-youth-club (fictional)' },
    });
    expect(store.verify('K7Q2M-X4P9T-RBWZ3-HN6VE', now)).toEqual({ refused: 'unknown' });
    expect(store.verify('', now)).toEqual({ refused: 'unknown' });
  });

  it('stops a code at the end of its expiry day (UTC), not at the start', () => {
    const store = codes({ id: 'riverside-youth-club', code: CODE, expires: '2025-11-25' });
    expect(store.verify(CODE, Date.parse('2025-11-25T23:59:00Z'))).toHaveProperty('organisation');
    expect(store.verify(CODE, Date.parse('2025-11-26T00:00:01Z'))).toEqual({ refused: 'expired' });
  });

  it('keeps working through a rotation: a new code alongside one that has expired', () => {
    const store = AccessCodes.fromFile(
      accessCodesFileSchema.parse({
        organisations: [
          {
            id: 'riverside-youth-club',
            name: 'Riverside',
            codes: [
              { hash: hashAccessCode(CODE), expires: '2025-01-31' },
              { hash: hashAccessCode('N3WC0-D3Q8V-TXH2R-M5KPZ') },
            ],
          },
        ],
      }),
    );
    expect(store.verify(CODE, now)).toEqual({ refused: 'expired' });
    expect(store.verify('n3wc0 d3q8v txh2r m5kpz', now)).toHaveProperty('organisation.id', 'riverside-youth-club');
  });

  it('reads codes the way people type them', () => {
    expect(normaliseAccessCode(' k7q2m x4p9t-rbwz3 hn6vd ')).toBe('K7Q2MX4P9TRBWZ3HN6VD');
    expect(normaliseAccessCode('O0-Il1')).toBe('00111');
  });

  it('never stores the code: the same code hashes differently each time, and the hash does not contain it', () => {
    const first = hashAccessCode(CODE);
    const second = hashAccessCode(CODE);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^sha256:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]{43}$/);
    expect(first).not.toContain(normaliseAccessCode(CODE));
  });

  it('refuses short or guessable codes', () => {
    expect(() => hashAccessCode('youth2025')).toThrow(/at least 16/);
  });

  it('refuses codes with no real entropy: one symbol repeated, a repeated block, a phrase, no digits, or not a generated shape', () => {
    for (const weak of [
      'AAAAAAAAAAAAAAAA',
      'AAAAA-AAAAA-AAAAA-AAAAA',
      'K7Q2M-K7Q2M-K7Q2M-K7Q2M',
      'CORRECTHORSEBATTERYS',
      'safeguardingrocks2025',
      'BCDEF-GHJKM-NPQRS-TVWXY',
      'K7Q2M-X4P9T-RBWZ3-HN6VD-77',
    ])
      expect(() => hashAccessCode(weak)).toThrow(/generated, not chosen/);
    expect(() => hashAccessCode(CODE)).not.toThrow();
    for (let i = 0; i < 200; i++) expect(() => hashAccessCode(generateAccessCode())).not.toThrow();
  });

  it('generates codes of 20 unambiguous characters in groups of five', () => {
    const code = generateAccessCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(generateAccessCode()).not.toBe(code);
  });

  it('refuses a file with a plain-text code, a duplicate organisation or a bad expiry, naming each', () => {
    const result = accessCodesFileSchema.safeParse({
      organisations: [
        { id: 'riverside-youth-club', name: 'A', codes: [{ hash: 'K7Q2M-X4P9T-RBWZ3-HN6VD' }] },
        { id: 'riverside-youth-club', name: 'B', codes: [{ hash: hashAccessCode(CODE), expires: '31/12/2026' }] },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['organisations.0.codes.0.hash', 'organisations.1.codes.0.expires', 'organisations.1.id']);
  });

  it('accepts the shipped example file', () => {
    const example = JSON.parse(
      readFileSync('deployment/examples/webchat-access-codes.example.json', 'utf8'),
    ) as unknown;
    const parsed = accessCodesFileSchema.parse(example);
    expect(parsed.organisations.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the webchat-access-code command', () => {
  function runCli(args: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = runWebChatAccessCode(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
    return { code, stdout, stderr };
  }

  it('prints a file entry, with its expiry, whose hash verifies the code it generated', () => {
    const { code, stdout, stderr } = runCli(['--expires', '2026-08-31']);
    expect(code).toBe(0);
    const generated = /: ([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})$/.exec(stderr[0] ?? '')?.[1] ?? '';
    const entry = JSON.parse(stdout.join('')) as { hash: string; expires: string };
    expect(entry.expires).toBe('2026-08-31');
    const store = AccessCodes.fromFile(
      accessCodesFileSchema.parse({
        organisations: [{ id: 'riverside-youth-club', name: 'Riverside', codes: [entry] }],
      }),
    );
    expect(store.verify(generated, Date.parse('2026-01-01T00:00:00Z'))).toHaveProperty(
      'organisation.id',
      'riverside-youth-club',
    );
  });

  it('generates codes only: a code typed on the command line is refused, however strong', () => {
    expect(runCli([CODE])).toMatchObject({
      code: 1,
      stdout: [],
      stderr: [expect.stringMatching(/generated, never chosen/)],
    });
    expect(runCli(['AAAAAAAAAAAAAAAA'])).toMatchObject({ code: 1, stdout: [] });
  });

  it('generates a code when given none, shows it once on stderr and keeps it out of the file entry', () => {
    const { code, stdout, stderr } = runCli([]);
    expect(code).toBe(0);
    const generated = /: ([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})$/.exec(stderr[0] ?? '')?.[1];
    expect(generated).toBeDefined();
    expect(stdout.join('')).not.toContain(generated);
    const entry = JSON.parse(stdout.join('')) as { hash: string };
    const store = AccessCodes.fromFile(
      accessCodesFileSchema.parse({ organisations: [{ id: 'a-youth-club', name: 'A', codes: [entry] }] }),
    );
    expect(store.verify(generated ?? '', Date.now())).toHaveProperty('organisation');
  });

  it('exits 1 with a reason for a weak code or a bad date', () => {
    expect(runCli(['short'])).toMatchObject({ code: 1, stderr: [expect.stringMatching(/generated, never chosen/)] });
    expect(runCli(['--expires', 'tomorrow'])).toMatchObject({ code: 1, stderr: [expect.stringMatching(/--expires/)] });
  });
});

describe('a malformed access-code file', () => {
  it('is refused with reasons, not a crash, even when entries are not objects', () => {
    const result = accessCodesFileSchema.safeParse({
      organisations: [null, 7, { id: 'a-club', name: 'A', codes: [] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.length).toBeGreaterThanOrEqual(3);
  });
});
