/**
 * Runs the benchmarks one after another (all, or those named: `node dist/bench/run.js load risk`),
 * prints one table of figures, and records them with the machine they came from in
 * bench/results/latest.json. A benchmark that fails is reported and the rest still run; the exit
 * code is then non-zero.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { BenchResult } from './types';
import { botNodeOptions, npmScriptCommand, START_SCRIPT } from './support/child';
import { projectRoot } from '../src/projectRoot';

type Benchmark = () => Promise<BenchResult[]>;

/** Each benchmark module, loaded only when it runs (web chat pulls in a browser driver). */
const BENCHMARKS: Readonly<Record<string, () => Promise<Benchmark>>> = {
  risk: async () => (await import('./risk')).run,
  signposting: async () => (await import('./signposting')).run,
  flows: async () => (await import('./flows')).run,
  referrals: async () => (await import('./referrals')).run,
  webchat: async () => (await import('./webchat')).run,
  escalation: async () => (await import('./escalation')).run,
  load: async () => (await import('./load')).run,
};

const benchResultSchema = z.object({
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  goal: z.string().optional(),
});

const machineSchema = z.object({
  cpuModel: z.string(),
  cores: z.number(),
  memoryBytes: z.number(),
  node: z.string(),
  platform: z.string(),
  loadAverageAtStart: z.array(z.number()),
  loadAverageAtEnd: z.array(z.number()),
  /** NODE_OPTIONS the benchmarks gave the bot's own process (BENCH_BOT_NODE_OPTIONS), if any. */
  botNodeOptions: z.string().optional(),
  /** The Node options in `npm run start:production`, which the benchmarks start the deployed shape with. */
  startNodeArgs: z.array(z.string()).optional(),
});
type Machine = z.infer<typeof machineSchema>;

const entrySchema = z.object({
  ranAt: z.string(),
  seconds: z.number(),
  machine: machineSchema,
  results: z.array(benchResultSchema).optional(),
  error: z.string().optional(),
});
type Entry = z.infer<typeof entrySchema>;

const latestSchema = z.object({
  timestamp: z.string(),
  machine: machineSchema,
  ran: z.array(z.string()),
  benchmarks: z.record(z.string(), entrySchema),
});
type Latest = z.infer<typeof latestSchema>;

function machine(loadAverageAtStart: number[]): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: loadAverageAtStart.map((n) => Math.round(n * 100) / 100),
    loadAverageAtEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
    ...(botNodeOptions() ? { botNodeOptions: botNodeOptions() } : {}),
    startNodeArgs: npmScriptCommand(START_SCRIPT['own-process']).nodeArgs,
  };
}

/** The previous file's entries, so running one benchmark does not erase the others' last figures. */
function previous(file: string): Latest['benchmarks'] {
  if (!existsSync(file)) return {};
  try {
    const parsed = latestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data.benchmarks : {};
  } catch {
    return {};
  }
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 3 });
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(entries: ReadonlyArray<[string, Entry]>): string {
  const lines = ['| benchmark | figure | value | unit | goal |', '|---|---|---:|---|---|'];
  for (const [name, entry] of entries) {
    if (entry.error !== undefined) lines.push(`| ${name} | FAILED: ${cell(entry.error.split('\n')[0] ?? '')} | | | |`);
    for (const r of entry.results ?? [])
      lines.push(`| ${name} | ${cell(r.name)} | ${formatValue(r.value)} | ${cell(r.unit)} | ${cell(r.goal ?? '')} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    process.stderr.write(
      `Unknown benchmark${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}\n`,
    );
    return 2;
  }
  const selected = requested.length > 0 ? [...new Set(requested)] : Object.keys(BENCHMARKS);
  const runLoad = os.loadavg();
  const ranNow: Array<[string, Entry]> = [];
  let failed = 0;

  for (const name of selected) {
    const load = BENCHMARKS[name];
    if (!load) continue;
    const loadAtStart = os.loadavg();
    const ranAt = new Date().toISOString();
    const started = performance.now();
    process.stderr.write(`running ${name} …\n`);
    let entry: Entry;
    try {
      const results = await (await load())();
      // A benchmark module is someone else's code: check what it returned before trusting it.
      const checked = z.array(benchResultSchema).safeParse(results);
      if (!checked.success)
        throw new Error(
          `returned something other than BenchResult[]: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`,
        );
      entry = {
        ranAt,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        machine: machine(loadAtStart),
        results: checked.data,
      };
    } catch (error) {
      failed += 1;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${name} failed: ${message}\n`);
      entry = {
        ranAt,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        machine: machine(loadAtStart),
        error: message.split('\n')[0] ?? message,
      };
    }
    process.stderr.write(
      `${name} done in ${entry.seconds} s (load average ${entry.machine.loadAverageAtStart.join(' ')} → ${entry.machine.loadAverageAtEnd.join(' ')})\n`,
    );
    ranNow.push([name, entry]);
  }

  const facts = machine(runLoad);
  process.stdout.write(`\n${table(ranNow)}\n\n`);
  process.stdout.write(
    `Machine: ${facts.cpuModel}, ${facts.cores} cores, ${(facts.memoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${facts.node}, ${facts.platform}; load average ${facts.loadAverageAtStart.join(' ')} at start, ${facts.loadAverageAtEnd.join(' ')} at end. Bot started as deployed (npm run start:production${facts.startNodeArgs?.length ? `: ${facts.startNodeArgs.join(' ')}` : ''}) unless a figure says npm start${facts.botNodeOptions ? `, plus NODE_OPTIONS ${facts.botNodeOptions}` : ''}.\n`,
  );

  const dir = path.join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'latest.json');
  const latest: Latest = {
    timestamp: new Date().toISOString(),
    machine: facts,
    ran: ranNow.map(([name]) => name),
    benchmarks: { ...previous(file), ...Object.fromEntries(ranNow) },
  };
  writeFileSync(file, `${JSON.stringify(latest, null, 2)}\n`);
  process.stdout.write(`Written to ${path.relative(process.cwd(), file) || file}\n`);
  return failed > 0 ? 1 : 0;
}

main().then(
  // Some benchmarks leave kept-alive sockets or browser handles behind: exit explicitly.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
