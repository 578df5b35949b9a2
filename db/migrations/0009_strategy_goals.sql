CREATE TABLE `derived_state` (
	`name` text PRIMARY KEY NOT NULL,
	`stale` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `goal_facts` (
	`source` text NOT NULL,
	`source_id` integer NOT NULL,
	`measure` text NOT NULL,
	`year` integer NOT NULL,
	`num` real NOT NULL,
	`den` integer NOT NULL,
	PRIMARY KEY(`source`, `source_id`, `measure`, `year`)
);
--> statement-breakpoint
CREATE INDEX `goal_facts_sum_idx` ON `goal_facts` (`measure`,`year`,`num`,`den`);--> statement-breakpoint
CREATE TABLE `goal_totals` (
	`measure` text NOT NULL,
	`year` integer NOT NULL,
	`num` real NOT NULL,
	`den` integer NOT NULL,
	PRIMARY KEY(`measure`, `year`)
);
--> statement-breakpoint
CREATE TABLE `open_stretches` (
	`phase` text NOT NULL,
	`since` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`phase`, `since`)
);
--> statement-breakpoint
CREATE TABLE `phase_days` (
	`year` integer NOT NULL,
	`phase` text NOT NULL,
	`days` integer NOT NULL,
	PRIMARY KEY(`year`, `phase`)
);
--> statement-breakpoint
CREATE TABLE `strategies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`from_year` integer NOT NULL,
	`to_year` integer NOT NULL,
	`adopted_date` text,
	`adopted_by` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `strategy_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`theme` text NOT NULL,
	`measure` text NOT NULL,
	`target` real NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `strategy_goals_strategy_idx` ON `strategy_goals` (`strategy_id`,`seq`);--> statement-breakpoint
ALTER TABLE `cases` ADD `climate_weight_pct` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `climate_requirements` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `award_date` text;--> statement-breakpoint
CREATE INDEX `cases_award_idx` ON `cases` (`award_date`);--> statement-breakpoint
CREATE INDEX `dialogues_date_idx` ON `dialogues` (`date`);--> statement-breakpoint
-- award_date and the tables goal_facts, goal_totals, phase_days and open_stretches are derived from the records by
-- core's rules; the app rebuilds them at the next open (db/repos/goals.ts).
INSERT INTO `derived_state` (`name`, `stale`) VALUES ('goals', 1);
