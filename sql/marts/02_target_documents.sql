-- Every catalogue target checked against the archived document that sets it. Rules: sql/seeds/README.md
-- (document key, matching, statuses). A title compares without 《》, quotes, spaces, bracket and dash forms.
CREATE TEMP MACRO title_key(t) AS
    regexp_replace(regexp_replace(translate(t, '（）－–', '()--'), '[《》“”"‘’''\s]', '', 'g'), '-+', '-', 'g');

CREATE VIEW marts.target_documents AS
WITH documents AS (   -- each catalogued document and its archived copy (the first published, if on two sites)
    SELECT d.document_key, d.title, d.doc_number, d.issued_on,
        p.url, p.plan_title, p.doc_number AS printed_number, p.issuer AS printed_issuer, p.published_at
    FROM seeds.documents AS d
    LEFT JOIN core.plan_documents AS p
      ON (contains(title_key(p.title), title_key(d.title))
          OR (coalesce(d.doc_number, '') <> '' AND p.doc_number = d.doc_number))
     AND abs(year(p.published_at) - TRY_CAST(left(d.issued_on, 4) AS INTEGER)) <= 1
    QUALIFY row_number() OVER (PARTITION BY d.document_key ORDER BY p.published_at NULLS LAST, p.url) = 1
),
targets AS (
    SELECT target_id, kind, document_key, document_metric, comparator,
        TRY_CAST(value AS DOUBLE) AS value, TRY_CAST(value_high AS DOUBLE) AS value_high, unit,
        TRY_CAST(deadline_year AS INTEGER) AS deadline_year
    FROM seeds.targets
),
candidates AS (   -- the document's target statements whose name holds the catalogue's metric words
    SELECT t.target_id, s.*,
        (s.comparator = t.comparator OR (s.comparator = '=' AND t.comparator IN ('>=', '<=')))
        AND round(s.value * su.factor, 6) = round(t.value * tu.factor, 6)
        AND round(coalesce(s.value_high, 0) * su.factor, 6) = round(coalesce(t.value_high, 0) * tu.factor, 6)
        AND s.deadline_year IS NOT DISTINCT FROM t.deadline_year AS agrees
    FROM targets AS t
    JOIN documents AS d USING (document_key)
    JOIN core.target_statements AS s ON s.source_url = d.url
    LEFT JOIN marts.units AS su ON su.unit = s.unit
    LEFT JOIN marts.units AS tu ON tu.unit = t.unit
    WHERE t.kind = 'target' AND coalesce(t.document_metric, '') <> '' AND contains(s.metric, t.document_metric)
),
chosen AS (   -- the statement that agrees, else the first with the same name
    SELECT * FROM candidates
    QUALIFY row_number() OVER (PARTITION BY target_id ORDER BY agrees DESC, ordinal) = 1
)
SELECT
    t.target_id, t.document_key, d.title AS document_title,
    d.url AS document_url, d.plan_title, d.printed_number AS doc_number, d.printed_issuer AS issuer,
    d.published_at AS document_published_at,
    CASE
        WHEN coalesce(t.document_key, '') = '' THEN 'no document'
        WHEN d.url IS NULL THEN 'document not archived yet'
        WHEN t.kind <> 'target' THEN 'no number to check'
        WHEN c.target_id IS NULL THEN 'not found in document'
        WHEN c.agrees THEN 'confirmed'
        ELSE 'differs'
    END AS verification,
    c.ordinal AS statement_ordinal, c.quote AS document_quote, c.section AS document_section,
    c.comparator AS document_comparator, c.value AS document_value, c.value_high AS document_value_high,
    c.unit AS document_unit, c.deadline_year AS document_deadline_year,
    CASE WHEN c.target_id IS NOT NULL AND NOT c.agrees THEN
        concat_ws('; ',
            CASE WHEN NOT (c.comparator = t.comparator OR (c.comparator = '=' AND t.comparator IN ('>=', '<=')))
                 THEN 'comparator ' || c.comparator || ' in the document, ' || t.comparator || ' in the catalogue' END,
            CASE WHEN c.value IS DISTINCT FROM t.value OR c.unit IS DISTINCT FROM t.unit
                 THEN 'value ' || c.value || c.unit || ' in the document, ' || t.value || coalesce(t.unit, '')
                      || ' in the catalogue' END,
            CASE WHEN c.deadline_year IS DISTINCT FROM t.deadline_year
                 THEN 'deadline ' || coalesce(c.deadline_year::VARCHAR, 'none') || ' in the document, '
                      || coalesce(t.deadline_year::VARCHAR, 'none') || ' in the catalogue' END)
    END AS differences
FROM targets AS t
LEFT JOIN documents AS d USING (document_key)
LEFT JOIN chosen AS c USING (target_id)
ORDER BY t.target_id;

COMMENT ON VIEW marts.target_documents IS 'Every catalogue target checked against the archived document that sets it: confirmed (same metric, comparator, value and year), differs (both shown), not found in document, document not archived yet, no number to check (a context row) or no document (none catalogued). Rules in sql/seeds/README.md.';
COMMENT ON COLUMN marts.target_documents.target_id IS 'Target (seeds.targets).';
COMMENT ON COLUMN marts.target_documents.document_key IS 'The document that sets it (seeds.documents).';
COMMENT ON COLUMN marts.target_documents.document_title IS 'Its title in the catalogue.';
COMMENT ON COLUMN marts.target_documents.document_url IS 'Official URL of the archived document; null when none is archived yet.';
COMMENT ON COLUMN marts.target_documents.plan_title IS 'The plan title as the archived page prints it.';
COMMENT ON COLUMN marts.target_documents.doc_number IS 'Document number (发文字号) as printed.';
COMMENT ON COLUMN marts.target_documents.issuer IS 'Issuing bodies as printed.';
COMMENT ON COLUMN marts.target_documents.document_published_at IS 'When the archived document was published.';
COMMENT ON COLUMN marts.target_documents.verification IS 'confirmed, differs, not found in document, document not archived yet, no number to check or no document.';
COMMENT ON COLUMN marts.target_documents.statement_ordinal IS 'The target statement it was checked against (core.target_statements.ordinal of document_url).';
COMMENT ON COLUMN marts.target_documents.document_quote IS 'The clause or table row of the document that states the target.';
COMMENT ON COLUMN marts.target_documents.document_section IS 'The heading that clause stands under.';
COMMENT ON COLUMN marts.target_documents.document_comparator IS 'Comparator the document prints (approx, >=, <=, range, =).';
COMMENT ON COLUMN marts.target_documents.document_value IS 'Value the document prints (signed: a fall is negative).';
COMMENT ON COLUMN marts.target_documents.document_value_high IS 'Upper end of a range the document prints.';
COMMENT ON COLUMN marts.target_documents.document_unit IS 'Unit the document prints.';
COMMENT ON COLUMN marts.target_documents.document_deadline_year IS 'Year the document sets it for.';
COMMENT ON COLUMN marts.target_documents.differences IS 'For differs: what the document says against what the catalogue says, field by field.';
