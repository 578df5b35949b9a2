CREATE TABLE `case_savings` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`baseline_kind` text NOT NULL,
	`baseline_value` integer NOT NULL,
	`awarded_value` integer NOT NULL,
	`period_months` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `realised_savings` (
	`case_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`case_id`, `year`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `realised_savings_year_idx` ON `realised_savings` (`year`);