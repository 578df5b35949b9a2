export * from './errors.js';
export * from './open.js';
export * from './repos/cases.js';
export * from './repos/ftsQuery.js';
