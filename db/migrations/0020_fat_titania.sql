ALTER TABLE `case_protocols` ADD `award_notice_to` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `standstill_exception` text;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `result_notice_ref` text DEFAULT '' NOT NULL;