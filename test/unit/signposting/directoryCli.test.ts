import { readFileSync } from 'node:fs';
import { runDirectoryCheck, type CheckIo } from '../../../src/cli/directory-check';
import { runDirectoryImport, type ImportIo } from '../../../src/cli/directory-import';
import { shippedDirectoryFile } from '../../../src/files/serviceDirectory';
import { directory, service } from './helpers';
import { ORUK_SERVICE_EXAMPLE_PATH } from '../../support/schemas';

const NOW = new Date('2026-11-25T12:00:00Z');
const ORUK_EXAMPLE = ORUK_SERVICE_EXAMPLE_PATH;

interface Captured {
  stdout: string[];
  stderr: string[];
}

function fakeIo(files: Record<string, string>): { io: CheckIo & ImportIo; out: Captured } {
  const out: Captured = { stdout: [], stderr: [] };
  const io = {
    stdout: (text: string) => out.stdout.push(text),
    stderr: (line: string) => out.stderr.push(line),
    readFile: (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    now: NOW,
    defaultFile: 'shipped.json',
  };
  return { io, out };
}

describe('directory:check', () => {
  it('checks the shipped directory when no file is given, and exits 0', () => {
    const { io, out } = fakeIo({ 'shipped.json': readFileSync(shippedDirectoryFile(), 'utf8') });
    expect(runDirectoryCheck([], io)).toBe(0);
    expect(out.stdout.at(-1)).toMatch(/^shipped\.json: OK, \d+ services/);
    // The values the brief could not confirm are listed for whoever releases it.
    expect(out.stderr.some((l) => /^warning: services\[\d+\] \(beat\).*to verify/.test(l))).toBe(true);
  });

  it('exits 1 on {"services":[{"id":1,"name":""}]} and prints each problem with its path', () => {
    const { io, out } = fakeIo({ 'bad.json': '{"services":[{"id":1,"name":""}]}' });
    expect(runDirectoryCheck(['bad.json'], io)).toBe(1);
    expect(out.stdout).toContainEqual(expect.stringMatching(/^services\[0\]\.id: /));
    expect(out.stdout).toContainEqual(expect.stringMatching(/^services\[0\]\.name: /));
    expect(out.stdout.at(-1)).toMatch(/^bad\.json: \d+ problems$/);
  });

  it('catches duplicate ids and unknown needs', () => {
    const raw = { services: [service({ id: 'twice' }), { ...service({ id: 'twice' }), needs: ['sadness'] }] };
    const { io, out } = fakeIo({ 'd.json': JSON.stringify(raw) });
    expect(runDirectoryCheck(['d.json'], io)).toBe(1);
    expect(out.stdout).toContain('services[1].id: duplicate id "twice" (also services[0])');
    expect(out.stdout).toContainEqual(expect.stringMatching(/^services\[1\]\.needs\[0\]: unknown need "sadness"/));
  });

  it('warns on stderr, still exiting 0, about entries not reviewed in 12 months', () => {
    const { io, out } = fakeIo({
      'old.json': JSON.stringify(directory(service({ id: 'stale', lastReviewed: '2024-06-30' }))),
    });
    expect(runDirectoryCheck(['old.json'], io)).toBe(0);
    expect(out.stderr).toEqual([
      'warning: services[0] (stale): last reviewed 2024-06-30, more than 12 months ago; check it with the provider',
    ]);
    expect(out.stdout).toEqual(['old.json: OK, 1 services (1 warnings)']);
  });

  it('exits 1 when the file cannot be read or is not JSON', () => {
    const { io, out } = fakeIo({ 'broken.json': '{' });
    expect(runDirectoryCheck(['missing.json'], io)).toBe(1);
    expect(out.stdout[0]).toMatch(/^missing\.json: cannot be read: ENOENT/);
    expect(runDirectoryCheck(['broken.json'], io)).toBe(1);
    expect(out.stdout).toContainEqual(expect.stringMatching(/^\(file\): not valid JSON/));
  });

  it('refuses more than one file', () => {
    const { io, out } = fakeIo({});
    expect(runDirectoryCheck(['a.json', 'b.json'], io)).toBe(1);
    expect(out.stderr[0]).toMatch(/^usage: directory:check/);
  });
});

describe('directory:import', () => {
  const files = { 'oruk.json': readFileSync(ORUK_EXAMPLE, 'utf8') };

  it('writes our directory JSON on stdout for the official ORUK example, which then passes directory:check', () => {
    const { io, out } = fakeIo(files);
    expect(runDirectoryImport(['oruk.json'], io)).toBe(0);
    const converted = out.stdout.join('');
    expect(JSON.parse(converted)).toMatchObject({ services: [{ id: 'ac148810-d857-441c-9679-408f346de14b' }] });
    const check = fakeIo({ 'converted.json': converted });
    expect(runDirectoryCheck(['converted.json'], check.io)).toBe(0);
  });

  it('puts warnings and unmapped fields on stderr, never in the JSON', () => {
    const { io, out } = fakeIo(files);
    runDirectoryImport(['oruk.json', '--country', 'england'], io);
    expect(out.stderr).toContainEqual(
      expect.stringMatching(/^warning: all records: levels of need are not in ORUK; set to \[1, 2\]/),
    );
    expect(out.stderr).toContainEqual(expect.stringMatching(/^not mapped: record 0 .*: funding/));
    expect(out.stderr.some((l) => l.includes('country is not in ORUK'))).toBe(false);
    expect(JSON.parse(out.stdout.join('')).services[0].country).toBe('england');
  });

  it.each([
    [[], /give the ORUK JSON FILE/],
    [['oruk.json', '--country', 'scotland'], /--country must be one of england, wales, both/],
    [['oruk.json', '--scope', 'global'], /--scope must be one of national, local, school/],
    [['oruk.json', '--verbose'], /unknown option --verbose/],
    [['missing.json'], /missing\.json: ENOENT/],
  ])('exits 1 with a reason for %j', (args, message) => {
    const { io, out } = fakeIo(files);
    expect(runDirectoryImport(args, io)).toBe(1);
    expect(out.stderr[0]).toMatch(message);
    expect(out.stdout).toEqual([]);
  });

  it('exits 1 when no record could be imported', () => {
    const { io, out } = fakeIo({ 'empty.json': '{"contents": []}' });
    expect(runDirectoryImport(['empty.json'], io)).toBe(1);
    expect(out.stderr).toContain('empty.json: no service could be imported');
  });
});
