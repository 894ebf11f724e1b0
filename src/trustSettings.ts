/**
 * What an operator must hear at start-up about who can reach a child's details: a rehearsal of
 * production authentication on a developer's machine, or a roster open to anyone (DUTY_ROSTER=open).
 */
import type { Config } from './config';
import type { Logger } from './observability/logger';

export function trustWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.deployment === 'rehearsal' && config.store.kind === 'embedded')
    warnings.push(
      'REHEARSAL: MicrosoftAppId is set but this is not a deployment (NODE_ENV is not production, no WEBSITE_SITE_NAME). Referrals are kept in memory (COSMOS_ENDPOINT=embedded), which a deployed bot refuses.',
    );
  if (config.deployment === 'rehearsal' && config.dutyRoster.kind === 'closed')
    warnings.push(
      'NO DUTY ROSTER: nobody may go on duty, so no alert reaches anyone. Set DUTY_ROSTER to the roster file.',
    );
  if (config.dutyRoster.kind === 'open')
    warnings.push(
      'DUTY_ROSTER=open: ANYONE who can message the bot may go on duty and receive every alert. For a demonstration tenant only; every duty card says so.',
    );
  return warnings;
}

export function announceTrustSettings(config: Config, logger: Logger): void {
  for (const warning of trustWarnings(config)) logger.warn({ event: 'startup.trust_warning', warning });
}
