-- Target statements of archived plans that no catalogue target is checked against, and the targets statements
-- restate: rows for a curator to add.
CREATE VIEW marts.target_candidates AS
SELECT
    s.source_url AS document_url, p.plan_title, p.doc_number,
    coalesce(p.published_at, r.published_at) AS document_published_at,
    s.ordinal, s.section, s.subject, s.metric, s.comparator, s.value, s.value_high, s.unit,
    s.start_year, s.deadline_year, s.base_year, s.annual_avg, s.quote, s.origin, s.parser_version, s.source_kind
FROM core.target_statements AS s
LEFT JOIN core.plan_documents AS p ON p.url = s.source_url
LEFT JOIN raw.releases AS r ON r.url = s.source_url
WHERE (p.url IS NOT NULL OR s.source_kind = 'statement')
  AND (s.source_url, s.ordinal) NOT IN (
    SELECT (document_url, statement_ordinal) FROM marts.target_documents WHERE statement_ordinal IS NOT NULL)
ORDER BY document_published_at DESC, s.source_url, s.ordinal;

COMMENT ON VIEW marts.target_candidates IS 'Quantitative targets read from archived plan documents that no row of sql/seeds/targets.csv is checked against, and the targets ministries'' statements restate (source_kind statement): candidates for the catalogue.';
COMMENT ON COLUMN marts.target_candidates.document_url IS 'Official URL of the plan document, or of the statement restating the target.';
COMMENT ON COLUMN marts.target_candidates.plan_title IS 'The plan''s title as printed (none for a statement).';
COMMENT ON COLUMN marts.target_candidates.doc_number IS 'Document number (发文字号), where printed.';
COMMENT ON COLUMN marts.target_candidates.document_published_at IS 'When the document (or statement) was published.';
COMMENT ON COLUMN marts.target_candidates.ordinal IS 'Place of the target among the document''s targets.';
COMMENT ON COLUMN marts.target_candidates.section IS 'The heading it stands under.';
COMMENT ON COLUMN marts.target_candidates.subject IS 'The industry or field it is set for, where printed.';
COMMENT ON COLUMN marts.target_candidates.metric IS 'The name as printed.';
COMMENT ON COLUMN marts.target_candidates.comparator IS 'approx, >=, <=, range or = (none printed).';
COMMENT ON COLUMN marts.target_candidates.value IS 'Target value, signed.';
COMMENT ON COLUMN marts.target_candidates.value_high IS 'Upper end of a range.';
COMMENT ON COLUMN marts.target_candidates.unit IS 'Unit as printed.';
COMMENT ON COLUMN marts.target_candidates.start_year IS 'First year of its window, where printed.';
COMMENT ON COLUMN marts.target_candidates.deadline_year IS 'Year it is due.';
COMMENT ON COLUMN marts.target_candidates.base_year IS 'Year a change is measured against.';
COMMENT ON COLUMN marts.target_candidates.annual_avg IS 'True for a yearly average.';
COMMENT ON COLUMN marts.target_candidates.quote IS 'The clause or table row it was read from.';
COMMENT ON COLUMN marts.target_candidates.origin IS 'text or table.';
COMMENT ON COLUMN marts.target_candidates.parser_version IS 'Version of the target reader.';
COMMENT ON COLUMN marts.target_candidates.source_kind IS 'plan (set by the plan document) or statement (restated by a ministry''s statement).';
