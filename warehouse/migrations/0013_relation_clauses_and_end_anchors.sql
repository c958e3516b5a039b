-- A window's start or end may be named by the clause of the notice that set it (…第1231号第一条规定的暂停期限届满
-- 之次日起 / 暂停期限与…第1231号第二条规定的暂停期限同时届满), so each act keeps the clause of its own notice that
-- states it (`made_in`), an anchored start the clause of its maker (`anchor_made_in`), and an act whose end is tied
-- to another notice's window the anchor of that end: the notice, its clause, and the target and clause whose window
-- it is when named (`end_*`). warehouse/chains.py dates both ends from the notices held, as 0011 describes.
ALTER TABLE notice_relations ADD COLUMN made_in VARCHAR;
ALTER TABLE notice_relations ADD COLUMN anchor_made_in VARCHAR;
ALTER TABLE notice_relations ADD COLUMN end_maker VARCHAR;
ALTER TABLE notice_relations ADD COLUMN end_made_in VARCHAR;
ALTER TABLE notice_relations ADD COLUMN end_target VARCHAR;
ALTER TABLE notice_relations ADD COLUMN end_clause VARCHAR;
