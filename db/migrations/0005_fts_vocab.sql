-- The vocabulary of each full-text index (fts5vocab): lets a search expand a
-- typed prefix into the exact words it covers, which FTS5 reads lazily,
-- instead of a prefix query, which it merges in full before the first row.
CREATE VIRTUAL TABLE `cases_fts_vocab` USING fts5vocab(cases_fts, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `dialogues_fts_vocab` USING fts5vocab(dialogues_fts, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `items_fts_vocab` USING fts5vocab(items_fts, 'row');
