CREATE TABLE `case_dialogue_closing` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`closed_date` text NOT NULL,
	`final_tenders_invited_date` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `case_prequalified` (
	`case_id` integer NOT NULL,
	`supplier_id` integer NOT NULL,
	PRIMARY KEY(`case_id`, `supplier_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `case_prequalified_supplier_idx` ON `case_prequalified` (`supplier_id`);--> statement-breakpoint
CREATE TABLE `dialogue_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dialogue_id` integer NOT NULL,
	`asked_by` integer,
	`question` text NOT NULL,
	`answer` text DEFAULT '' NOT NULL,
	`answered_date` text,
	`answer_confidential` text,
	`shared_date` text,
	`shared_how` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`dialogue_id`) REFERENCES `dialogues`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`asked_by`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `dialogue_items_dialogue_idx` ON `dialogue_items` (`dialogue_id`);--> statement-breakpoint
CREATE INDEX `dialogue_items_asked_idx` ON `dialogue_items` (`asked_by`);--> statement-breakpoint
CREATE TABLE `dialogue_suppliers` (
	`dialogue_id` integer NOT NULL,
	`supplier_id` integer NOT NULL,
	`invited` integer DEFAULT true NOT NULL,
	`attended` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`dialogue_id`, `supplier_id`),
	FOREIGN KEY (`dialogue_id`) REFERENCES `dialogues`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `dialogue_suppliers_supplier_idx` ON `dialogue_suppliers` (`supplier_id`,`dialogue_id`);--> statement-breakpoint
CREATE TABLE `dialogues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`form` text NOT NULL,
	`date` text NOT NULL,
	`time` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`agenda` text DEFAULT '' NOT NULL,
	`minutes` text DEFAULT '' NOT NULL,
	`minutes_confidential` text,
	`outcome` text DEFAULT '' NOT NULL,
	`outcome_confidential` text,
	`participants` text DEFAULT '' NOT NULL,
	`round` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `dialogues_case_idx` ON `dialogues` (`case_id`,`date`,`id`);--> statement-breakpoint
CREATE TABLE `supplier_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supplier_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `supplier_contacts_supplier_idx` ON `supplier_contacts` (`supplier_id`);--> statement-breakpoint
CREATE TABLE `suppliers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`orgnr` text NOT NULL,
	`name` text NOT NULL,
	`name_sort` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`notes_confidential` text,
	`merged_into` integer,
	`merged_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `suppliers_orgnr_live_uq` ON `suppliers` (`orgnr`) WHERE merged_into IS NULL;--> statement-breakpoint
CREATE INDEX `suppliers_name_idx` ON `suppliers` (`name_sort`);--> statement-breakpoint
CREATE INDEX `suppliers_merged_idx` ON `suppliers` (`merged_into`);--> statement-breakpoint
ALTER TABLE `case_events` ADD `override_reason` text;