CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`by` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`method` text NOT NULL,
	`changes` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_record_idx` ON `audit_log` (`entity`,`entity_id`,`id`);