CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`phase` text NOT NULL,
	`from_phase` text,
	`date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`date`,`id`);--> statement-breakpoint
CREATE TABLE `case_themes` (
	`case_id` integer NOT NULL,
	`theme` text NOT NULL,
	PRIMARY KEY(`case_id`, `theme`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_themes_theme_idx` ON `case_themes` (`theme`,`case_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_number` text NOT NULL,
	`case_number_sort` text NOT NULL,
	`title` text NOT NULL,
	`title_sort` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`department` text NOT NULL,
	`need_owner` text DEFAULT '' NOT NULL,
	`buyer` text NOT NULL,
	`estimated_value` integer NOT NULL,
	`kind` text NOT NULL,
	`procedure` text,
	`phase` text NOT NULL,
	`phase_since` text NOT NULL,
	`registered_date` text NOT NULL,
	`registered_year` integer NOT NULL,
	`planned_notice_date` text,
	`planned_award_date` text,
	`planned_contract_start` text,
	`archived` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_case_number_uq` ON `cases` (`case_number`);--> statement-breakpoint
CREATE INDEX `cases_updated_idx` ON `cases` (`archived`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `cases_number_idx` ON `cases` (`archived`,`case_number_sort`,`id`);--> statement-breakpoint
CREATE INDEX `cases_title_idx` ON `cases` (`archived`,`title_sort`,`id`);--> statement-breakpoint
CREATE INDEX `cases_value_idx` ON `cases` (`archived`,`estimated_value`,`id`);--> statement-breakpoint
CREATE INDEX `cases_phase_since_idx` ON `cases` (`archived`,`phase_since`,`id`);--> statement-breakpoint
CREATE INDEX `cases_registered_idx` ON `cases` (`archived`,`registered_date`,`id`);--> statement-breakpoint
CREATE INDEX `cases_phase_idx` ON `cases` (`phase`,`updated_at`);--> statement-breakpoint
CREATE INDEX `cases_department_idx` ON `cases` (`department`);--> statement-breakpoint
CREATE INDEX `cases_buyer_idx` ON `cases` (`buyer`);--> statement-breakpoint
CREATE INDEX `cases_procedure_idx` ON `cases` (`procedure`);--> statement-breakpoint
CREATE INDEX `cases_year_idx` ON `cases` (`registered_year`);