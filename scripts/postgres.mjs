#!/usr/bin/env node
// A throwaway PostgreSQL server for tests.
//
//   import { startPostgres } from './scripts/postgres.mjs';
//   const pg = await startPostgres();   // { url, stop() } or { skipped: 'why' }
//
// As a CLI: `node scripts/postgres.mjs` starts one, prints DATABASE_URL=..., and stops it on Ctrl+C.
//
// Finds initdb/pg_ctl under /usr/lib/postgresql/*/bin. When they are missing and we are root on
// Debian (in CI, or locally as root) it runs `apt-get install -y postgresql`; otherwise it answers
// { skipped } naming the package to install. The cluster lives in a temp folder (trust auth, loopback
// only, socket in the same folder) and stop() removes it.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function findBinDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : undefined;
}

function tryInstall() {
  if (!isRoot || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: 'ignore', env, timeout: 300_000 };
  let result = spawnSync('apt-get', ['install', '-y', '-q', 'postgresql'], opts);
  if (result.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], opts);
    result = spawnSync('apt-get', ['install', '-y', '-q', 'postgresql'], opts);
  }
  return result.status === 0;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL tool, as user `postgres` when we are root (the server refuses to run as root). */
async function tool(binDir, name, args) {
  const file = join(binDir, name);
  if (isRoot) return run('runuser', ['-u', 'postgres', '--', file, ...args], { timeout: 120_000 });
  return run(file, args, { timeout: 120_000 });
}

/** @returns {Promise<{url: string, stop(): Promise<void>} | {skipped: string}>} */
export async function startPostgres() {
  let binDir = findBinDir();
  if (!binDir && (process.env.CI === 'true' || isRoot) && tryInstall()) binDir = findBinDir();
  if (!binDir) {
    return {
      skipped:
        'PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin. ' +
        'Install the Debian package "postgresql" (apt-get install -y postgresql) to run the PostgreSQL tests.',
    };
  }
  if (isRoot && spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status !== 0) {
    return { skipped: 'Running as root, but there is no "postgres" user to run the server as. Install the Debian package "postgresql", which creates it.' };
  }

  const dir = await mkdtemp(join(tmpdir(), 'copro-pg-'));
  const data = join(dir, 'data');
  if (isRoot) await chown(dir, Number(spawnSync('id', ['-u', 'postgres']).stdout), Number(spawnSync('id', ['-g', 'postgres']).stdout));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    await tool(binDir, 'initdb', ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync', '-D', data]);
    let lastError;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      try {
        await tool(binDir, 'pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
      } catch (error) {
        lastError = error; // the port may have been taken in between: try another
        continue;
      }
      let stopped = false;
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        async stop() {
          if (stopped) return;
          stopped = true;
          await tool(binDir, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
          await cleanup();
        },
      };
    }
    throw lastError;
  } catch (error) {
    await cleanup();
    const detail = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr).trim() : String(error);
    throw new Error(`Could not start a throwaway PostgreSQL: ${detail}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pg = await startPostgres();
  if ('skipped' in pg) {
    console.log(`skipped: ${pg.skipped}`);
  } else {
    console.log(`DATABASE_URL=${pg.url}`);
    console.log('Press Ctrl+C to stop and delete it.');
    const stop = async () => {
      await pg.stop();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    setInterval(() => {}, 1 << 30);
  }
}
