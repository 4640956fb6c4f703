-- Each numeric claim of the interview beside the official figure for the same period and measure.
CREATE VIEW marts.interview_claims AS
WITH claims AS (
    SELECT claim_id, said_on, speaker, source, url, confidence, statement, indicator, dimension, measure,
        period, period_type, comparator, TRY_CAST(value AS DOUBLE) AS claimed,
        coalesce(TRY_CAST(tolerance AS DOUBLE), 0) AS tolerance, unit, notes
    FROM seeds.claims
),
official AS (  -- the figure for the claim's period (a stock: the latest at or before it); never a forecast
    SELECT c.claim_id, o.value * f.factor / cf.factor AS value, o.bound * f.factor / cf.factor AS bound,
        o.qualifier, o.evidence, o.period, o.source_url, o.published_at, o.quote
    FROM claims AS c
    JOIN marts.observations AS o
      ON o.indicator = c.indicator AND o.dimension = c.dimension AND o.measure = c.measure
     AND o.period_type = c.period_type AND (o.period = c.period OR (c.period_type = 'month' AND o.period <= c.period))
    JOIN marts.units AS f ON f.unit = o.unit
    JOIN marts.units AS cf ON cf.unit = c.unit AND cf.base = f.base
    WHERE o.evidence <> 'forecast'
    QUALIFY row_number() OVER (PARTITION BY c.claim_id ORDER BY o.period DESC, o.evidence = 'statistics' DESC,
                                                                o.published_at DESC) = 1
),
ranged AS (
    SELECT *, CASE qualifier WHEN 'under' THEN bound ELSE value END AS low,
        CASE qualifier WHEN 'over' THEN bound ELSE value END AS high, qualifier IN ('over', 'under') AS high_open
    FROM official
)
SELECT
    c.claim_id, c.said_on, c.speaker, c.statement, c.indicator, c.dimension, c.measure,
    c.period, c.period_type, c.comparator, c.claimed, c.unit,
    round(o.value, 2) AS official, o.qualifier AS official_qualifier, o.evidence, o.period AS official_period,
    round(c.claimed - o.value, 2) AS difference,
    CASE
        WHEN c.indicator IS NULL THEN 'no official series'
        WHEN o.value IS NULL THEN 'no official figure yet'
        WHEN c.comparator = '>=' AND o.low >= c.claimed THEN 'consistent'
        WHEN c.comparator = '>=' AND (o.high < c.claimed OR (o.high_open AND o.high = c.claimed)) THEN 'differs'
        WHEN c.comparator IN ('=', 'approx') AND o.low >= c.claimed - c.tolerance
             AND o.high <= c.claimed + c.tolerance THEN 'consistent'
        WHEN c.comparator IN ('=', 'approx') AND (o.high < c.claimed - c.tolerance
             OR o.low > c.claimed + c.tolerance) THEN 'differs'
        ELSE 'unclear'
    END AS verdict,
    o.source_url AS official_source_url, o.published_at AS official_published_at, o.quote AS official_quote,
    c.source, c.url AS source_url, c.confidence, c.notes,
    (SELECT data_label FROM raw.build_info) AS data_label
FROM claims AS c
LEFT JOIN ranged AS o USING (claim_id)
ORDER BY c.claim_id;

COMMENT ON VIEW marts.interview_claims IS 'Each numeric claim of the minister''s interview beside the official figure for the same period and measure, with the difference.';
COMMENT ON COLUMN marts.interview_claims.claim_id IS 'Stable id of the claim (seeds.claims).';
COMMENT ON COLUMN marts.interview_claims.said_on IS 'Date the claim was published.';
COMMENT ON COLUMN marts.interview_claims.speaker IS 'Who made the claim.';
COMMENT ON COLUMN marts.interview_claims.statement IS 'The claim, in plain words.';
COMMENT ON COLUMN marts.interview_claims.indicator IS 'Official series the claim speaks of; null when no official series exists.';
COMMENT ON COLUMN marts.interview_claims.dimension IS 'Dimension of that series.';
COMMENT ON COLUMN marts.interview_claims.measure IS 'Measure of that series.';
COMMENT ON COLUMN marts.interview_claims.period IS 'Period the claim speaks of.';
COMMENT ON COLUMN marts.interview_claims.period_type IS 'Period type of the claim.';
COMMENT ON COLUMN marts.interview_claims.comparator IS '= (a figure), >= (more than …) or approx (about …).';
COMMENT ON COLUMN marts.interview_claims.claimed IS 'The number claimed.';
COMMENT ON COLUMN marts.interview_claims.unit IS 'Unit of the claimed number.';
COMMENT ON COLUMN marts.interview_claims.official IS 'The official figure for the same indicator, period and measure (a stock: the latest at or before the claim''s period), in the claim''s unit; a statistical figure before a ministry''s statement, never a forecast.';
COMMENT ON COLUMN marts.interview_claims.official_qualifier IS 'How the official figure is worded: exact, over (余, 超过 …), about (约, 左右) or under (不到).';
COMMENT ON COLUMN marts.interview_claims.evidence IS 'statistics (a statistical release) or statement (a ministry states progress).';
COMMENT ON COLUMN marts.interview_claims.official_period IS 'Period of the official figure.';
COMMENT ON COLUMN marts.interview_claims.difference IS 'claimed minus official.';
COMMENT ON COLUMN marts.interview_claims.verdict IS 'consistent (within the rounding tolerance; for a qualified figure, its whole range), differs (none of its range), unclear (the wording of the official figure allows both), no official figure yet, or no official series.';
COMMENT ON COLUMN marts.interview_claims.official_source_url IS 'Release the official figure comes from.';
COMMENT ON COLUMN marts.interview_claims.official_published_at IS 'When that release was published.';
COMMENT ON COLUMN marts.interview_claims.official_quote IS 'The clause or table row the official figure was read from.';
COMMENT ON COLUMN marts.interview_claims.source IS 'Where the claim was made.';
COMMENT ON COLUMN marts.interview_claims.source_url IS 'URL of the claim, where known.';
COMMENT ON COLUMN marts.interview_claims.confidence IS 'Confidence in the claim''s wording (research notes).';
COMMENT ON COLUMN marts.interview_claims.notes IS 'Curation notes.';
COMMENT ON COLUMN marts.interview_claims.data_label IS 'official, or fixture for demo data built from test pages.';
