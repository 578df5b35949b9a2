CREATE TABLE `case_benefits` (
	`case_id` integer NOT NULL,
	`theme` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`case_id`, `theme`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
