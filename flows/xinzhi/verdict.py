"""What the report concludes, on its first screen: the targets counted by status and by the kind of
evidence that scored them, the interview's claims with their verdicts, and when the warehouse was
built. Every count is a cell marked with its status and evidence, so a test can read it back."""
from __future__ import annotations

from html import escape

import pandas as pd

from . import readable
from .charts import SCORED, STATUS_COLOURS

STATUSES = ("met", "on track", "off track", "unclear", "no data yet", "not scored")
EVIDENCE = ("statistics", "statement")   # forecasts are kept in the warehouse but never score a target
VERDICT_COLOURS = {"consistent": STATUS_COLOURS["met"], "differs": STATUS_COLOURS["off track"],
                   "unclear": STATUS_COLOURS["unclear"]}


def counts(card: pd.DataFrame) -> dict[tuple[str, str], int]:
    """(status, evidence) -> targets; evidence 'all' counts every target of the status."""
    found = {(status, "all"): int((card.status == status).sum()) for status in STATUSES}
    for evidence in EVIDENCE:
        for status in SCORED:
            found[(status, evidence)] = int(((card.status == status) & (card.evidence == evidence)).sum())
    return found


def verdict_html(card: pd.DataFrame, claims: pd.DataFrame) -> str:
    return (f'<section id="verdict">{_headline(card, claims)}{_counts_table(card)}'
            f'{_reasons(card)}{_claims_table(claims)}</section>')


def _headline(card: pd.DataFrame, claims: pd.DataFrame) -> str:
    n = counts(card)
    scored = sum(n[(s, "all")] for s in SCORED)
    holds, differs = int((claims.verdict == "consistent").sum()), int((claims.verdict == "differs").sum())
    return (f'<p class="headline">Of {len(card)} targets, <b>{scored} can be scored</b>: '
            f'{n[("met", "all")]} met, {n[("on track", "all")]} on track, {n[("off track", "all")]} off track'
            f'{_unclear(n)}. {n[("no data yet", "all")]} wait for data; {n[("not scored", "all")]} have no number '
            f'to score. <b>{holds} of the interview\'s {len(claims)} claims</b> match the official figures'
            f'{_differing(differs)}.</p>')


def _differing(differs: int) -> str:
    return "" if not differs else f", <b>{differs} differ{'s' if differs == 1 else ''}</b>"


def _unclear(n: dict) -> str:
    return f', {n[("unclear", "all")]} unclear (the wording allows both)' if n[("unclear", "all")] else ""


def _counts_table(card: pd.DataFrame) -> str:
    n = counts(card)
    head = "".join(f'<th style="border-bottom:4px solid {STATUS_COLOURS.get(s, "#e0e0e0")}">{s}</th>'
                   for s in STATUSES)
    rows = [("all", "all targets"), *((e, f"scored by {e}") for e in EVIDENCE)]
    body = "".join(
        f"<tr><th>{label}</th>" + "".join(
            f'<td data-status="{s}" data-evidence="{evidence}">{n[(s, evidence)]}</td>'
            if (s, evidence) in n else "<td></td>" for s in STATUSES) + "</tr>"
        for evidence, label in rows)
    return (f'<table class="counts"><thead><tr><th></th>{head}</tr></thead><tbody>{body}</tbody></table>'
            '<p class="note">Evidence: <i>statistics</i> is a statistical release; <i>statement</i> a ministry '
            'stating progress (news, work-conference report, press conference), used only where no statistic '
            'answers the target. Forecasts (预计…) are kept but never scored.</p>')


def _reasons(card: pd.DataFrame) -> str:
    """Why the targets without a status wait (marts.target_scorecard.unscored_reason, a closed list)."""
    waiting = card[~card.status.isin(SCORED) & card.unscored_reason.notna()]
    parts = [f"{count} {escape(str(reason))}" for reason, count in waiting.unscored_reason.value_counts().items()]
    return f'<p class="note">Without a status, by reason: {"; ".join(parts)}.</p>' if parts else ""


def _claims_table(claims: pd.DataFrame) -> str:
    rows = "".join(
        f"<tr><td>{escape(c.statement)}</td><td class='num'>{_claimed(c)}</td><td class='num'>{_official(c)}</td>"
        f"<td><span class='pill' style='background:{VERDICT_COLOURS.get(c.verdict, '#e0e0e0')}'>"
        f"{escape(c.verdict)}</span></td></tr>"
        for c in claims.itertuples())
    return ('<h3>The minister\'s interview, claim by claim</h3><table class="claims"><thead><tr><th>claim</th>'
            '<th>claimed</th><th>official figure</th><th>verdict</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _claimed(claim) -> str:
    """The number claimed, with its comparator where it is not a plain figure (more than 7000 …)."""
    return escape(readable.goal(None if claim.comparator == "=" else claim.comparator, claim.claimed, claim.unit))


def _official(claim) -> str:
    text = readable.figure(claim.official, claim.unit, claim.official_qualifier)
    if not text:
        return ""
    text = f"{escape(text)} <small>({claim.official_period}, {claim.evidence})</small>"
    return f'<a href="{escape(claim.official_source_url)}">{text}</a>' if claim.official_source_url else text
