CREATE TABLE `audit_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`by` text NOT NULL,
	`file_name` text NOT NULL,
	`exported_by` text NOT NULL,
	`exported_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `import_id` integer REFERENCES audit_imports(id);