#!/usr/bin/env node
/**
 * `npm start`: the reference server with the demo page, on a fresh clone after `npm install`.
 *
 * 1. Builds `packages/copro/dist/copro.js` when it is missing or older than the sources.
 * 2. On a data folder's first start, makes an admin token and prints it once (only its hash is
 *    kept; `npm run staff -- add "Name" --role admin` makes another). COPRO_ADMIN_TOKEN still works.
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
  ...['protocol', 'core', 'feedback-board', 'room-checklist', 'ladder', 'plain-language', 'you-said-we-did', 'staff', 'copro'].map((name) =>
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

buildIfStale();

// The server is TypeScript source: let Node load it through tsx, in this process.
register();
const { startServer, optionsFromEnv, openDatabase, firstAdminToken, seedDemo, seedDemoConsultation } = await import('@copro/server');

const options = {
  ...optionsFromEnv(process.env),
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
let newAdminToken;
// Opened here so the demo seeder can write through the stores; the server closes it on close().
const db = await openDatabase(options);
try {
  // With COPRO_ADMIN_TOKEN set there is already an admin; otherwise a new data folder gets one.
  if (!options.adminToken) newAdminToken = await firstAdminToken(db);
  server = await startServer({ ...options, db });
} catch (error) {
  if (error?.code === 'EADDRINUSE') {
    console.error(portInUse());
    process.exit(1);
  }
  throw error;
}
const base = server.url.endsWith('/') ? server.url : `${server.url}/`;

const seedToken = options.adminToken ?? newAdminToken;
if (seedToken) await seedDemo(base, seedToken);
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
if (newAdminToken) {
  console.log(`  Admin token: ${newAdminToken}`);
  console.log('               Shown this once: keep it in a password manager. Lost it? npm run staff -- add "Your name" --role admin');
} else {
  console.log(`  Staff token: ${options.adminToken ? 'the one in COPRO_ADMIN_TOKEN' : 'the one printed on the first start (npm run staff -- add "Your name" --role admin makes another)'}`);
}
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
