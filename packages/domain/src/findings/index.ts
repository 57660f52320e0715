export * from './deidentify.ts';
export * from './gate.ts';
export * from './schemas.ts';
