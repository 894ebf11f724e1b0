import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Walks up to the project root (the folder with deployment/teams/), so the tools run from src/ (tests) and dist/ alike. */
export function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'deployment', 'teams', 'manifest.template.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find deployment/teams/manifest.template.json above ${start}`);
  }
}
