export * from './plan.ts';
export * from './positions.ts';
export * from './read.ts';
export * from './seal.ts';
export * from './translations.ts';
export * from './write.ts';
