/**
 * A typed triage, answered the way a teacher would answer the low-risk case in the transcript
 * tests: each answer is chosen for the question the bot last asked in that conversation (read from
 * the card's `nodeId` as it reaches the connector), so a branch in the flow never derails a run.
 */
import type { Arrival, BenchConnector } from './connector';

/** Typed answers by question id; every question accepts typing. Nothing here is a risk. */
export const TYPED_ANSWERS: Readonly<Record<string, string>> = {
  immediateDanger: 'no',
  role: 'teacher',
  organisation: 'Exampleshire High',
  contactNumber: '01632 960 111',
  childReference: 'J.B.',
  age: '13',
  area: 'england',
  needs: 'anxiety-low-mood, attendance-ebsa',
  noticed: 'Has missed 9 days this half term, says she feels sick before school.',
  duration: 'weeks',
  frequency: 'weekly',
  deterioration: 'worse',
  education: 'persistent-absence',
  homeContext: 'changes',
  selfHarm: 'none',
  suicidalThoughts: 'none',
  harmDisclosure: 'none',
  exploitation: 'none',
  missing: 'no',
  involved: 'none',
  inPlace: 'Pastoral check-ins twice a week.',
  childWords: 'I just feel sick when I think about school.',
  consent: 'aware-consents',
  communication: 'considered',
  summary: 'confirm',
};

/** The messages of one whole triage in the order the flow asks them for this case (for the echo bot). */
export const SCRIPTED_TRIAGE: readonly string[] = ['hello', 'start', ...Object.values(TYPED_ANSWERS)];

const NODE_ID = /"nodeId":"([^"\\]+)"/;

/** The question a reply asks, if it is a triage question card. */
export function askedNode(body: string): string | undefined {
  return NODE_ID.exec(body)?.[1];
}

/**
 * Keeps, per conversation, the question the bot asked last. Replies reach the connector before the
 * bot answers the POST, so the next message of a conversation always sees its previous reply.
 */
export class AskedQuestions {
  private readonly asked = new Map<string, string | undefined>();
  private readonly stop: () => void;

  constructor(connector: BenchConnector) {
    this.stop = connector.listen((arrival: Arrival) => {
      if (arrival.method !== 'POST' || !this.asked.has(arrival.conversationId)) return;
      const node = askedNode(arrival.body);
      if (node !== undefined) this.asked.set(arrival.conversationId, node);
    });
  }

  track(conversationId: string): void {
    if (!this.asked.has(conversationId)) this.asked.set(conversationId, undefined);
  }

  /** The question pending in the conversation, forgetting it (the next reply sets the next one). */
  take(conversationId: string): string | undefined {
    const node = this.asked.get(conversationId);
    this.asked.set(conversationId, undefined);
    return node;
  }

  detach(): void {
    this.stop();
  }
}

/** What to type next: the planned answer to the pending question, `start` when none is pending. */
export function nextTriageMessage(pending: string | undefined): { text: string; planned: boolean; completes: boolean } {
  if (pending === undefined) return { text: 'start', planned: true, completes: false };
  const answer = TYPED_ANSWERS[pending];
  // A question this plan does not know: skipping is always possible, and it is counted.
  if (answer === undefined) return { text: 'skip', planned: false, completes: false };
  return { text: answer, planned: true, completes: pending === 'summary' };
}
