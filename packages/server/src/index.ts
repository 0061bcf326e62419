/** @copro/server: the reference endpoint for copro's HTTP API version 1. */
export { appInternals, createApp } from './app.ts';
export { ChangeFeed, type Change, type ChangeEvent, type ChangeKind, type FeedMessage } from './changes.ts';
export { optionsFromEnv, type ServerOptions } from './config.ts';
export { openDatabase, startServer, type RunningServer } from './server.ts';
export type { Database, Queryable, QueryResult } from './db/database.ts';
export { migrate } from './db/migrate.ts';
export { addStaffMember, firstAdminToken, listStaffMembers, revokeStaffMember } from './staff-admin.ts';
export { makeBackup, openUnmigrated, restoreBackup, type Backup } from './backup.ts';
export { coproFiles, DEMO_SETTINGS, seedDemo } from './demo.ts';
export { runRetention, DEFAULT_RETENTION_DAYS } from './retention.ts';
export { seedDemoConsultation } from './demo/seed.ts';
