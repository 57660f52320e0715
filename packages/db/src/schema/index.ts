export * from './accounts.ts';
export * from './audit.ts';
export * from './mail.ts';
export * from './zones.ts';
