/** What a benchmarked process reports about itself (bench/support/usageReporter.ts), checked where it arrives. */
import { z } from 'zod';

export const processUsageSchema = z.strictObject({
  /** Resident set size now. */
  rssBytes: z.number().nonnegative(),
  /** Peak resident set size so far. */
  peakRssBytes: z.number().nonnegative(),
  /** CPU time (user + system) used so far, in milliseconds. */
  cpuMillis: z.number().nonnegative(),
});

export type ProcessUsage = z.infer<typeof processUsageSchema>;
