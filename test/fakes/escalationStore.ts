/**
 * The escalation store in memory, with ETags: `change` reads, yields (so concurrent changes
 * really interleave), then writes only if nobody wrote since the read, else retries — the same
 * If-Match contract as the Cosmos store, so two services sharing one fake are two instances.
 */
import type { Change, EscalationStore } from '../../src/escalation/escalationStore';
import { escalationSchema, nextActionAt, type Escalation } from '../../src/escalation/model';

interface Stored {
  etag: number;
  doc: Escalation;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class InMemoryEscalationStore implements EscalationStore {
  private readonly docs = new Map<string, Stored>();
  private etags = 0;
  /** Writes refused because someone else wrote first (If-Match failed). */
  conflicts = 0;

  async create(escalation: Escalation): Promise<void> {
    const key = this.key(escalation.organisationId, escalation.id);
    if (this.docs.has(key)) throw new Error(`escalation ${escalation.id} exists`);
    this.docs.set(key, { etag: ++this.etags, doc: copy({ ...escalation, nextActionAt: nextActionAt(escalation) }) });
  }

  async get(organisationId: string, id: string): Promise<Escalation | undefined> {
    const stored = this.docs.get(this.key(organisationId, id));
    return stored ? copy(stored.doc) : undefined;
  }

  async change<T>(organisationId: string, id: string, apply: Change<T>): Promise<T> {
    const key = this.key(organisationId, id);
    for (;;) {
      const read = this.docs.get(key);
      if (!read) throw new Error(`escalation ${id} not found`);
      await tick();
      const outcome = apply(copy(read.doc));
      if (!outcome.next) return outcome.result;
      await tick();
      if (this.docs.get(key)?.etag !== read.etag) {
        this.conflicts++;
        continue;
      }
      const next = escalationSchema.parse({ ...outcome.next, nextActionAt: nextActionAt(outcome.next) });
      this.docs.set(key, { etag: ++this.etags, doc: copy(next) });
      return outcome.result;
    }
  }

  async due(now: number, limit = 50): Promise<Escalation[]> {
    return [...this.docs.values()]
      .map((s) => s.doc)
      .filter((d) => d.nextActionAt <= now)
      .sort((a, b) => a.nextActionAt - b.nextActionAt)
      .slice(0, limit)
      .map(copy);
  }

  async listOpen(organisationId: string): Promise<Escalation[]> {
    return this.all(organisationId).filter((d) => d.status !== 'closed');
  }

  async forReferral(organisationId: string, referralId: string): Promise<Escalation[]> {
    return this.all(organisationId).filter((d) => d.referralId === referralId);
  }

  all(organisationId?: string): Escalation[] {
    return [...this.docs.values()]
      .map((s) => copy(s.doc))
      .filter((d) => organisationId === undefined || d.organisationId === organisationId);
  }

  private key(organisationId: string, id: string): string {
    return `${organisationId}/${id}`;
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}
