export * from './accounts.ts';
export * from './audit.ts';
export * from './ideas.ts';
export * from './initiatives.ts';
export * from './mail.ts';
export * from './partners.ts';
export * from './zones.ts';
