import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CHILD_KEY_SECRET_FILE,
  childKeyFor,
  loadOrCreateDevelopmentSecret,
  normaliseChildReference,
  resolveChildKeySecret,
} from '../../../src/referrals/childKey';
import { TEST_SECRET } from './fixtures';

describe('the pseudonymous child key', () => {
  it('treats "J.B.", "J B", "jb", " j-b " and "J/B" as the same child', () => {
    const keys = ['J.B.', 'J B', 'jb', ' j-b ', 'J/B', "J'B"].map((ref) => childKeyFor(TEST_SECRET, 'org-a', ref));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores accents and keeps digits: "Siân 7R" = "sian7r", "7R-04" = "7r 04", but "7R-04" ≠ "7R-05"', () => {
    expect(normaliseChildReference('Siân 7R')).toBe('sian7r');
    expect(childKeyFor(TEST_SECRET, 'org-a', '7R-04')).toBe(childKeyFor(TEST_SECRET, 'org-a', '7r 04'));
    expect(childKeyFor(TEST_SECRET, 'org-a', '7R-04')).not.toBe(childKeyFor(TEST_SECRET, 'org-a', '7R-05'));
  });

  it('differs between organisations and between deployments, so keys never link across them', () => {
    const a = childKeyFor(TEST_SECRET, 'org-a', 'J.B.');
    expect(childKeyFor(TEST_SECRET, 'org-b', 'J.B.')).not.toBe(a);
    expect(childKeyFor(`${TEST_SECRET}-other`, 'org-a', 'J.B.')).not.toBe(a);
    // The separator keeps the organisation and the reference apart.
    expect(childKeyFor(TEST_SECRET, 'org-a', 'jb')).not.toBe(childKeyFor(TEST_SECRET, 'org-aj', 'b'));
  });

  it('does not contain the reference and gives no key for a reference with no letter or digit', () => {
    expect(childKeyFor(TEST_SECRET, 'org-a', 'jb')).not.toContain('jb');
    expect(childKeyFor(TEST_SECRET, 'org-a', ' .-. ')).toBeUndefined();
  });

  it('refuses a short secret', () => {
    expect(() => childKeyFor('too-short', 'org-a', 'jb')).toThrow(/at least 32/);
  });

  it('makes a development secret once and returns the same one afterwards, readable by this user only', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ehn-key-')), 'nested');
    const first = loadOrCreateDevelopmentSecret(dir);
    const second = loadOrCreateDevelopmentSecret(dir);
    expect(first).toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, CHILD_KEY_SECRET_FILE), 'utf8').trim()).toBe(first);
    expect(statSync(path.join(dir, CHILD_KEY_SECRET_FILE)).mode & 0o077).toBe(0);
    expect(loadOrCreateDevelopmentSecret(mkdtempSync(path.join(os.tmpdir(), 'ehn-key-')))).not.toBe(first);
  });

  it('refuses a development secret file that was cut short', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ehn-key-'));
    writeFileSync(path.join(dir, CHILD_KEY_SECRET_FILE), 'short\n');
    expect(() => loadOrCreateDevelopmentSecret(dir)).toThrow(/shorter than 32/);
  });

  it('uses the configured secret, the development one only with the embedded store, and none otherwise', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ehn-key-'));
    expect(resolveChildKeySecret({ childKeySecret: TEST_SECRET, store: { kind: 'embedded', dataDir: dir } })).toBe(
      TEST_SECRET,
    );
    expect(resolveChildKeySecret({ store: { kind: 'embedded', dataDir: dir } })).toBe(
      loadOrCreateDevelopmentSecret(dir),
    );
    expect(() => resolveChildKeySecret({ store: { kind: 'cosmos' } })).toThrow(/CHILD_KEY_SECRET/);
  });
});
