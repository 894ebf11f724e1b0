/**
 * Redraws the Teams icons into deployment/teams/ (color.png 192×192, outline.png 32×32).
 * The PNGs are committed so an operator can swap in their own; this regenerates the defaults.
 * Prints the two paths, one a line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColourIcon, drawOutlineIcon } from './teams/icons';
import { encodePng } from './teams/png';
import { projectRoot } from '../projectRoot';

export function writeIcons(folder: string): string[] {
  const files: Array<[string, Buffer]> = [
    ['color.png', encodePng(drawColourIcon())],
    ['outline.png', encodePng(drawOutlineIcon())],
  ];
  return files.map(([name, bytes]) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
  });
}

if (require.main === module) {
  const folder = join(projectRoot(__dirname), 'deployment', 'teams');
  for (const path of writeIcons(folder)) process.stdout.write(`${path}\n`);
}
