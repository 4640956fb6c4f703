-- Every unit a figure, a target (catalogued or read from a plan) or a claim is printed in, as a factor of its base unit, so
-- 6.4万个 can be set against a target of 70000个 and 1.75万亿元 against one in 亿元.
CREATE VIEW marts.units AS
WITH printed AS (
    SELECT DISTINCT unit FROM core.observations
    UNION SELECT DISTINCT unit FROM seeds.targets WHERE unit IS NOT NULL
    UNION SELECT DISTINCT unit FROM seeds.claims WHERE unit IS NOT NULL
    UNION SELECT DISTINCT unit FROM core.target_statements
),
prefixes(prefix, factor) AS (VALUES ('万亿', 1e12), ('千亿', 1e11), ('百亿', 1e10), ('亿', 1e8), ('万', 1e4)),
-- Counting words of one series count the same things (5G基站483.8万座 and 483.8万个; 平台超过340个
-- and 340家; 7900万台套 and 0.79亿台(套)): figures convert only inside one series, so they share a base.
same_count(word, base) AS (VALUES ('座', '个'), ('家', '个'), ('项', '个'), ('所', '个'), ('款', '个'), ('件', '个'),
                                  ('台套', '台(套)'), ('台', '台(套)'), ('架', '标准机架'), ('机架', '标准机架')),
magnitudes AS (   -- each unit with its longest magnitude prefix taken off: 万个 → 1e4, 个
    SELECT u.unit, coalesce(p.factor, 1) AS factor,
        CASE WHEN p.prefix IS NULL THEN u.unit ELSE substr(u.unit, length(p.prefix) + 1) END AS word
    FROM printed AS u
    LEFT JOIN prefixes AS p ON starts_with(u.unit, p.prefix) AND length(u.unit) > length(p.prefix)
    QUALIFY row_number() OVER (PARTITION BY u.unit ORDER BY length(p.prefix) DESC NULLS LAST) = 1
)
SELECT m.unit, m.factor, coalesce(s.base, m.word) AS base
FROM magnitudes AS m
LEFT JOIN same_count AS s ON s.word = m.word;

COMMENT ON VIEW marts.units IS 'Every printed unit as a factor of its base unit (万个 = 10000 个, 亿元 = 1e8 元): value × factor / factor of the other unit converts between units with the same base.';
COMMENT ON COLUMN marts.units.unit IS 'A unit as printed (万个, 亿元, %, 家).';
COMMENT ON COLUMN marts.units.factor IS 'How many base units one of it is (1e4 for 万个).';
COMMENT ON COLUMN marts.units.base IS 'The unit without its magnitude (个 for 万个; counting words of one series share one base: 座, 家, 项 … count as 个, 台 and 台套 as 台(套)); figures convert only between units of the same base.';
