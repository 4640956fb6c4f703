-- Every target beside the released figure that answers it. Rules: sql/seeds/README.md.
CREATE VIEW marts.target_scorecard AS
WITH targets AS (
    SELECT
        target_id, kind, theme, name_zh, description, metric, indicator, dimension, measure, comparator,
        TRY_CAST(value AS DOUBLE) AS target_value,
        coalesce(TRY_CAST(tolerance AS DOUBLE), 0) AS tolerance,
        TRY_CAST(value_high AS DOUBLE) AS value_high,
        unit, scoring,
        CAST(start_year AS INTEGER) AS start_year,
        CAST(deadline_year AS INTEGER) AS deadline_year,
        document, issuer, issued_on, url AS document_url, confidence, notes,
        kind = 'target' AND lower(scoreable) = 'true' AND indicator IS NOT NULL AS scoreable
    FROM seeds.targets
),
series AS (  -- every figure of the target's series, in the target's unit; forecasts never score
    SELECT t.target_id, t.scoring, t.start_year, t.deadline_year,
        o.value * f.factor / tf.factor AS value,
        o.bound * f.factor / tf.factor AS bound,
        o.qualifier, o.evidence, o.unit AS printed_unit, o.quote,
        o.period, o.period_type, o.source_url, o.published_at,
        CASE WHEN o.period_type = 'year' THEN o.period || '-12' ELSE o.period END AS period_end
    FROM targets AS t
    JOIN marts.observations AS o
      ON o.indicator = t.indicator AND o.dimension = t.dimension AND o.measure = t.measure
    JOIN marts.units AS f ON f.unit = o.unit
    JOIN marts.units AS tf ON tf.unit = t.unit
    WHERE t.scoreable AND o.evidence <> 'forecast' AND f.base = tf.base
),
full_years AS (
    SELECT * FROM series
    WHERE scoring IN ('annual', 'annual_avg') AND period_type = 'year' AND qualifier IN ('exact', 'about')
      AND TRY_CAST(period AS INTEGER) BETWEEN start_year AND deadline_year
),
finals AS (   -- every year of the window is in: the annual figure or the geometric mean
    SELECT target_id,
        (exp(avg(ln(1 + value / 100))) - 1) * 100 AS actual,
        NULL::DOUBLE AS bound, 'exact' AS qualifier,
        CASE WHEN bool_and(evidence = 'statistics') THEN 'statistics' ELSE 'statement' END AS evidence,
        min(period) || CASE WHEN count(*) > 1 THEN '..' || max(period) ELSE '' END AS period,
        CASE WHEN count(*) > 1 THEN 'year_avg' ELSE 'year' END AS period_type,
        arg_max(source_url, published_at) AS source_url,
        max(published_at) AS published_at,
        arg_max(quote, published_at) AS quote,
        true AS is_final
    FROM full_years
    GROUP BY target_id, start_year, deadline_year
    HAVING count(*) = any_value(deadline_year) - any_value(start_year) + 1
),
totals AS (   -- a year's total (sales, output): only the full-year figure of the deadline year answers it
    SELECT target_id, value AS actual, bound, qualifier, evidence, period, period_type, source_url, published_at,
        quote, true AS is_final
    FROM series
    WHERE scoring = 'annual_total' AND period_type = 'year' AND TRY_CAST(period AS INTEGER) = deadline_year
    QUALIFY row_number() OVER (PARTITION BY target_id ORDER BY evidence = 'statistics' DESC, published_at DESC) = 1
),
progress AS ( -- before that: the latest year-to-date or full-year figure in the window
    SELECT target_id, value AS actual, bound, qualifier, evidence, period, period_type, source_url, published_at,
        quote, false AS is_final
    FROM series
    WHERE scoring IN ('annual', 'annual_avg') AND period_type IN ('ytd', 'year')
      AND TRY_CAST(left(period, 4) AS INTEGER) BETWEEN start_year AND deadline_year
    -- the latest period; for one period a statistical figure before a ministry's statement
    QUALIFY row_number() OVER (PARTITION BY target_id ORDER BY period_end DESC, evidence = 'statistics' DESC,
                                                               published_at DESC) = 1
),
levels AS (   -- a level to reach by the deadline: the latest month-end figure; final at the deadline's year end
    SELECT target_id, value AS actual, bound, qualifier, evidence, period, period_type, source_url, published_at,
        quote, period_end = deadline_year || '-12' AS is_final
    FROM series
    WHERE scoring = 'level' AND period_end <= deadline_year || '-12'
      AND TRY_CAST(left(period, 4) AS INTEGER) >= start_year
    QUALIFY row_number() OVER (PARTITION BY target_id ORDER BY period_end DESC, evidence = 'statistics' DESC,
                                                               published_at DESC) = 1
),
best AS (
    SELECT * FROM finals
    UNION ALL SELECT * FROM progress WHERE target_id NOT IN (SELECT target_id FROM finals)
    UNION ALL SELECT * FROM levels
    UNION ALL SELECT * FROM totals
),
ranged AS (   -- what the wording allows: 7000余 is 7000 up to (not including) 8000; 不到1000 is below 1000
    SELECT *,
        CASE qualifier WHEN 'under' THEN bound ELSE actual END AS low,
        CASE qualifier WHEN 'over' THEN bound ELSE actual END AS high,
        qualifier IN ('over', 'under') AS high_open
    FROM best
),
scored AS (
    SELECT t.*, b.actual, b.bound AS actual_bound, b.qualifier AS actual_qualifier, b.evidence,
        b.period AS actual_period, b.period_type AS actual_period_type, b.quote AS actual_quote,
        b.source_url AS actual_source_url, b.published_at AS actual_published_at, b.is_final,
        -- true: the whole range passes; false: none of it does; null: the wording leaves it open
        CASE
            WHEN b.actual IS NULL THEN NULL
            WHEN t.comparator IN ('>=', 'approx') THEN
                CASE WHEN b.low >= t.target_value - CASE WHEN t.comparator = 'approx' THEN t.tolerance ELSE 0 END
                         THEN true
                     WHEN b.high < t.target_value - CASE WHEN t.comparator = 'approx' THEN t.tolerance ELSE 0 END
                          OR (b.high_open AND b.high = t.target_value
                                                       - CASE WHEN t.comparator = 'approx' THEN t.tolerance ELSE 0 END)
                         THEN false END
            WHEN t.comparator = '<=' THEN
                CASE WHEN b.high <= t.target_value THEN true WHEN b.low > t.target_value THEN false END
            WHEN t.comparator = 'range' THEN
                CASE WHEN b.low >= t.target_value AND b.high <= t.value_high THEN true
                     WHEN b.high < t.target_value OR b.low > t.value_high THEN false END
            WHEN t.comparator = '=' THEN
                CASE WHEN b.low >= t.target_value - t.tolerance AND b.high <= t.target_value + t.tolerance THEN true
                     WHEN b.high < t.target_value - t.tolerance OR b.low > t.target_value + t.tolerance THEN false END
        END AS passes
    FROM targets AS t
    LEFT JOIN ranged AS b USING (target_id)
),
disagreeing AS (  -- other statements of the same figure (same series and period) that print another value
    SELECT s.target_id,
        string_agg(o.value || o.unit || CASE o.qualifier WHEN 'over' THEN ' (over)' WHEN 'under' THEN ' (under)'
                                                          WHEN 'about' THEN ' (about)' ELSE '' END
                   || ' on ' || strftime(o.published_at, '%Y-%m-%d'), '; ' ORDER BY o.published_at) AS others
    FROM scored AS s
    JOIN core.observations AS o
      ON o.indicator = s.indicator AND o.dimension = s.dimension AND o.measure = s.measure
     AND o.period = s.actual_period AND o.period_type = s.actual_period_type
    JOIN marts.units AS f ON f.unit = o.unit
    JOIN marts.units AS tf ON tf.unit = s.unit
    WHERE o.source_url <> s.actual_source_url AND o.evidence = 'statement'
      AND (round(o.value * f.factor / tf.factor, 6) <> round(s.actual, 6) OR o.qualifier <> s.actual_qualifier)
    GROUP BY s.target_id
)
SELECT
    target_id, kind, theme, name_zh, description, metric, indicator, dimension, measure, comparator,
    target_value, tolerance, value_high, unit, scoring, start_year, deadline_year,
    round(actual, 2) AS actual, actual_qualifier, round(actual_bound, 2) AS actual_bound, evidence,
    actual_period, actual_period_type,
    round(actual - target_value, 2) AS gap,
    CASE
        WHEN kind = 'context' THEN 'not scored'
        WHEN actual IS NULL THEN 'no data yet'
        WHEN passes IS NULL THEN 'unclear'
        WHEN passes AND is_final THEN 'met'
        WHEN passes THEN 'on track'
        ELSE 'off track'
    END AS status,
    coalesce(is_final, false) AS is_final,
    -- why a target has no status from a figure: a closed list
    CASE
        WHEN kind = 'context' THEN 'no number to score'
        WHEN actual IS NOT NULL THEN NULL
        WHEN NOT scoreable THEN 'no official series read'
        WHEN start_year > (SELECT year(built_at) FROM raw.build_info) THEN 'window not reached'
        ELSE 'no figure yet in window'
    END AS unscored_reason,
    CASE WHEN kind = 'target' AND NOT scoreable AND actual IS NULL THEN metric END AS needed_series,
    actual_source_url, actual_published_at, actual_quote, d.others AS disagreeing,
    document, scored.issuer, issued_on, coalesce(v.document_url, scored.document_url) AS document_url,
    confidence, scoreable, notes,
    (SELECT data_label FROM raw.build_info) AS data_label,
    v.document_key, v.verification, v.document_quote, v.document_comparator, v.document_value,
    v.document_value_high, v.document_unit, v.document_deadline_year, v.differences AS document_differences
