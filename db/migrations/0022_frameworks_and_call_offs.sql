CREATE TABLE `call_offs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`date` text NOT NULL,
	`department` text NOT NULL,
	`supplier_id` integer NOT NULL,
	`value` integer NOT NULL,
	`quantity` integer,
	`description` text NOT NULL,
	`method` text NOT NULL,
	`invitation_date` text,
	`tender_count` integer,
	`award_reason` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `call_offs_spend_idx` ON `call_offs` (`contract_id`,`value`,`quantity`);--> statement-breakpoint
CREATE INDEX `call_offs_contract_idx` ON `call_offs` (`contract_id`,`date`);--> statement-breakpoint
CREATE INDEX `call_offs_supplier_idx` ON `call_offs` (`supplier_id`);--> statement-breakpoint
CREATE TABLE `contract_frameworks` (
	`contract_id` integer PRIMARY KEY NOT NULL,
	`suppliers` text NOT NULL,
	`call_off` text NOT NULL,
	`max_value` integer,
	`max_quantity` integer,
	`quantity_unit` text DEFAULT '' NOT NULL,
	`entitled` text DEFAULT '' NOT NULL,
	`duration_ground` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade
);
