-- Every figure two sources both give, and whether they agree: each release kind against the others
-- and against the NBS data portal. A pair that disagrees held a batch back (raw.quarantine names it).
CREATE VIEW marts.source_agreement AS
SELECT
    c.indicator, c.dimension, c.period, c.period_type, c.measure, c.unit,
    c.kind_a, c.value_a, c.url_a, c.kind_b, c.value_b, c.url_b,
    c.agree,
    'portal' IN (c.kind_a, c.kind_b) AS against_portal,
    CASE WHEN c.agree THEN NULL
         WHEN 'portal' IN (c.kind_a, c.kind_b) THEN
              CASE WHEN c.published_a >= c.published_b THEN c.url_a ELSE c.url_b END
         ELSE c.url_a || ' and ' || c.url_b END AS held_back,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM raw.cross_checks AS c
ORDER BY c.agree, c.indicator, c.period, c.period_type, c.measure, c.kind_a, c.kind_b;

COMMENT ON VIEW marts.source_agreement IS 'Every figure two sources both give (two release kinds, or a release and the NBS data portal), at the precision both print: agree, or the disagreement with both values and sources and the batch held back for it. Disagreements first.';
COMMENT ON COLUMN marts.source_agreement.indicator IS 'Indicator code.';
COMMENT ON COLUMN marts.source_agreement.dimension IS 'Dimension.';
COMMENT ON COLUMN marts.source_agreement.period IS 'Period.';
COMMENT ON COLUMN marts.source_agreement.period_type IS 'Period type.';
COMMENT ON COLUMN marts.source_agreement.measure IS 'Measure.';
COMMENT ON COLUMN marts.source_agreement.unit IS 'Unit.';
COMMENT ON COLUMN marts.source_agreement.kind_a IS 'First source''s release kind (portal: the NBS data portal).';
COMMENT ON COLUMN marts.source_agreement.value_a IS 'First source''s value.';
COMMENT ON COLUMN marts.source_agreement.url_a IS 'First source (a release URL, or the portal''s data call URL#body).';
COMMENT ON COLUMN marts.source_agreement.kind_b IS 'Second source''s release kind.';
COMMENT ON COLUMN marts.source_agreement.value_b IS 'Second source''s value.';
COMMENT ON COLUMN marts.source_agreement.url_b IS 'Second source.';
COMMENT ON COLUMN marts.source_agreement.agree IS 'True when both agree at the precision both print.';
COMMENT ON COLUMN marts.source_agreement.against_portal IS 'True when one side is the NBS data portal.';
COMMENT ON COLUMN marts.source_agreement.held_back IS 'For a disagreement, what was quarantined: against the portal the later-arriving batch, between two releases both.';
COMMENT ON COLUMN marts.source_agreement.data_label IS 'official, or fixture for demo data built from test pages.';
