export * from './common.ts';
export * from './boards.ts';
export * from './rooms.ts';
export * from './ladders.ts';
export * from './clarity.ts';
export * from './defaults.ts';
export * from './staff.ts';
export * from './participants.ts';
export { routes, type RouteSpec } from './routes.ts';
