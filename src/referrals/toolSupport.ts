/**
 * What the referrals command-line tools share: who the operator is (for the audit trail), how
 * arguments and dates are read, and how a tool runs as a command.
 */
import os from 'node:os';
import { loadConfig, type Config } from '../config';
import type { ToolStore } from '../store/toolStore';
import type { AuditActor } from './audit';

/** The person running a tool, as the audit trail records them: `cli:<login name>`. */
export function operatorActor(login: string = safeLogin()): AuditActor {
  const id = `cli:${login.replace(/[^A-Za-z0-9._@-]/g, '_').slice(0, 100) || 'unknown'}`;
  return { id, role: 'operator' };
}

function safeLogin(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** `YYYY-MM-DD` (midnight UTC) or a full ISO date-time; undefined if it is neither. */
export function parseDateArgument(text: string): Date | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T00:00:00.000Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : date;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

export interface ParsedOptions {
  values: Map<string, string>;
  flags: Set<string>;
  problems: string[];
}

/** Reads `--name value` options and bare `--flag`s; anything else is a problem to report. */
export function parseOptions(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): ParsedOptions {
  const result: ParsedOptions = { values: new Map(), flags: new Set(), problems: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') result.problems.push(`${name} needs a value`);
      else result.values.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      result.flags.add(name);
    } else {
      result.problems.push(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  return result;
}

/** Runs a referrals tool as a command: reads the configuration, sets the exit code, reports a failure on stderr. */
export function runTool(name: string, main: (config: Config) => Promise<number>): void {
  void (async () => {
    try {
      process.exitCode = await main(loadConfig());
    } catch (error) {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  })();
}

/** What every referrals tool is given: where diagnostics go, the store, and the retention in force. */
export interface ToolDeps {
  stderr(line: string): void;
  openStore(): Promise<ToolStore>;
  retentionDays: number;
}
