/** @copro/server: the reference endpoint for copro's HTTP API version 1. */
export { createApp } from './app.ts';
export { optionsFromEnv, type ServerOptions } from './config.ts';
export { openDatabase, startServer, type RunningServer } from './server.ts';
export type { Database, Queryable, QueryResult } from './db/database.ts';
export { migrate } from './db/migrate.ts';
export { seedDemoConsultation } from './demo/seed.ts';
