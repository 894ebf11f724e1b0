/**
 * node dist/src/cli/webchat-access-code.js [--expires YYYY-MM-DD]
 * Generates a strong code (100 bits), prints it once, and prints the line to add to an
 * organisation's "codes" in the WEBCHAT_ACCESS_CODES file: only its salted hash is kept. Codes are
 * generated, never chosen: a person's choice (AAAA…, a phrase) is far easier to guess.
 */
import { generateAccessCode, hashAccessCode } from '../channel/webchat/accessCodes';

export interface AccessCodeIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

const USAGE = `usage: webchat-access-code [--expires YYYY-MM-DD]
  Generates a new random code. Codes are generated, never chosen.`;

export function runWebChatAccessCode(args: readonly string[], io: AccessCodeIo): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  let expires: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--expires') {
      expires = args[++i];
      if (expires === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) {
        io.stderr('--expires needs a date such as 2026-07-31');
        return 1;
      }
    } else positional.push(arg);
  }
  if (positional.length > 0) {
    io.stderr(`Codes are generated, never chosen (a chosen code is far easier to guess).\n${USAGE}`);
    return 1;
  }
  const code = generateAccessCode();
  let hash: string;
  try {
    hash = hashAccessCode(code);
  } catch (err) {
    io.stderr(err instanceof Error ? err.message : String(err));
    return 1;
  }
  io.stderr(`Access code (give it to the organisation's safeguarding lead; it is not stored anywhere): ${code}`);
  io.stderr('Add this to the organisation\'s "codes" in the WEBCHAT_ACCESS_CODES file:');
  io.stdout(JSON.stringify({ hash, ...(expires !== undefined ? { expires } : {}) }));
  return 0;
}

if (require.main === module) {
  process.exitCode = runWebChatAccessCode(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
