#!/usr/bin/env node
/**
 * The `copro-server` command (`npx @copro/server`): the reference server, with settings from the
 * environment (PORT, HOST, COPRO_DATA_DIR, DATABASE_URL, COPRO_ADMIN_TOKEN, COPRO_ALLOWED_ORIGINS,
 * COPRO_AUTO_CREATE, ...; see docs/reference-server.md).
 *
 * - The drop-in files of the installed `@copro/copro` (copro.js, its chunks, copro.all.js) are
 *   served at `/copro/`, so a site can load `https://your-server/copro/copro.js`.
 * - `--demo` also serves the demo consultation page at `/` and the staff page at `/admin`, sets up
 *   the demo board, room and ladder on first start, and makes a staff token when none is set.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { optionsFromEnv } from './config.ts';
import { coproFiles, seedDemo } from './demo.ts';
import { startServer } from './server.ts';

const usage = `Usage: copro-server [--demo]

Starts the copro reference server. Settings come from the environment:
  PORT (8787), HOST (127.0.0.1), COPRO_DATA_DIR (./.copro-data), DATABASE_URL,
  COPRO_ADMIN_TOKEN, COPRO_ALLOWED_ORIGINS, COPRO_AUTO_CREATE.

  --demo   also serve the demo page at / and the staff page at /admin
  --help   show this help`;

let flags: { demo?: boolean; help?: boolean };
try {
  flags = parseArgs({ options: { demo: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n\n${usage}`);
  process.exit(2);
}
if (flags.help) {
  console.log(usage);
  process.exit(0);
}

const options = optionsFromEnv();
const files = coproFiles();
if (files) options.extraStatic = { '/copro/': files.dist, ...options.extraStatic };
else console.log('@copro/copro is not installed beside the server: /copro/copro.js is not served.');
const tokenMade = Boolean(flags.demo && !options.adminToken);
if (flags.demo) {
  if (!files) {
    console.error('--demo needs @copro/copro (the demo pages and copro.js): npm install @copro/copro');
    process.exit(1);
  }
  options.publicDir = files.demo;
  options.adminToken ??= randomBytes(24).toString('base64url');
}

const started = performance.now();
const server = await startServer(options).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${options.port ?? 8787} is already in use on ${options.host ?? '127.0.0.1'}. Stop the other server or set PORT.`);
  } else {
    console.error('Could not start the copro server:', error.message);
  }
  process.exit(1);
});
const storage = options.databaseUrl ? 'PostgreSQL' : `PGlite (${options.dataDir ?? './.copro-data'})`;
console.log(`copro server listening on ${server.url} with ${storage}, ready in ${Math.round(performance.now() - started)} ms`);
if (flags.demo && options.adminToken) {
  const base = server.url.endsWith('/') ? server.url : `${server.url}/`;
  await seedDemo(base, options.adminToken);
  console.log(`  Demo page:   ${base}`);
  console.log(`  Staff page:  ${new URL('admin', base)}`);
  console.log(tokenMade ? `  Staff token: ${options.adminToken}  (new each start; set COPRO_ADMIN_TOKEN to keep one)` : '  Staff token: the one in COPRO_ADMIN_TOKEN');
}
if (!options.adminToken) console.log('COPRO_ADMIN_TOKEN is not set: staff calls will answer 401.');

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then closing the database`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error('Could not close cleanly:', error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
