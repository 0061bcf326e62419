// Creates a new PGlite data folder, then exits. PGlite's one-off initdb holds about 600 MB of WASM
// memory that a long-running process never gives back; doing it in this short-lived child keeps
// the server's own resident memory at what reopening a folder needs (see openPglite).
// Usage: node pglite-create.mjs <data folder> <postgresql.conf line>...
import { PGlite } from '@electric-sql/pglite';

const [dataDir, ...postgresqlconf] = process.argv.slice(2);
const db = await PGlite.create(dataDir, { postgresqlconf });
await db.close();
