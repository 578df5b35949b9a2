CREATE TABLE `case_counts` (
	`archived` integer PRIMARY KEY NOT NULL,
	`n` integer NOT NULL
);
--> statement-breakpoint
-- Kept by triggers: the list's unfiltered total without counting rows.
INSERT INTO case_counts (archived, n) VALUES (0, (SELECT count(*) FROM cases WHERE archived = 0)), (1, (SELECT count(*) FROM cases WHERE archived = 1));
--> statement-breakpoint
CREATE TRIGGER `case_counts_ai` AFTER INSERT ON `cases` BEGIN
  UPDATE case_counts SET n = n + 1 WHERE archived = new.archived;
END;
--> statement-breakpoint
CREATE TRIGGER `case_counts_ad` AFTER DELETE ON `cases` BEGIN
  UPDATE case_counts SET n = n - 1 WHERE archived = old.archived;
END;
--> statement-breakpoint
CREATE TRIGGER `case_counts_au` AFTER UPDATE OF archived ON `cases` WHEN old.archived <> new.archived BEGIN
  UPDATE case_counts SET n = n - 1 WHERE archived = old.archived;
  UPDATE case_counts SET n = n + 1 WHERE archived = new.archived;
END;
