// The single source of truth for the database's shape, one file per area in
// ./schema/. drizzle-kit derives the migrations in ./migrations from what
// this file exports (npm run db:generate); full-text search (FTS5) lives in
// hand-written migrations, since drizzle does not model virtual tables.
export * from './schema/cases.js';
export * from './schema/suppliers.js';
export * from './schema/dialogue.js';
export * from './schema/contracts.js';
export * from './schema/savings.js';
export * from './schema/goals.js';
export * from './schema/records.js';
export * from './schema/accounts.js';
export * from './schema/comments.js';
