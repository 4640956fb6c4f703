"""Generated release pages of every kind, for the benchmarks.

Each page is one of the fixture pages (tests/fixtures/mirror, every kind, both publishers, the
State Council's plans) with its figures shifted (so no two pages are alike) under its own URL. NBS
pages can be laid out as a mirror with list pages (`index.html`, `index_N.html`) for a backfill;
MIIT's news columns as a mirror whose list calls answer 24 items each (a first run over the news);
the data portal's fixture answers are archived under their calls (an archive holding every kind).
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "mirror"
NUMBER = re.compile(r"(?<![\d.])(\d{1,4})\.(\d)(?!\d)")


def fixture_pages() -> list[tuple[str, bytes]]:
    """(official URL, bytes) of every fixture release page, PDF-only article excluded."""
    pages = []
    for path in sorted([*FIXTURES.rglob("*.html"), *FIXTURES.rglob("*.htm")]):
        relative = path.relative_to(FIXTURES).as_posix()
        if (relative.endswith(("index.html", "home.htm")) or "index_" in relative or "art_0c2e" in relative
                or relative.startswith("data.stats.gov.cn/")):        # the data portal's web-app page
            continue
        scheme = "http" if relative.startswith("www.stats.gov.cn/tjsj/") else "https"
        pages.append((f"{scheme}://{relative}", path.read_bytes()))
    return pages


def _shift(html: str, k: int) -> str:
    """Every one-decimal figure moved by k tenths: the same wording, other numbers."""
    return NUMBER.sub(lambda m: f"{m.group(1)}.{(int(m.group(2)) + k) % 10}", html)


def pages(n: int) -> list[tuple[str, bytes]]:
    """n pages cycling through every fixture page, each with its own URL and figures."""
    base = fixture_pages()
    out = []
    for i in range(n):
        url, body = base[i % len(base)]
        try:
            body.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:   # the page served GBK
            encoding = "gb18030"
        text = _shift(body.decode(encoding), i // len(base) + 1)
        if "stats.gov.cn" in url:
            url = re.sub(r"_(\d+)\.html$", lambda m: f"_{int(m.group(1)) * 10000 + i}.html", url)
        elif "www.gov.cn" in url:
            url = re.sub(r"content_(\d+)\.htm$", lambda m: f"content_{int(m.group(1)) * 10000 + i}.htm", url)
        else:
            url = re.sub(r"art_([0-9a-f]{32})\.html$", lambda m: f"art_{m.group(1)[:24]}{i:08x}.html", url)
        out.append((url, text.encode(encoding)))
    return out


def nbs_mirror(folder: Path, n: int, per_page: int = 25) -> int:
    """A mirror folder with n NBS industrial production pages and the list pages that list
    them (newest first); returns the number of list pages."""
    template = (FIXTURES / "www.stats.gov.cn/sj/zxfb/202512/t20251215_1962074.html").read_text(encoding="utf-8")
    items = []
    for i in range(n):
        year, month = 2025 - i // 12, 12 - i % 12
        stamp = f"{year}{month:02d}15"
        path = f"sj/zxfb/{year}{month:02d}/t{stamp}_{1900000 + i}.html"
        title = f"{year}年{month}月份规模以上工业增加值增长4.8%"
        page = _shift(template, i % 9 + 1).replace("2025年11月份", f"{year}年{month}月份") \
            .replace("2025/12/15 10:00", f"{year}/{month:02d}/15 10:00").replace("11月份", f"{month}月份") \
            .replace("1—11月份", f"1—{month}月份")
        target = folder / "www.stats.gov.cn" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        items.append((path, title, f"{year}-{month:02d}-15"))
    list_pages = (n + per_page - 1) // per_page
    for p in range(list_pages):
        lis = "".join(f'<li><a href="../{path.removeprefix("sj/zxfb/")}" title="{title}"><p>{title}</p><span>{date}</span></a></li>'
                      .replace("../", "./") for path, title, date in items[p * per_page:(p + 1) * per_page])
        name = "index.html" if p == 0 else f"index_{p}.html"
        page = (f'<html><head><meta charset="UTF-8"></head><body><div class="list-content"><ul>{lis}</ul></div>'
                f'<script>createPageHTML({list_pages}, {p}, "index", "html");</script></body></html>')
        (folder / "www.stats.gov.cn/sj/zxfb").mkdir(parents=True, exist_ok=True)
        (folder / "www.stats.gov.cn/sj/zxfb" / name).write_text(page, encoding="utf-8")
    return list_pages


def portal_answers() -> list[tuple[str, bytes]]:
    """(call, answer) of every data-portal answer of the fixtures: the call as the archive names it
    (URL#body), from the request each answer file sits beside (`….request`)."""
    from xinzhi.sources import portal

    return [(portal.DATA + "#" + request.read_text(encoding="utf-8"), request.with_suffix("").read_bytes())
            for request in sorted((FIXTURES / "data.stats.gov.cn").rglob("esData@body=*.request"))]


NEWS_COLUMNS = ("xwfb/szyw", "xwfb/gxdt/sjdt", "xwfb/xwfbh")


def news_mirror(folder: Path, per_column: int = 24) -> dict[str, int]:
    """The fixture mirror with each MIIT news column's list call answering `per_column` items (the
    API's whole answer: it has no paging), cycling through the column's fixture items (those a first
    run denies by title, too) with their pages' figures shifted under new article ids. Returns the
    items listed per column."""
    import json
    import shutil

    from xinzhi.sources import miit

    shutil.copytree(FIXTURES, folder, dirs_exist_ok=True)
    listed = {}
    for column in NEWS_COLUMNS:
        page = (folder / "www.miit.gov.cn" / column / "index.html").read_text(encoding="utf-8")
        api = miit.list_api_url(page, miit.column_url(column))
        answer_path = folder / "www.miit.gov.cn" / api.split("://", 1)[1].split("?")[0].split("/", 1)[1]
        answer_path = answer_path.with_name(answer_path.name + "@pageId=" + re.search(r"pageId=(\w+)", api).group(1))
        answer = json.loads(answer_path.read_text(encoding="utf-8"))
        items = re.findall(r"<li>.*?</li>", answer["data"]["html"], flags=re.S)
        out = []
        for i in range(per_column):
            item = items[i % len(items)]
            href = re.search(r'href="([^"]+)"', item).group(1)
            source = folder / "www.miit.gov.cn" / href.lstrip("/")
            new_href = re.sub(r"art_([0-9a-f]{32})", lambda m: f"art_{m.group(1)[:24]}{i:08x}", href)
            if source.is_file():
                text = source.read_text(encoding="utf-8")
                target = folder / "www.miit.gov.cn" / new_href.lstrip("/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(_shift(text, i // len(items) + 1), encoding="utf-8")
            out.append(item.replace(href, new_href))
        answer["data"]["html"] = '<div class="lmy_main_rb"><ul>' + "".join(out) + "</ul></div>"
        answer_path.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
        listed[column] = len(out)
    return listed
