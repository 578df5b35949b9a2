CREATE TABLE `briefing_packs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`by` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`meeting` text DEFAULT '' NOT NULL,
	`meeting_date` text,
	`version` text NOT NULL,
	`format` text NOT NULL,
	`sha256` text NOT NULL,
	`bytes` integer NOT NULL,
	`spec` text NOT NULL,
	`content` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `briefing_packs_created_idx` ON `briefing_packs` (`created_at`);--> statement-breakpoint
CREATE INDEX `case_events_date_idx` ON `case_events` (`date`,`case_id`);