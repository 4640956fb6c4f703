"""The sources of releases, each behind one small interface (base.Source), and the page
reader for an article's host. The pipeline iterates `all_sources`; adding a source is adding
it here."""
from __future__ import annotations

from urllib.parse import urlsplit

from . import miit, nbs
from .base import Read, Source, SourceError

# Publisher groups: one collect run and one politeness limit each (docs/scaling.md).
GROUPS = (nbs.GROUP, miit.GROUP)


def all_sources(settings, groups=GROUPS) -> list[Source]:
    everything = [*nbs.sources(settings), *miit.sources(settings)]
    return [source for source in everything if source.publisher in groups]


def group_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return miit.GROUP if host.endswith("miit.gov.cn") else nbs.GROUP


def site_of(url: str):
    """The module that reads this URL's article pages (sources.nbs or sources.miit)."""
    return miit if group_of(url) == miit.GROUP else nbs


def referer_for(url: str) -> str:
    """The list page a browser would have come from (MIIT refuses requests without one)."""
    return miit.referer_for(url) if group_of(url) == miit.GROUP else nbs.LIST_URL


__all__ = ["GROUPS", "Read", "Source", "SourceError", "all_sources", "group_of", "referer_for", "site_of"]
