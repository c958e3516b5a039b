-- A correction said to apply from the corrected notice's own day of force (…系…之误，现予更正，自该公告施行之日起
-- 适用) is dated from that notice, as an act following another notice's window is (0011): `anchor_since`
-- says which day an anchored act takes — `window_end` (the day after the window it follows ends) or
-- `target_effective` (the target's day of force).
ALTER TABLE notice_relations ADD COLUMN anchor_since VARCHAR;