FROM scored
LEFT JOIN disagreeing AS d USING (target_id)
LEFT JOIN marts.target_documents AS v USING (target_id)
ORDER BY kind DESC, theme, target_id;

COMMENT ON VIEW marts.target_scorecard IS 'One row per target of a plan or report: the released figure that answers it, its period and source, the gap and a status (rules in sql/seeds/README.md). Targets without a number are listed as context, never scored.';
COMMENT ON COLUMN marts.target_scorecard.target_id IS 'Stable id of the target (seeds.targets).';
COMMENT ON COLUMN marts.target_scorecard.kind IS 'target (a number to reach) or context (a goal without a number, never scored).';
COMMENT ON COLUMN marts.target_scorecard.theme IS 'Theme, e.g. key_industry.steel, telecom.5g, green.industry.';
COMMENT ON COLUMN marts.target_scorecard.name_zh IS 'Short Chinese name of the target, for reading (a paraphrase; the document holds the wording).';
COMMENT ON COLUMN marts.target_scorecard.description IS 'What is targeted, in plain English.';
COMMENT ON COLUMN marts.target_scorecard.metric IS 'The measured quantity, e.g. value-added real growth, annual average.';
COMMENT ON COLUMN marts.target_scorecard.indicator IS 'Series that measures it (seeds.indicators); null when no series in scope measures it.';
COMMENT ON COLUMN marts.target_scorecard.dimension IS 'Dimension of that series.';
COMMENT ON COLUMN marts.target_scorecard.measure IS 'Measure of that series (yoy_pct, level …).';
COMMENT ON COLUMN marts.target_scorecard.comparator IS '>=, <=, approx (about: value minus tolerance or better), range (value to value_high) or =.';
COMMENT ON COLUMN marts.target_scorecard.target_value IS 'The target number, in unit.';
COMMENT ON COLUMN marts.target_scorecard.tolerance IS 'Tolerance for approx and = (curation rule: 0.5 points for growth rates, 2 % of the value for levels).';
COMMENT ON COLUMN marts.target_scorecard.value_high IS 'Upper bound of a range target.';
COMMENT ON COLUMN marts.target_scorecard.unit IS 'Unit of the target (the series unit where one is scored).';
COMMENT ON COLUMN marts.target_scorecard.scoring IS 'annual (a year), annual_avg (geometric mean over the window), level (a level by the deadline) or annual_total (a year''s total, sales or output: only the full-year figure of the deadline year answers it).';
COMMENT ON COLUMN marts.target_scorecard.start_year IS 'First year of the target window.';
COMMENT ON COLUMN marts.target_scorecard.deadline_year IS 'Year the target is due.';
COMMENT ON COLUMN marts.target_scorecard.actual IS 'Released figure that answers the target, in the target unit: full year, geometric mean over the window, latest level, or the latest year-to-date figure.';
COMMENT ON COLUMN marts.target_scorecard.actual_qualifier IS 'How the actual is worded: exact, over (7000余, 超过 …: from actual up to actual_bound), about (约, 左右) or under (不到: from actual_bound up to actual).';
COMMENT ON COLUMN marts.target_scorecard.actual_bound IS 'For an over or under actual, the other end of the range its wording allows, in the target unit.';
COMMENT ON COLUMN marts.target_scorecard.evidence IS 'What the actual is: statistics (a statistical release) or statement (a ministry states progress). For one period a statistical figure is used before a statement; forecasts never score.';
COMMENT ON COLUMN marts.target_scorecard.actual_quote IS 'The clause the actual was read from.';
COMMENT ON COLUMN marts.target_scorecard.disagreeing IS 'Other statements of the same figure for the same period that print another value (value, unit, qualifier, date); the latest is used.';
COMMENT ON COLUMN marts.target_scorecard.actual_period IS 'Period of the actual (YYYY-MM, YYYY, or YYYY..YYYY for an average).';
COMMENT ON COLUMN marts.target_scorecard.actual_period_type IS 'month, ytd, year or year_avg.';
COMMENT ON COLUMN marts.target_scorecard.gap IS 'actual minus target_value, in the target unit.';
COMMENT ON COLUMN marts.target_scorecard.status IS 'met, on track, off track, unclear (a qualified actual whose range lies on both sides of the target: 7000余 against 7500), no data yet, or not scored (context).';
COMMENT ON COLUMN marts.target_scorecard.unscored_reason IS 'Why the target has no figure to score, from a closed list: no number to score (a goal without a number), no official series read (no series in scope measures it: needed_series says what it would need), window not reached (its window begins after the warehouse was built), no figure yet in window (its series is read, no figure for its window yet); null for a scored target.';
COMMENT ON COLUMN marts.target_scorecard.needed_series IS 'For a target no series in scope measures: the quantity a series would have to measure.';
COMMENT ON COLUMN marts.target_scorecard.is_final IS 'True when the actual is the final figure for the target (not a progress figure).';
COMMENT ON COLUMN marts.target_scorecard.actual_source_url IS 'Release the actual comes from (the latest one, for an average).';
COMMENT ON COLUMN marts.target_scorecard.actual_published_at IS 'When that release was published.';
COMMENT ON COLUMN marts.target_scorecard.document IS 'Issuing document.';
COMMENT ON COLUMN marts.target_scorecard.issuer IS 'Issuing bodies.';
COMMENT ON COLUMN marts.target_scorecard.issued_on IS 'Date the document was issued or published.';
COMMENT ON COLUMN marts.target_scorecard.document_url IS 'Official URL of the document: the archived copy the target was checked against, else the URL the catalogue records, where known.';
COMMENT ON COLUMN marts.target_scorecard.document_key IS 'The document that sets the target (seeds.documents).';
COMMENT ON COLUMN marts.target_scorecard.verification IS 'The target checked against its document (marts.target_documents): confirmed, differs, not found in document, document not archived yet, no number to check or no document.';
COMMENT ON COLUMN marts.target_scorecard.document_quote IS 'The clause of the document that states the target (for confirmed and differs).';
COMMENT ON COLUMN marts.target_scorecard.document_comparator IS 'Comparator the document prints.';
COMMENT ON COLUMN marts.target_scorecard.document_value IS 'Value the document prints (beside target_value when they differ).';
COMMENT ON COLUMN marts.target_scorecard.document_value_high IS 'Upper end of a range the document prints.';
COMMENT ON COLUMN marts.target_scorecard.document_unit IS 'Unit the document prints.';
COMMENT ON COLUMN marts.target_scorecard.document_deadline_year IS 'Year the document sets the target for.';
COMMENT ON COLUMN marts.target_scorecard.document_differences IS 'For differs: what the document says against the catalogue, field by field.';
COMMENT ON COLUMN marts.target_scorecard.confidence IS 'verified-from-official-page, from-reputable-report or uncertain (research notes).';
COMMENT ON COLUMN marts.target_scorecard.scoreable IS 'True when a series in scope measures the target.';
COMMENT ON COLUMN marts.target_scorecard.notes IS 'Curation notes: proxies, unit conversions, wording conflicts.';
COMMENT ON COLUMN marts.target_scorecard.data_label IS 'official, or fixture for demo data built from test pages.';
