/** The referral records: model, ports, Cosmos implementations and the pure rules around them. */
export * from './model';
export * from './audit';
export * from './errors';
export * from './ports';
export { AGE_BANDS, ageBandForAge, ageBandForYearGroup, type AgeBand } from './ageBand';
export { childKeyFor, loadOrCreateDevelopmentSecret, normaliseChildReference, resolveChildKeySecret, CHILD_KEY_SECRET_FILE } from './childKey';
export { chronologyWindowStart, cumulativeConcern, withCumulativeConcern, REPEATED_CONCERNS, type ChronologyEntry, type CumulativeConcern } from './chronology';
export { addNote, attachEscalation, claim, close, isInQueue, submit } from './lifecycle';
export { compareUrgency, sortQueue, type QueueEntry } from './queue';
export { isReference, newReference, parseReference } from './reference';
export { buildReport, renderReportText, type ReferralReport } from './report';
export { purgeEverythingExpired, ttlSeconds, type PurgeSummary } from './retention';
export { mergeRisk, NO_REFERRAL_RISK, riskFromAssessment } from './riskRecord';
export { CosmosAuditTrail } from '../store/cosmosAuditTrail';
export { CosmosReferralRepository } from '../store/cosmosReferralRepository';
export { cosmosReferralStores, type ReferralStores } from './cosmosReferralStores';
export { openStoreForTools, type ToolStore } from '../store/toolStore';
