"""Plan documents (kind `plan`): the policy-file columns of MIIT (/zwgk/zcwj/wjfb/{tz,yj}/) and the
State Council policy library on www.gov.cn. A page there is a plan in scope when the catalogue of
documents (sql/seeds/documents.csv) names it, or when its title has a plan's form (稳增长工作方案,
行动方案, 实施方案, 规划, 指导意见 …). Its targets are read by targets.py; a plan with no
quantitative target is still recorded (core.plan_documents), with none.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..catalogue import cited_document
from ..cn import fold
from ..model import Article, Release
from .targets import PARSER_VERSION, read_targets

KIND = "plan"
PUBLISHER = "MIIT"          # the policy library of www.gov.cn is read as the same kind (sources/govcn.py)
POLICY_PATHS = ("/zwgk/zcwj/", "/zhengce/")
POLICY_HOSTS = ("www.gov.cn", "gov.cn")
TITLE_FORMS = re.compile(r"稳增长工作方案|稳增长行动方案|行动方案|实施方案|工作方案|升级方案|行动计划|发展规划|规划|指导意见|实施意见")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*20\d\d\s*[〕\]］)）]\s*\d{1,4}\s*号")
_INNER_TITLE = re.compile(r"《(?P<title>[^《》]+)》")
_ISSUER = re.compile(r"^(?P<issuer>.+?)关于")


def is_policy(url: str) -> bool:
    """A page of a policy-file column or library: a plan or nothing."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    return host in POLICY_HOSTS or (host.endswith("miit.gov.cn") and parts.path.startswith(POLICY_PATHS))


def matches_title(title: str) -> bool:
    return bool(TITLE_FORMS.search(title)) or cited_document(title) is not None


def parse(article: Article) -> Release:
    title = fold(article.title)
    inner = _INNER_TITLE.search(article.title)
    window = re.search(r"20\d\d", title)
    published = article.published_at
    document = {
        "plan_title": inner["title"] if inner else article.title,
        "doc_number": article.meta.get("doc_number") or _doc_number(article.paragraphs),
        "issuer": article.meta.get("issuer") or (_ISSUER.match(title)["issuer"] if _ISSUER.match(title) else ""),
        "parser_version": PARSER_VERSION,
    }
    release = Release(url=article.url, publisher=_publisher(article.url), kind=KIND, title=article.title,
                      published_at=published, period=window.group() if window else str(published.year),
                      period_type="year", document=document)
    read_targets(release, article.paragraphs, article.tables, document["plan_title"])
    return release


def _doc_number(paragraphs: list[str]) -> str:
    """The 发文字号 (工信部联原〔2025〕191号) printed at the head of a notice, if any."""
    for paragraph in paragraphs[:8]:
        if found := _DOC_NUMBER.search(paragraph):
            return re.sub(r"\s+", "", found.group())
    return ""


def _publisher(url: str) -> str:
    return "GOV" if (urlsplit(url).hostname or "") in POLICY_HOSTS else "MIIT"
