"""The sources of releases, each behind one small interface (base.Source), and the page
reader for an article's host. The pipeline iterates `all_sources`; adding a source is adding
it here."""
from __future__ import annotations

from urllib.parse import urlsplit

from . import govcn, miit, nbs, portal
from .base import Read, Source, SourceError

# Publisher groups: one collect run and one politeness limit each (docs/scaling.md). The State
# Council library is read with MIIT (it carries MIIT's plans); the data portal with NBS. Each host
# keeps its own rate limit in the client whatever its group.
GROUPS = (nbs.GROUP, miit.GROUP)


def all_sources(settings, groups=GROUPS) -> list[Source]:
    everything = [*nbs.sources(settings), *portal.sources(settings), *miit.sources(settings),
                  *govcn.sources(settings)]
    return [source for source in everything if source.publisher in groups]


def site_of(url: str):
    """The module that reads this URL's article pages (sources.nbs, sources.miit or sources.govcn)."""
    host = urlsplit(url).hostname or ""
    if host.endswith("miit.gov.cn"):
        return miit
    return govcn if host in ("www.gov.cn", "gov.cn") else nbs


def group_of(url: str) -> str:
    return site_of(url).GROUP


def referer_for(url: str) -> str:
    """The list page a browser would have come from (MIIT refuses requests without one)."""
    site = site_of(url)
    return nbs.LIST_URL if site is nbs else site.referer_for(url)


__all__ = ["GROUPS", "Read", "Source", "SourceError", "all_sources", "group_of", "referer_for", "site_of"]
