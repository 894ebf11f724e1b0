/**
 * Every Cosmos DB container the code uses, with its partition key and default TTL.
 * The deployment templates declare the same list (a test compares them), so this is the one
 * place to change a container. See src/store/COSMOS-DESIGN.md for the queries each serves.
 */
export interface ContainerDefinition {
  readonly id: string;
  readonly partitionKeyPath: string;
  /** Cosmos `defaultTtl`: -1 = items may carry their own `ttl`, never expire by default. */
  readonly defaultTtl?: number;
}

export const CONTAINERS = {
  /**
   * teams-ai conversation state (no user scope is stored), keyed by the storage key. A triage left
   * unfinished holds what was typed, so state expires 30 days after its last change.
   */
  botState: { id: 'botState', partitionKeyPath: '/id', defaultTtl: 30 * 24 * 3600 },
  /** Referral records; one organisation's records share a partition. Items carry `ttl` (retention). */
  referrals: { id: 'referrals', partitionKeyPath: '/organisationId', defaultTtl: -1 },
  /** Escalations with their delivery outbox and acknowledgement deadline. */
  escalations: { id: 'escalations', partitionKeyPath: '/organisationId', defaultTtl: -1 },
  /** Duty workers currently on duty, with their conversation references. */
  duty: { id: 'duty', partitionKeyPath: '/organisationId' },
  /** Append-only audit trail of who created, viewed, claimed, changed or exported a referral. */
  audit: { id: 'audit', partitionKeyPath: '/organisationId', defaultTtl: -1 },
  /**
   * A member of staff's remembered role, organisation and call-back number (one item per person),
   * expired a year after it was last saved or used (src/reporterDetails, the privacy notice).
   */
  reporterDetails: { id: 'reporterDetails', partitionKeyPath: '/organisationId', defaultTtl: 365 * 24 * 3600 },
} as const satisfies Record<string, ContainerDefinition>;

export type ContainerName = keyof typeof CONTAINERS;
export const ALL_CONTAINERS: readonly ContainerDefinition[] = Object.values(CONTAINERS);
