CREATE TABLE `case_complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`supplier` text NOT NULL,
	`concerns` text DEFAULT '' NOT NULL,
	`answer_due` text,
	`answer` text DEFAULT '' NOT NULL,
	`closed_date` text,
	`outcome` text,
	`kofa_case_no` text DEFAULT '' NOT NULL,
	`fee` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_complaints_case_idx` ON `case_complaints` (`case_id`,`date`,`id`);--> statement-breakpoint
CREATE TABLE `case_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`platform` text NOT NULL,
	`ref` text NOT NULL,
	`date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_notices_case_idx` ON `case_notices` (`case_id`,`date`,`id`);--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `award_notice_to` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `standstill_exception` text;