// Prints, as one Markdown table, every string a person sees that changed since a commit:
// key, old English, new English, new Welsh. For a safeguarding lead's review of a wording change.
// usage: npm run --silent strings:diff -- <commit>
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const base = process.argv[2];
if (!base) {
  console.error('usage: npm run --silent strings:diff -- <commit>');
  process.exit(2);
}

const LOCALES = 'locales';
// The words a person may type, and the risk reading's patterns, are not shown to anyone.
const NOT_SHOWN = [/^triage:typed\./];

function flatten(value, prefix, out) {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

function strings(text, file) {
  if (text === undefined) return new Map();
  const json = JSON.parse(text);
  const ns = file.replace(/\.json$/, '');
  // Of the lexicon, only the structured answers' labels are shown to people.
  if (ns === 'risk-lexicon') return flatten(json.answers ?? {}, '', new Map());
  return flatten(json, '', new Map());
}

function keyName(file, key) {
  const ns = file.replace(/\.json$/, '');
  return ns === 'risk-lexicon' ? `risk-lexicon answers.${key}` : `${ns}:${key}`;
}

function atBase(path) {
  try {
    return execFileSync('git', ['show', `${base}:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const cell = (text) => (text === undefined ? '*(new)*' : text.replace(/\|/g, '\\|').replace(/\n/g, ' '));

const rows = [];
for (const file of readdirSync(join(LOCALES, 'en-GB'))
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const nowEn = strings(readFileSync(join(LOCALES, 'en-GB', file), 'utf8'), file);
  const nowCy = strings(readFileSync(join(LOCALES, 'cy', file), 'utf8'), file);
  const thenEn = strings(atBase(`${LOCALES}/en-GB/${file}`), file);
  const thenCy = strings(atBase(`${LOCALES}/cy/${file}`), file);
  for (const key of [...new Set([...thenEn.keys(), ...nowEn.keys()])].sort()) {
    const name = keyName(file, key);
    if (NOT_SHOWN.some((pattern) => pattern.test(name))) continue;
    if (thenEn.get(key) === nowEn.get(key) && thenCy.get(key) === nowCy.get(key)) continue;
    const removed = !nowEn.has(key);
    rows.push(
      `| \`${name}\` | ${cell(thenEn.get(key))} | ${removed ? '*(removed)*' : cell(nowEn.get(key))} | ${removed ? '*(removed)*' : cell(nowCy.get(key) ?? '')} |`,
    );
  }
}

console.log('| key | old English | new English | new Welsh |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
