"""Security promises: official hosts only, no secrets, SQL values as parameters."""
import json
import re
import subprocess
from pathlib import Path

import pytest

from xinzhi.archive import Archive
from xinzhi.collect import discover
from xinzhi.config import Settings
from xinzhi.fetch import Client
from xinzhi.outcome import Outcome

ROOT = Path(__file__).resolve().parents[1]
API = "www.miit.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit@pageId=1434685f08314ae8ae78f78b6a5a7915"


def test_links_found_inside_pages_and_api_answers_are_held_to_the_allow_list(home, mirror_root, monkeypatch):
    from xinzhi.mirror import Mirror

    answer = json.loads((mirror_root / API).read_text(encoding="utf-8"))
    stolen = "https://example.com/gxsj/tjfx/txy/art/2025/art_0123456789abcdef0123456789abcdef.html"
    answer["data"]["html"] = answer["data"]["html"].replace(
        "<ul>", f'<ul><li><a href="{stolen}" title="2025年前10个月通信业经济运行情况">x</a><span>2025-11-20</span></li>')
    (mirror_root / API).write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    with Mirror(mirror_root) as url:
        monkeypatch.setenv("XINZHI_MIRROR", url)
        settings = Settings()
        found = discover(settings, Client(settings), Archive(settings.archive_dir), Outcome())
    urls = {d.url for d in found}
    assert stolen not in urls and "https://example.com/fake/t20211215_1825499.html" not in urls
    assert all(re.match(r"https?://((www\.)?(stats|miit)\.gov\.cn|www\.gov\.cn)/", u) for u in urls)


SECRET_PATTERNS = [
    r"AKIA[0-9A-Z]{16}", r"-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----", r"(?i)(password|passwd|secret|api[_-]?key|token)\s*[=:]\s*['\"][^'\"]{6,}",
    r"ghp_[0-9A-Za-z]{30,}", r"xox[bap]-[0-9A-Za-z-]{10,}",
]


def test_no_secrets_in_the_repository():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    hits = []
    for name in files:
        path = ROOT / name
        if path.suffix in (".lock",) or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        hits += [f"{name}: {p}" for p in SECRET_PATTERNS if re.search(p, text)]
    assert hits == []


@pytest.mark.parametrize("source", sorted((ROOT / "flows").rglob("*.py")), ids=lambda p: p.name)
def test_sql_takes_values_as_parameters(source):
    """Values go in as ? parameters; an f-string may only splice identifiers the code itself
    chose (schema, table, view and column names from the catalog) or, where DuckDB takes no
    parameter (COPY TO, COMMENT ON), a literal escaped by one helper."""
    text = source.read_text(encoding="utf-8")
    for call in re.findall(r"\.execute\(f['\"](.*?)['\"]\s*[,)]", text):
        names = set(re.findall(r"\{([^}]*)\}", call))
        identifiers = {"schema", "view", "table", "name", "column", "database", "ALIAS", "META", "kind", "kind.upper()", "new",
                       "old", "source"}
        spliced = {n for n in names if not re.match(r"(lake\.)?literal\(", n)}   # the one escaping helper
        assert spliced <= identifiers, (source.name, call)
