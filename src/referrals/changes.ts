/**
 * What changed between two versions of a referral, by field name only, for the audit trail and
 * to skip writes that change nothing. Paths go one level into objects (`risk.level`,
 * `account.childWords`) so the trail says which part of the record moved without copying it.
 */
import type { AuditAction } from './audit';
import type { Referral } from './model';

/** Rewritten on every write; a change to these alone is no change. */
const BOOKKEEPING = new Set(['updatedAt', 'ttl', 'retainUntil']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Equality of JSON-shaped data. Not util.isDeepStrictEqual: that also compares prototypes, and a
 * structuredClone'd object can come from another realm. A key holding undefined equals no key.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameJson(a[key], b[key])) return false;
  return true;
}

export function changedFields(before: Referral, after: Referral): string[] {
  const changed: string[] = [];
  const b: Record<string, unknown> = before;
  const a: Record<string, unknown> = after;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => !BOOKKEEPING.has(key)).sort();
  for (const key of keys) {
    const x = b[key];
    const y = a[key];
    if (sameJson(x, y)) continue;
    if (isPlainObject(x) && isPlainObject(y) && key !== 'reporter' && key !== 'owner') {
      for (const inner of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
        if (!sameJson(x[inner], y[inner])) changed.push(`${key}.${inner}`);
      }
    } else {
      changed.push(key);
    }
  }
  return changed;
}

/** The audit action a change amounts to: claiming and closing are named; notes alone are `noted`. */
export function auditActionFor(before: Referral, after: Referral, fields: readonly string[]): AuditAction {
  if (after.status === 'closed' && before.status !== 'closed') return 'closed';
  if (after.status === 'claimed' && before.status !== 'claimed') return 'claimed';
  if (fields.length > 0 && fields.every((field) => field === 'notes')) return 'noted';
  return 'changed';
}
