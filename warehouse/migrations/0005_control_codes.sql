-- Every control code an entry carries.
--
-- A line may print several codes (2025 No. 10: 1E004、1E101.b．…); control_code keeps the first, for
-- joins and the contract views, and control_codes keeps them all so that screening matches a product
-- classified under any of them. An entry with one code (printed or inherited from its group) has a
-- one-element list; an entry without a code has an empty one. Rows written before this migration get
-- their control_code as a one-element list; re-parsing (a PARSER_VERSION bump) fills the others.
ALTER TABLE control_entries ADD COLUMN control_codes VARCHAR[];
UPDATE control_entries
SET control_codes = CASE WHEN control_code IS NULL THEN [] ELSE [control_code] END
WHERE control_codes IS NULL;
