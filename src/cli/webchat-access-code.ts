/**
 * node dist/src/cli/webchat-access-code.js [code] [--expires YYYY-MM-DD]
 * Prints the line to add to an organisation's "codes" in the WEBCHAT_ACCESS_CODES file. With no
 * code it generates a strong one (100 bits) and prints it once: only its salted hash is kept.
 */
import { generateAccessCode, hashAccessCode, MIN_CODE_LENGTH } from '../channel/webchat/accessCodes';

export interface AccessCodeIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

const USAGE = `usage: webchat-access-code [code] [--expires YYYY-MM-DD]
  Without a code, a new random code is generated. A code you choose needs at least ${MIN_CODE_LENGTH} letters and digits.`;

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
  if (positional.length > 1) {
    io.stderr(USAGE);
    return 1;
  }
  const generated = positional[0] === undefined;
  const code = positional[0] ?? generateAccessCode();
  let hash: string;
  try {
    hash = hashAccessCode(code);
  } catch (err) {
    io.stderr(err instanceof Error ? err.message : String(err));
    return 1;
  }
  if (generated) io.stderr(`Access code (give it to the organisation's safeguarding lead; it is not stored anywhere): ${code}`);
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
