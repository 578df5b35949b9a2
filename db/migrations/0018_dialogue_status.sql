ALTER TABLE `dialogues` ADD `status` text DEFAULT 'held' NOT NULL;--> statement-breakpoint
-- Activities recorded before there was a status: held if dated before today, else planned (UTC's today; an
-- activity dated today counts as held). Written by hand after drizzle-kit's ALTER.
UPDATE `dialogues` SET `status` = 'planned' WHERE `date` > date('now');
