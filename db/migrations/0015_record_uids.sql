ALTER TABLE `cases` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `cases_uid_uq` ON `cases` (`uid`);--> statement-breakpoint
ALTER TABLE `suppliers` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `suppliers_uid_uq` ON `suppliers` (`uid`);--> statement-breakpoint
ALTER TABLE `dialogues` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `dialogues_uid_uq` ON `dialogues` (`uid`);--> statement-breakpoint
ALTER TABLE `contracts` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_uid_uq` ON `contracts` (`uid`);--> statement-breakpoint
ALTER TABLE `strategies` ADD `uid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `strategies_uid_unique` ON `strategies` (`uid`);--> statement-breakpoint
-- Every existing record gets its identity now; new ones get it from the repositories' inserts.
UPDATE `cases` SET `uid` = lower(hex(randomblob(16))) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `suppliers` SET `uid` = lower(hex(randomblob(16))) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `dialogues` SET `uid` = lower(hex(randomblob(16))) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `contracts` SET `uid` = lower(hex(randomblob(16))) WHERE `uid` IS NULL;--> statement-breakpoint
UPDATE `strategies` SET `uid` = lower(hex(randomblob(16))) WHERE `uid` IS NULL;
