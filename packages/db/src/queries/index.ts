export * from './accounts.ts';
export * from './audit.ts';
export * from './findings.ts';
export * from './ideas.ts';
export * from './initiatives.ts';
export * from './partners.ts';
export * from './surveys.ts';
export * from './volunteers.ts';
