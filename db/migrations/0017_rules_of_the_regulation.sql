CREATE TABLE `office_thresholds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`valid_from` text NOT NULL,
	`minimum` integer NOT NULL,
	`national` integer NOT NULL,
	`eea` text NOT NULL,
	`design_contest` integer,
	`regulation` text NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`entered_by` text NOT NULL,
	`entered_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`withdrawn_at` text,
	`withdrawn_by` text
);
--> statement-breakpoint
CREATE INDEX `office_thresholds_from_idx` ON `office_thresholds` (`valid_from`);--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `electronic_exception` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `electronic_exception_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `selection_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `dialogue_log` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `market_dialogue_measures` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `award_notice_date` text;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `standstill_end_date` text;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `standstill_none` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `procedure_ground` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `procedure_ground_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `climate_exempt` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `climate_justification` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `round_revealed` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `round_consent_scope` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `dialogues` ADD `round_consent_date` text;--> statement-breakpoint
ALTER TABLE `contracts` ADD `pay_sector` text;--> statement-breakpoint
ALTER TABLE `contracts` ADD `apprentice_decision` text;--> statement-breakpoint
ALTER TABLE `contracts` ADD `apprentice_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The climate rule (FOA § 7-9) and the pay-and-conditions scope changed what cases and contracts add to the goals: rebuild them at the next open.
UPDATE `derived_state` SET `stale` = 1 WHERE `name` = 'goals';
