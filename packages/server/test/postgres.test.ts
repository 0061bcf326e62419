import { after } from 'node:test';
// @ts-expect-error: a plain ES module script without type declarations
import { startPostgres } from '../../../scripts/postgres.mjs';
import { openPostgres } from '../src/db/postgres.ts';
import { contractSuite } from './contract.ts';

const pg: { url: string; stop(): Promise<void> } | { skipped: string } = await startPostgres();
if ('skipped' in pg) {
  contractSuite('contract on PostgreSQL', () => Promise.reject(new Error('skipped')), pg.skipped);
} else {
  after(() => pg.stop());
  contractSuite('contract on PostgreSQL', () => openPostgres(pg.url));
}
