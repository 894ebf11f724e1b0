/**
 * `npm run --silent risk:score -- FILE.jsonl [...]`: scores labelled messages with the current
 * reader and prints only aggregate figures (never a message), so a new batch can be measured once
 * before anyone reads it. With `--split train|dev|test` it scores a whole split instead;
 * `--phrases-only` leaves the learned reader out (for comparison).
 */
import { assessText, assessTextWith } from '../risk';
import { defaultCompiledLexicons } from '../risk/lexiconFile';
import { FIGURES_HEADER, figuresOf, figuresRow, matrixText, type Scored } from '../riskTraining/figures';
import { type LabelledMessage, loadLabelledFile, loadSplit, SPLITS, type Split } from '../riskTraining/labelledData';

function score(messages: readonly LabelledMessage[], phrasesOnly: boolean): Scored[] {
  return messages.map((message) => {
    const assessment = phrasesOnly
      ? assessTextWith(defaultCompiledLexicons(), message.text, message.locale)
      : assessText(message.text, message.locale);
    return {
      locale: message.locale,
      expected: message.level,
      assessed: assessment.level,
      ask: assessment.ask === true,
    };
  });
}

function main(argv: readonly string[]): void {
  const sets: Array<{ label: string; messages: LabelledMessage[] }> = [];
  let phrasesOnly = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--phrases-only') phrasesOnly = true;
    else if (arg === '--split') {
      const split = argv[i + 1] as Split;
      if (!SPLITS.includes(split)) throw new Error(`--split takes one of ${SPLITS.join(', ')}`);
      sets.push({ label: split, messages: loadSplit(split) });
      i += 1;
    } else sets.push({ label: arg.replace(/^.*\//, ''), messages: loadLabelledFile(arg) });
  }
  if (sets.length === 0) throw new Error('usage: risk:score -- FILE.jsonl ... | --split dev');
  const lines = [FIGURES_HEADER];
  const matrices: string[] = [];
  for (const set of sets) {
    const figures = figuresOf(score(set.messages, phrasesOnly));
    lines.push(figuresRow(set.label, figures));
    matrices.push(`${set.label}\n${matrixText(figures)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n${matrices.join('\n\n')}\n`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`risk:score: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
