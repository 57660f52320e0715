export * from './client.ts';
export * from './json-rows.ts';
export * from './prepared.ts';
export * from './queries/index.ts';
export * as schema from './schema/index.ts';
export * from './schema/index.ts';
