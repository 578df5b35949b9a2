export * from './errors.js';
export * from './open.js';
export * from './repos/cases.js';
export * from './repos/ftsQuery.js';
export * from './repos/dialogues.js';
export * from './repos/suppliers.js';
export * from './repos/statements.js';
export * from './repos/textMatch.js';
