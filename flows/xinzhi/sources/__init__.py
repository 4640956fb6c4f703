"""The sources of releases, each behind one small interface (base.Source), and the page
reader for an article's host. The pipeline iterates `all_sources`; adding a source is adding
it here."""
from __future__ import annotations

from urllib.parse import urlsplit

from . import govcn, miit, nbs, portal
from .base import Read, Source, SourceError

# Publisher groups: one collect run and one politeness limit each (docs/scaling.md).
GROUPS = (nbs.GROUP, miit.GROUP, govcn.GROUP)


def all_sources(settings, groups=GROUPS) -> list[Source]:
    everything = [*nbs.sources(settings), *portal.sources(settings), *miit.sources(settings),
                  *govcn.sources(settings)]
    return [source for source in everything if source.publisher in groups]


def group_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    if host.endswith("miit.gov.cn"):
        return miit.GROUP
    return govcn.GROUP if host in ("www.gov.cn", "gov.cn") else nbs.GROUP


_SITES = {nbs.GROUP: nbs, miit.GROUP: miit, govcn.GROUP: govcn}


def site_of(url: str):
    """The module that reads this URL's article pages (sources.nbs, sources.miit or sources.govcn)."""
    return _SITES[group_of(url)]


def referer_for(url: str) -> str:
    """The list page a browser would have come from (MIIT refuses requests without one)."""
    return _SITES[group_of(url)].referer_for(url) if group_of(url) != nbs.GROUP else nbs.LIST_URL


__all__ = ["GROUPS", "Read", "Source", "SourceError", "all_sources", "group_of", "referer_for", "site_of"]
