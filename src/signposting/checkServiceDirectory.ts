/**
 * Validates a service directory and says what is wrong where, in one pass: the operator fixes
 * every problem at once instead of one start-up at a time. Used at start-up and by directory:check.
 */
import type { z } from 'zod';
import { serviceDirectorySchema, type ServiceDirectory } from './directorySchema';

export interface DirectoryReport {
  /** Present only when there are no problems. */
  directory?: ServiceDirectory;
  /** Each "path: message", e.g. "services[3].contacts[0].phone: ...". Any problem makes the directory unusable. */
  problems: string[];
  /** Worth fixing but not blocking: stale reviews, values to verify, services that can never be suggested. */
  warnings: string[];
}

/** services[3].contacts[0].phone — the path as a person would write it in JavaScript. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

const requiredError = (issue: z.core.$ZodRawIssue): string | undefined =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined;

export function checkServiceDirectory(raw: unknown, now: Date): DirectoryReport {
  const parsed = serviceDirectorySchema.safeParse(raw, { error: requiredError });
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  problems.push(...duplicateIds(raw));
  if (!parsed.success || problems.length > 0) return { problems, warnings: [] };
  const warnings: string[] = [];
  parsed.data.services.forEach((service, i) => {
    const where = `services[${i}] (${service.id})`;
    const reviewed = new Date(`${service.lastReviewed}T00:00:00Z`);
    if (reviewed.getTime() > now.getTime() + 86_400_000)
      problems.push(`services[${i}].lastReviewed: ${service.lastReviewed} is in the future`);
    else if (monthsBetween(reviewed, now) >= 12)
      warnings.push(
        `${where}: last reviewed ${service.lastReviewed}, more than 12 months ago; check it with the provider`,
      );
    if (service.needs.length === 0 && !service.crisis)
      warnings.push(`${where}: lists no needs, so it is never suggested; add needs from src/signposting/needs.ts`);
    for (const note of service.verify ?? []) warnings.push(`${where}: to verify: ${note}`);
    service.contacts.forEach((contact, j) => {
      if (contact.verify !== undefined) warnings.push(`${where}.contacts[${j}]: to verify: ${contact.verify}`);
    });
  });
  return problems.length > 0 ? { problems, warnings } : { directory: parsed.data, problems, warnings };
}

/** JSON text in, report out: a syntax error is a problem like any other. */
export function checkServiceDirectoryText(text: string, now: Date): DirectoryReport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      problems: [`(file): not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
      warnings: [],
    };
  }
  return checkServiceDirectory(raw, now);
}

function duplicateIds(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || !('services' in raw) || !Array.isArray(raw.services)) return [];
  const services: unknown[] = raw.services;
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  services.forEach((service, i) => {
    if (typeof service !== 'object' || service === null || !('id' in service) || typeof service.id !== 'string') return;
    const seen = firstIndex.get(service.id);
    if (seen === undefined) firstIndex.set(service.id, i);
    else problems.push(`services[${i}].id: duplicate id "${service.id}" (also services[${seen}])`);
  });
  return problems;
}

function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}
