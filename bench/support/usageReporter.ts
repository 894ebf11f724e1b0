/**
 * Preloaded into every process a benchmark starts (`node --require`): it answers "usage" on the IPC channel with the
 * process's own figures (resident memory now and at its peak, CPU time so far), so a benchmark reads them from the
 * process itself on any platform instead of from files outside the project (/proc).
 */
import type { ProcessUsage } from './processUsage';

process.on('message', (message: unknown) => {
  if (message !== 'usage') return;
  const cpu = process.cpuUsage();
  const usage: ProcessUsage = {
    rssBytes: process.memoryUsage.rss(),
    // maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    cpuMillis: (cpu.user + cpu.system) / 1000,
  };
  process.send?.(usage);
});
// The channel must not keep a process alive that would otherwise exit.
process.channel?.unref();
