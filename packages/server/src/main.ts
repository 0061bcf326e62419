#!/usr/bin/env node
/** CLI entry: `node --import tsx packages/server/src/main.ts`. Settings come from the environment. */
import { optionsFromEnv } from './config.ts';
import { startServer } from './server.ts';

const options = optionsFromEnv();
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
