export * from './accounts.ts';
export * from './audit.ts';
export * from './common.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './permissions.ts';
export * from './roles.ts';
export * from './zones.ts';
