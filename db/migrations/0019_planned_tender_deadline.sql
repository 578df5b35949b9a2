-- When tenders are due, as planned: Min oversikt reminds the buyer while the notice is out.
ALTER TABLE `cases` ADD `planned_tender_deadline` text;