-- Full-text search over cases (FTS5, external content: the text is stored
-- once, in cases). Norwegian letters are kept distinct (remove_diacritics 0:
-- "å" must not match "a"); prefix indexes make search-as-you-type cheap.
CREATE VIRTUAL TABLE `cases_fts` USING fts5(
  case_number, title, description, department, buyer,
  content='cases', content_rowid='id',
  tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `cases_fts_ai` AFTER INSERT ON `cases` BEGIN
  INSERT INTO cases_fts(rowid, case_number, title, description, department, buyer)
  VALUES (new.id, new.case_number, new.title, new.description, new.department, new.buyer);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_fts_ad` AFTER DELETE ON `cases` BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, case_number, title, description, department, buyer)
  VALUES ('delete', old.id, old.case_number, old.title, old.description, old.department, old.buyer);
END;
--> statement-breakpoint
CREATE TRIGGER `cases_fts_au` AFTER UPDATE OF case_number, title, description, department, buyer ON `cases` BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, case_number, title, description, department, buyer)
  VALUES ('delete', old.id, old.case_number, old.title, old.description, old.department, old.buyer);
  INSERT INTO cases_fts(rowid, case_number, title, description, department, buyer)
  VALUES (new.id, new.case_number, new.title, new.description, new.department, new.buyer);
END;
--> statement-breakpoint
-- Index the cases that exist already (a database from before this migration).
INSERT INTO cases_fts(cases_fts) VALUES ('rebuild');
