/** The referral records: model, ports and the pure rules around them (the Cosmos adapters are in src/store). */
export * from './model';
export * from './audit';
export * from './errors';
export * from './ports';
export { AGE_BANDS, ageBandForAge, ageBandForYearGroup, type AgeBand } from './ageBand';
export {
  childKeyFor,
  loadOrCreateDevelopmentSecret,
  normaliseChildReference,
  resolveChildKeySecret,
  CHILD_KEY_SECRET_FILE,
} from './childKey';
export {
  chronologyWindowStart,
  cumulativeConcern,
  withCumulativeConcern,
  REPEATED_CONCERNS,
  type ChronologyEntry,
  type CumulativeConcern,
} from './chronology';
export { addNote, attachEscalation, claim, close, isInQueue, submit } from './lifecycle';
export { compareUrgency, sortQueue, type QueueEntry } from './queue';
export { isReference, newReference, parseReference } from './reference';
export { buildReport, renderReportText, type ReferralReport } from './report';
export { purgeEverythingExpired, ttlSeconds, type PurgeSummary } from './retention';
export { mergeRisk, NO_REFERRAL_RISK, riskFromAssessment } from './riskRecord';
