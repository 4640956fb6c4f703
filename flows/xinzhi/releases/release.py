"""A whole page to a Release: the title check, the reference period, text and tables read
and merged (a figure printed twice must agree)."""
from __future__ import annotations

import re

from ..cn import Period, agree, decimals, find_period, fold
from ..model import Article, Observation, ParseError, Release
from . import named
from .columns import column_kind
from .reader import Reader
from .selfcheck import unexplained
from .tables import read_tables
from .vocabulary import Titles, Vocabulary



def base_period(article: Article, title_pattern_name: str) -> Period:
    """The release's reference period: from the title, else the first one in the text."""
    year = article.published_at.year
    found = find_period(fold(article.title), year)
    if found is None:
        found = next((f for p in article.paragraphs if (f := find_period(fold(p), year))), None)
    if found is None:
        raise ParseError(article.url, "period", f"a reference period such as 2025年11月份 in the {title_pattern_name} title or text")
    return _not_after(found, article.published_at)


def _not_after(found, published_at) -> Period:
    """A period printed without its year belongs to the year before when it would
    otherwise end after the release ('12月份…' published in January)."""
    period, match = found
    if match.groupdict().get("year") or period.as_date() <= published_at.date():
        return period
    if period.period_type == "year":
        return Period(str(int(period.period) - 1), "year")
    year, month = period.period.split("-")
    return Period(f"{int(year) - 1}-{month}", period.period_type)


def parse_titled(article: Article, vocab: Vocabulary, titles: Titles, example: str, what: str,
                 **options) -> Release:
    """A kind's parse(): the title must be one it claims (`example` shows one), or the page one of
    its MIIT statistics column with a title it does not refuse; then text and tables."""
    in_column = column_kind(article.url) == vocab.kind and not re.search(titles.refuses, article.title)
    if not (titles.match(article.title) or in_column):
        raise ParseError(article.url, "title", example)
    return read_release(article, vocab, what, **options)


def read_release(article: Article, vocab: Vocabulary, what: str, table_reader=read_tables,
                 base: Period | None = None) -> Release:
    """Text and tables of one page, merged; a page with no figure is a parse error."""
    base = base or base_period(article, what)
    release = Release(article.url, vocab.publisher, vocab.kind, article.title, article.published_at,
                      base.period, base.period_type)
    reader = Reader(release, vocab, int(base.period[:4]), base)
    reader.paragraphs(article.paragraphs)
    reader.out = _over_by_release(reader.out, release)
    table = _over_by_release(table_reader(article, reader), release)
    if not reader.out and not table and not reader.named_out:      # (figures of names not catalogued count)
        raise ParseError(article.url, "figures", f"{what} figures in the body text or a data table")
    read = reader.out + table      # before merging: a figure printed in text and table counts in both places
    release.observations = merge(reader.out, table, release)
    release.named = named.distinct(reader.named_out, release)
    release.unexplained = unexplained(article, release, read + reader.named_out)
    return release


def _over_by_release(observations: list[Observation], release: Release) -> list[Observation]:
    """A statistical page reports spans that are over: a figure of one still running when the page
    was published ('初步测算，一季度…' in February) is an estimate, never stored as a statistic; one said
    as expected (预计全年…) is kept as the forecast it is."""
    kept = []
    for obs in observations:
        if obs.evidence != "forecast" and Period(obs.period, obs.period_type).as_date() > release.published_at.date():
            release.skip(obs.quote, "not yet over")
        else:
            kept.append(obs)
    return kept


def _restated(exact: Observation, rough: Observation) -> bool:
    """Whether a qualified figure (约, 超过, 不到) says the exact one again, within what its words allow."""
    if exact.qualifier != "exact" or rough.qualifier == "exact":
        return False
    if rough.qualifier == "about" and rough.value == 0 and rough.unit == "%":
        # '…与上年同期基本持平。…同比下降0.3%': a level about unchanged, then its growth exactly
        return abs(exact.value) <= 1.0
    if rough.qualifier == "about":
        return abs(exact.value - rough.value) <= 0.1 * max(abs(exact.value), abs(rough.value))
    return exact.value >= rough.value if rough.qualifier == "over" else exact.value <= rough.value


def merge(text: list[Observation], table: list[Observation], release: Release) -> list[Observation]:
    """One observation per key; a figure printed twice must agree, or it is a conflict. Two figures of the
    text read as one ('7月末…CSPI为97.00点' beside '7月份CSPI平均值100.46点') are a reading we cannot settle:
    neither is kept, the rest of the page is (listed as a conflict and `not stored`). A table that disagrees
    with the text is the page contradicting itself: the figure is marked and validation holds the page back."""
    merged: dict[tuple, Observation] = {}
    unsettled: set[tuple] = set()
    for obs in text:
        seen = merged.get(obs.key())
        if obs.key() in unsettled:
            release.skip(obs.quote, "not stored")
        elif seen is None:
            merged[obs.key()] = obs
        elif (seen.evidence == "forecast") != (obs.evidence == "forecast"):
            # an outlook beside the result it expected ('…增长9.4%。…预计全年…增长1%左右' of the same year): the result
            kept, dropped = (obs, seen) if seen.evidence == "forecast" else (seen, obs)
            merged[obs.key()] = kept
            release.skip(dropped.quote, "not stored")
        elif _restated(seen, obs) or _restated(obs, seen):
            # '同比增长90.4%，约为上年同期的1.9倍': the exact figure, restated roughly
            merged[obs.key()] = seen if seen.qualifier == "exact" else obs
        elif not agree(seen.value, obs.value):
            release.conflicts.append(f"text prints {seen.label_zh} {obs.period} {obs.measure} as both "
                                     f"{seen.value} and {obs.value}")
            unsettled.add(obs.key())
            release.skip(merged.pop(obs.key()).quote, "not stored")
            release.skip(obs.quote, "not stored")
    for obs in table:
        seen = merged.get(obs.key())
        if seen is None:
            merged[obs.key()] = obs
            continue
        if seen.origin == "table":
            if not agree(seen.value, obs.value):  # two cells claim one figure: a layout we misread
                release.conflicts.append(f"table prints {seen.label_zh} {obs.period} {obs.measure} as both "
                                         f"{seen.value} and {obs.value}")
                seen.check_value, seen.agrees = obs.value, False
            continue
        seen.origin, seen.check_value = "text+table", obs.value
        seen.agrees = agree(seen.value, obs.value)
        if not seen.agrees:
            release.conflicts.append(f"{seen.label_zh} {obs.period} {obs.measure}: text {seen.value}, "
                                     f"table {obs.value}")
        elif decimals(obs.value) > decimals(seen.value):
            # The table prints it more precisely: keep that value, and quote where it came from.
            seen.value = obs.value
            seen.quote = f"{seen.quote} ‖ {obs.quote}"
    return list(merged.values())
