-- The interview's claims beside the official figures, for the report's first screen.
SELECT claim_id, statement, comparator, claimed, unit, period, official, official_qualifier, official_period,
    evidence, verdict, official_source_url
FROM marts.interview_claims
ORDER BY CASE verdict WHEN 'differs' THEN 0 WHEN 'unclear' THEN 1 WHEN 'consistent' THEN 2 ELSE 3 END, claim_id
