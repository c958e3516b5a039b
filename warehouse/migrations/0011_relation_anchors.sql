-- An act whose start is the end of a window another notice set (…在第1031号公告规定的暂停期限届满后继续暂停
-- 实施) prints no day; the parser marks it (parsers/chains.py) and the warehouse dates it from the
-- notices it holds (warehouse/chains.py), after every parse step that stored something. window_from /
-- window_until then hold the resolved days; printed_from / printed_until keep what the notice alone gives,
-- which the act falls back to when the window it follows is not (or no longer) known.
ALTER TABLE notice_relations ADD COLUMN anchored BOOLEAN DEFAULT false;
ALTER TABLE notice_relations ADD COLUMN anchor_maker VARCHAR;     -- the notice whose window the act follows; NULL: the target's own
ALTER TABLE notice_relations ADD COLUMN anchor_duration VARCHAR;  -- the act's own period (为期6个月), counted from the resolved start
ALTER TABLE notice_relations ADD COLUMN printed_from DATE;
ALTER TABLE notice_relations ADD COLUMN printed_until DATE;
