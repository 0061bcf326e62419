#!/usr/bin/env node
/**
 * `npm start`: the reference server with the demo page, on a fresh clone after `npm install`.
 *
 * 1. Builds `packages/copro/dist/copro.js` when it is missing or older than the sources.
 * 2. Makes a random staff token when `COPRO_ADMIN_TOKEN` is unset, and prints it.
 * 3. Starts `@copro/server` in this process (its TypeScript source is loaded through tsx),
 *    serving `packages/copro/demo/` at `/` and the bundle at `/copro/copro.js`.
 * 4. The first time, sets up the demo board (title, categories, moderation), room and ladder
 *    through the staff API; on a new data folder (never with DATABASE_URL), also writes a
 *    consultation in progress, dated over the past weeks (`seedDemoConsultation`).
 *
 * Every other setting comes from the environment: PORT, HOST, COPRO_DATA_DIR, DATABASE_URL,
 * COPRO_ALLOWED_ORIGINS, COPRO_AUTO_CREATE (see docs/reference-server.md).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

const bundle = join(root, 'packages/copro/dist/copro.js');
/** What copro.js is built from: element sources, the build config and the lockfile. */
const sources = [
  ...['protocol', 'core', 'feedback-board', 'room-checklist', 'ladder', 'plain-language', 'copro'].map((name) =>
    join(root, 'packages', name, 'src'),
  ),
  join(root, 'vite.config.ts'),
  join(root, 'package-lock.json'),
];

/** The newest modification time under a file or folder, in milliseconds. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function buildIfStale() {
  const builtAt = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const changedAt = Math.max(...sources.map(newest));
  if (builtAt > changedAt) return;
  console.log(builtAt ? 'copro.js is older than its sources: building it.' : 'Building copro.js.');
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed (see above), so the demo page cannot load its elements.');
    process.exit(result.status ?? 1);
  }
}

/** The demo consultation's settings, as a council would set them up through the staff API. */
const demo = {
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
async function seedDemo(base, token) {
  try {
    const board = await fetch(new URL('v1/boards/youth-fund-2026', base));
    if (board.ok && ((await board.json()).categories ?? []).length > 0) return;
    for (const [path, settings] of Object.entries(demo)) {
      const response = await fetch(new URL(path, base), {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(settings),
      });
      if (!response.ok) console.log(`Demo not fully set up: PUT /${path} answered ${response.status}.`);
    }
  } catch (error) {
    console.log(`Demo not set up: ${error instanceof Error ? error.message : error}`);
  }
}

buildIfStale();

const tokenFromEnv = Boolean(process.env.COPRO_ADMIN_TOKEN);
const adminToken = process.env.COPRO_ADMIN_TOKEN || randomBytes(24).toString('base64url');
process.env.COPRO_ADMIN_TOKEN = adminToken;

// The server is TypeScript source: let Node load it through tsx, in this process.
register();
const { openDatabase, startServer, optionsFromEnv, seedDemoConsultation } = await import('@copro/server');

const options = {
  ...optionsFromEnv(process.env),
  adminToken,
  publicDir: 'packages/copro/demo',
  extraStatic: { '/copro/': 'packages/copro/dist' },
};
// Only a new data folder gets the demo consultation: never a PostgreSQL server, never data someone has.
const dataDir = options.dataDir ?? './.copro-data';
const newDataFolder = !options.databaseUrl && (!existsSync(dataDir) || readdirSync(dataDir).length === 0);

/** Answers whether host:port is free, without opening the database (two servers on one PGlite folder would clash). */
function portIsFree(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}
const portInUse = () =>
  `Port ${options.port ?? 8787} is already in use (is npm start running already?): stop the other server, or choose another port (PORT=8788 npm start).`;
if (options.port !== 0 && !(await portIsFree(options.port ?? 8787, options.host ?? '127.0.0.1'))) {
  console.error(portInUse());
  process.exit(1);
}

let server;
// Opened here so the demo seeder can write through the stores; the server closes it on close().
const db = await openDatabase(options);
try {
  server = await startServer({ ...options, db });
} catch (error) {
  if (error?.code === 'EADDRINUSE') {
    console.error(portInUse());
    process.exit(1);
  }
  throw error;
}
const base = server.url.endsWith('/') ? server.url : `${server.url}/`;

await seedDemo(base, adminToken);
if (newDataFolder) {
  try {
    await seedDemoConsultation(db);
    console.log('New data folder: added a demo consultation in progress (posts, answers, a room, ladder ratings).');
  } catch (error) {
    console.log(`Demo consultation not added: ${error instanceof Error ? error.message : error}`);
  }
}

console.log('');
console.log(`copro is running.`);
console.log(`  Demo page:   ${base}`);
console.log(`  Staff page:  ${new URL('admin', base)}`);
console.log(
  tokenFromEnv ? '  Staff token: the one in COPRO_ADMIN_TOKEN' : `  Staff token: ${adminToken}  (new each start; set COPRO_ADMIN_TOKEN to keep one)`,
);
console.log('Press Ctrl+C to stop.');

let closing = false;
async function stop(signal) {
  if (closing) return;
  closing = true;
  console.log(`\n${signal}: stopping.`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
