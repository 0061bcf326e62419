import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The files under `dir` whose name ends in `.test.ts`, in order (none if there is no such folder). */
export function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(dir, name))
    .sort();
}
