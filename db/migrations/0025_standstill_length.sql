ALTER TABLE `case_protocols` ADD `standstill_days` integer;--> statement-breakpoint
ALTER TABLE `case_protocols` ADD `award_notice_by_post` integer DEFAULT false NOT NULL;