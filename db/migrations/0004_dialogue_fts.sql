-- Full-text search over market dialogue: activities (title, agenda, minutes,
-- outcome) and equal-treatment items (question, answer), external content
-- like cases_fts. Confidential text is indexed too: search is for the office;
-- public outputs never carry it (the service's public view leaves it out).
CREATE VIRTUAL TABLE `dialogues_fts` USING fts5(
  title, agenda, minutes, outcome,
  content='dialogues', content_rowid='id',
  tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `dialogues_fts_ai` AFTER INSERT ON `dialogues` BEGIN
  INSERT INTO dialogues_fts(rowid, title, agenda, minutes, outcome) VALUES (new.id, new.title, new.agenda, new.minutes, new.outcome);
END;
--> statement-breakpoint
CREATE TRIGGER `dialogues_fts_ad` AFTER DELETE ON `dialogues` BEGIN
  INSERT INTO dialogues_fts(dialogues_fts, rowid, title, agenda, minutes, outcome) VALUES ('delete', old.id, old.title, old.agenda, old.minutes, old.outcome);
END;
--> statement-breakpoint
CREATE TRIGGER `dialogues_fts_au` AFTER UPDATE OF title, agenda, minutes, outcome ON `dialogues` BEGIN
  INSERT INTO dialogues_fts(dialogues_fts, rowid, title, agenda, minutes, outcome) VALUES ('delete', old.id, old.title, old.agenda, old.minutes, old.outcome);
  INSERT INTO dialogues_fts(rowid, title, agenda, minutes, outcome) VALUES (new.id, new.title, new.agenda, new.minutes, new.outcome);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `items_fts` USING fts5(
  question, answer,
  content='dialogue_items', content_rowid='id',
  tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `items_fts_ai` AFTER INSERT ON `dialogue_items` BEGIN
  INSERT INTO items_fts(rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;
--> statement-breakpoint
CREATE TRIGGER `items_fts_ad` AFTER DELETE ON `dialogue_items` BEGIN
  INSERT INTO items_fts(items_fts, rowid, question, answer) VALUES ('delete', old.id, old.question, old.answer);
END;
--> statement-breakpoint
CREATE TRIGGER `items_fts_au` AFTER UPDATE OF question, answer ON `dialogue_items` BEGIN
  INSERT INTO items_fts(items_fts, rowid, question, answer) VALUES ('delete', old.id, old.question, old.answer);
  INSERT INTO items_fts(rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;
--> statement-breakpoint
INSERT INTO dialogues_fts(dialogues_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO items_fts(items_fts) VALUES ('rebuild');
