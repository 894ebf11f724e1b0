/**
 * `npm run --silent assess-risk`: JSON lines in ({"text": "...", "locale": "en-GB"}), one JSON line
 * out per non-blank input line, the same assessment the bot applies to every message — so a
 * safeguarding lead can check an edit to the lexicon against their own examples.
 * Exit 2 if any line was not valid input (its place in the output says why), else 0.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { toSupportedLocale } from '../i18n/locale';
import { assessText } from '../risk';

const inputSchema = z.object({
  text: z.string(),
  locale: z.string().optional(),
});

type LineResult = { ok: true; json: string } | { ok: false; json: string };

function failure(lineNumber: number, problem: string): LineResult {
  return { ok: false, json: JSON.stringify({ error: `line ${lineNumber}: ${problem}` }) };
}

function assessLine(line: string, lineNumber: number): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return failure(lineNumber, 'not valid JSON');
  }
  const parsed = inputSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return failure(lineNumber, `${where}${issue.message} (expected {"text": "...", "locale": "en-GB"})`);
  }
  const locale = parsed.data.locale === undefined ? 'en-GB' : toSupportedLocale(parsed.data.locale);
  if (!locale) return failure(lineNumber, `locale "${parsed.data.locale}" is neither English (en…) nor Welsh (cy…)`);
  return { ok: true, json: JSON.stringify(assessText(parsed.data.text, locale)) };
}

/**
 * Assesses each line and writes one result per non-blank line, in order. `write` gets one JSON text
 * without its newline; it may return a promise (for back-pressure), which is awaited.
 */
export async function assessLines(
  lines: AsyncIterable<string>,
  write: (line: string) => void | Promise<void>,
): Promise<{ bad: number }> {
  let lineNumber = 0;
  let bad = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    // A byte-order mark from a Windows editor is not part of the JSON.
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const result = assessLine(line, lineNumber);
    if (!result.ok) bad += 1;
    await write(result.json);
  }
  return { bad };
}

function writeToStdout(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(`${line}\n`)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

async function main(): Promise<void> {
  // A reader closing the pipe early (| head) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const input = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const { bad } = await assessLines(input, writeToStdout);
  process.exitCode = bad > 0 ? 2 : 0;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`assess-risk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
