/**
 * The demo consultation (`npm start` in the repository, `npx @copro/server --demo` from npm): the
 * demo pages and the drop-in files come from `@copro/copro`, and the first start sets up the
 * demo board, room and ladder through the staff API, as a council would.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The demo consultation's settings, as a council would set them up through the staff API. */
export const DEMO_SETTINGS: Record<string, object> = {
  'v1/boards/youth-fund-2026': {
    title: 'Youth fund 2026: your ideas',
    categories: [
      { id: 'places-to-go', label: 'Places to go' },
      { id: 'things-to-do', label: 'Things to do' },
      { id: 'getting-around', label: 'Getting around' },
      { id: 'wellbeing', label: 'Mental health and wellbeing' },
      { id: 'skills-and-jobs', label: 'Skills and jobs' },
      { id: 'something-else', label: 'Something else' },
    ],
    // Posts from young people are checked before anyone else sees them.
    moderation: 'before',
    maxLength: 1000,
    open: true,
  },
  'v1/rooms/youth-fund-2026': { title: 'Youth fund 2026: who have we not heard from yet?' },
  'v1/ladders/youth-fund-2026': { title: 'Youth fund 2026: how much say do young people have?' },
};

/**
 * Sets up the demo board, room and ladder the first time (while the board has no categories),
 * so changes staff make later survive a restart. Says so, and carries on, if it cannot.
 */
export async function seedDemo(base: string, token: string, log: (line: string) => void = console.log): Promise<void> {
  try {
    const board = await fetch(new URL('v1/boards/youth-fund-2026', base));
    if (board.ok && (((await board.json()) as { categories?: unknown[] }).categories ?? []).length > 0) return;
    for (const [path, settings] of Object.entries(DEMO_SETTINGS)) {
      // The board's page is the demo page: the Atom feed links each answer there.
      const body = path.startsWith('v1/boards/') ? { ...settings, pageUrl: new URL('/#ideas', base).href } : settings;
      const response = await fetch(new URL(path, base), {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (!response.ok) log(`Demo not fully set up: PUT /${path} answered ${response.status}.`);
    }
  } catch (error) {
    log(`Demo not set up: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Where the installed `@copro/copro` keeps the drop-in files (`dist/`) and the demo pages (`demo/`),
 * or undefined when it is not installed beside this server.
 */
export function coproFiles(): { dist: string; demo: string } | undefined {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('@copro/copro/package.json'));
    const files = { dist: join(root, 'dist'), demo: join(root, 'demo') };
    return existsSync(files.dist) ? files : undefined;
  } catch {
    return undefined;
  }
}
