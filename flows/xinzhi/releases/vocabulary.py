"""What one release kind reads (`Vocabulary`) and which titles it claims (`Titles`)."""
from __future__ import annotations

import re
from dataclasses import dataclass


# What the NBS releases count: products, industries with profits up, industries with value added up.
NBS_COUNTS = (("产品", "products_growing"), ("利润", "industries_profit_growing"), ("", "industries_growing"))


@dataclass(frozen=True)
class Vocabulary:
    """What one release kind reads: where its names live and how its figures are meant."""
    publisher: str
    kind: str
    families: tuple[str, ...]                  # catalogue families plain names resolve in
    metrics: tuple[tuple[str, str], ...] = ()  # printed metric word -> family ("利润总额")
    topics: tuple[tuple[str, tuple[str, ...]], ...] = ()  # heading regex -> families
    totals: tuple[str, ...] = ()               # subjects meaning the whole ("规模以上工业企业")
    ytd_only: frozenset = frozenset()          # families published year to date only (investment)
    groups: tuple[tuple[str, str], ...] = ()   # regex -> catalogue name of a group named by a rule, not its members
    # "41个大类行业中有30个…增长": the code of a count, by a regex over the clause and what it counts;
    # none: the kind reads no counts
    counts: tuple[tuple[str, str], ...] = ()
    index_families: frozenset = frozenset()    # families whose % levels are diffusion indices
    pp_base: str = "yoy"                        # base of a 百分点 change printed without one
    parser_version: str = "xinzhi/1.0.0"        # lineage: bump when output for the same bytes changes

    def metric_of(self, label: str) -> tuple[str, str] | None:
        """(metric word, family) of the longest metric printed in `label`."""
        hits = [(word, fam) for word, fam in self.metrics if word in label]
        return max(hits, key=lambda hit: len(hit[0])) if hits else None

    def topic_of(self, paragraph: str) -> tuple[str, ...] | None:
        """The families of the topic a heading names first ("四、固定资产投资…，高技术服务业投资
        增长" is about investment, not services); a catch-all pattern '.' only when none is named."""
        found = [(m.start(), i, families) for i, (pattern, families) in enumerate(self.topics) if pattern != "."
                 and (m := re.search(pattern, paragraph))]
        if found:
            return min(found)[2]
        return next((families for pattern, families in self.topics if pattern == "."), None)


@dataclass(frozen=True)
class Titles:
    """The release titles a kind claims: `claims` is found in them, `refuses` is not
    (interpretations and Q&As repeat a release's title words)."""
    claims: str
    refuses: str = r"解读|答记者问"

    def match(self, title: str) -> bool:
        return bool(re.search(self.claims, title)) and not re.search(self.refuses, title)
