-- A notice printing no day of force but another notice's (本公告自…第808号施行之日起施行) names that notice in
-- `effective_with` (effective_rule 'with_notice'). Its `effective_on` is stored as its publication, and
-- warehouse/chains.py moves it, and the entries that took it, to that notice's day of force once the
-- warehouse holds that notice (parsers/chains.py dates it, as the accuracy scorer does).
ALTER TABLE notice_records ADD COLUMN effective_with VARCHAR;
