export * from './availability.ts';
export * from './constants.ts';
export * from './matching.ts';
export * from './schemas.ts';
export * from './selection.ts';
