CREATE TABLE `contract_followups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`risk_level` text,
	`next_control_due` text,
	`findings` text DEFAULT '' NOT NULL,
	`report_written` integer DEFAULT false NOT NULL,
	`sanction` text,
	`closed_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contract_followups_contract_idx` ON `contract_followups` (`contract_id`,`date`);--> statement-breakpoint
CREATE TABLE `contract_options` (
	`contract_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`length_months` integer NOT NULL,
	`decide_by` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`decided_date` text,
	PRIMARY KEY(`contract_id`, `seq`),
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contract_options_decide_idx` ON `contract_options` (`status`,`decide_by`);--> statement-breakpoint
CREATE TABLE `contract_suppliers` (
	`contract_id` integer NOT NULL,
	`supplier_id` integer NOT NULL,
	PRIMARY KEY(`contract_id`, `supplier_id`),
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `contract_suppliers_supplier_idx` ON `contract_suppliers` (`supplier_id`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`title` text NOT NULL,
	`value` integer NOT NULL,
	`signed_date` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`notice_months` integer DEFAULT 0 NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`administrator` text DEFAULT '' NOT NULL,
	`terminated_date` text,
	`termination_reason` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `contracts_case_idx` ON `contracts` (`case_id`);--> statement-breakpoint
CREATE INDEX `contracts_end_idx` ON `contracts` (`end_date`);