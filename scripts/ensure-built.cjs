// Runs before `npm start`, `npm test` and the risk scripts: rebuilds only when a TypeScript source or
// a data file the code imports (the risk lexicons, frames and model) is newer than the last build, so
// a fresh start takes well under a second while an edited checkout never runs stale code or data.
const { readdirSync, statSync, existsSync, utimesSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
// tsc --incremental rewrites only changed outputs but always rewrites its build info: the last build's time.
const stamp = join(root, 'dist', '.tsbuildinfo');
const entry = join(root, 'dist', 'src', 'index.js');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json'))
      latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const built = existsSync(stamp) && existsSync(entry) ? statSync(stamp).mtimeMs : 0;
// The risk lexicons and frames table are imported by src/risk, so tsc copies them into dist.
const riskData = ['en-GB/risk-lexicon.json', 'cy/risk-lexicon.json', 'risk-frames.json'].map(
  (file) => statSync(join(root, 'locales', file)).mtimeMs,
);
const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'tsconfig.json')).mtimeMs, ...riskData);
if (sources > built) {
  process.stderr.write('Building (sources changed since the last build)...\n');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  // tsc leaves its build info alone when no content changed (a file only touched); mark the check done.
  const now = new Date();
  utimesSync(stamp, now, now);
}

// The web chat page's files are copied and compressed by the build too (scripts/build-webchat.cjs).
const publicFolder = join(root, 'src', 'channel', 'webchat', 'public');
const builtPage = join(root, 'dist', 'webchat', 'page.js.br');
const pageSources = Math.max(...readdirSync(publicFolder).map((name) => statSync(join(publicFolder, name)).mtimeMs));
if (
  !existsSync(join(root, 'dist', 'webchat', 'webchat.js.br')) ||
  !existsSync(builtPage) ||
  pageSources > statSync(builtPage).mtimeMs
) {
  process.stderr.write('Building the web chat page files...\n');
  execFileSync(process.execPath, [join(__dirname, 'build-webchat.cjs')], { stdio: 'inherit' });
}
