CREATE TABLE `case_protocols` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`lots_reason` text DEFAULT '' NOT NULL,
	`procedure_reason` text DEFAULT '' NOT NULL,
	`participants` text DEFAULT '[]' NOT NULL,
	`award_reason` text DEFAULT '' NOT NULL,
	`subcontractors` text DEFAULT '' NOT NULL,
	`conflicts_of_interest` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`finalised_at` text,
	`finalised_by` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
