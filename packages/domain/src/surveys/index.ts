export * from './answers.ts';
export * from './api.ts';
export * from './definition.ts';
export * from './items.ts';
export * from './languages.ts';
export * from './scales.ts';
export * from './statistics.ts';
export * from './suppression.ts';
