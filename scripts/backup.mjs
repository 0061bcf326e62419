#!/usr/bin/env node
/**
 * `npm run backup -- FILE`: a logical backup (JSON of every table) through the running server's
 * admin API when one answers at HOST:PORT (token in COPRO_STAFF_TOKEN or COPRO_ADMIN_TOKEN), else
 * straight from the data folder (COPRO_DATA_DIR) or DATABASE_URL.
 * `npm run restore -- FILE`: into a new, empty data folder or database, with no server running on it;
 * a backup made by an older copro is loaded at its own schema and then migrated.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { adminApi, fail, withDatabase } from './admin-api.mjs';

const [command, file] = process.argv.slice(2);
if (!file) fail(`Use: npm run ${command} -- FILE`);
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
process.chdir(dirname(dirname(fileURLToPath(import.meta.url))));

if (command === 'backup') {
  const api = await adminApi();
  const backup = api ? await api.call('GET', '/v1/backup') : await withDatabase((db, server) => server.makeBackup(db));
  await writeFile(path, JSON.stringify(backup), { mode: 0o600 });
  const rows = Object.values(backup.tables).reduce((sum, table) => sum + table.length, 0);
  console.log(`Backed up ${rows} rows (schema ${backup.schema}) to ${path}. It holds personal data: keep it as safely as the server.`);
} else if (command === 'restore') {
  if (await adminApi({ ...process.env, COPRO_STAFF_TOKEN: 'unused' })) {
    fail('A copro server is running. Restore into a new data folder with no server on it (COPRO_DATA_DIR=<new folder> npm run restore -- FILE), then start the server on that folder.');
  }
  const backup = JSON.parse(await readFile(path, 'utf8'));
  register();
  const server = await import('@copro/server');
  const db = await server.openUnmigrated(server.optionsFromEnv(process.env));
  try {
    const counts = await server.restoreBackup(db, backup);
    console.log(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows from ${path}.`);
  } catch (error) {
    fail(`Not restored: ${error instanceof Error ? error.message : error}`);
  } finally {
    await db.close();
  }
} else {
  fail('Use: npm run backup -- FILE, or npm run restore -- FILE');
}
