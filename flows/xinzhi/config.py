"""Settings, all from XINZHI_* environment variables (documented in docs/configuration.md)."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


DUCKDB_MEMORY_LIMIT = "384MB"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="XINZHI_", extra="ignore")

    home: Path = Path("warehouse")          # warehouse file, raw archive, reports
    mirror: str | None = None               # base URL standing in for the official hosts
    rate: float = 1.0                       # requests per second per host
    start: date = date(2019, 1, 1)          # first run walks the list back to here
    timeout: float = 20.0                   # seconds per request (connect and read)
    retries: int = 4                        # on connection errors, timeouts, 5xx and 429
    backoff: float = 1.0                    # exponential backoff factor, seconds
    max_bytes: int = 8_000_000              # body size cap per response
    max_list_pages: int = 80                # safety stop when walking list pages
    portal_through: str | None = None       # YYYY-MM: last month asked of the data portal (default: last full month)
    today: date | None = None               # run as if on this day (clock.py reads it; checked here)
    data_label: str = "official"            # 'fixture' for demo data: shown everywhere
    gx_home: Path | None = None             # folder of the Great Expectations project (gx/); default `home`
    # Where the warehouse is published (docs/scaling.md): one DuckDB file under `home`
    # (the default), or a DuckLake: catalog in a database (PostgreSQL for several machines),
    # Parquet data files in a folder or object storage.
    warehouse: Literal["duckdb", "ducklake"] = "duckdb"
    ducklake_catalog: str | None = None     # e.g. "postgres:dbname=xinzhi host=db.internal user=xinzhi"
    ducklake_data: str | None = None        # data files; default `home`/lake/, or s3://bucket/prefix/
    # DuckDB's memory_limit for every database xinzhi opens (the build, readers, the lake). DuckDB's
    # own default is 80 % of the machine's RAM; past the limit it spills to a temporary folder
    # beside the database. With 384MB the benchmark's process, building the marts over ten
    # million figures, peaks under 1 GiB of RSS, Python included (BENCHMARKS.md, figure 7).
    duckdb_memory_limit: str = DUCKDB_MEMORY_LIMIT
    # DuckDB's threads for every database xinzhi opens; unset, DuckDB's own default (one per core).
    # The fixture-sized warehouse builds with a quarter less CPU on one thread (the tests set 1).
    duckdb_threads: Annotated[int, Field(ge=1)] | None = None
    # A team set-up: the refresh hands each publisher's discover, fetch and parse to this
    # deployment ("collect/xinzhi-collect"), so work pool workers share it. Unset: one process.
    collect_deployment: str | None = None
    collect_timeout: float = 3 * 3600       # seconds the refresh waits for its collect runs
    # MIIT refuses clients that do not look like a browser (HTTP 403); the token at the end
    # still says who we are.
    user_agent: str = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/126.0 Safari/537.36 xinzhi/0.1 (open research on official statistics)")

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @property
    def gx_project(self) -> Path:
        """Where validation keeps its suites, results and Data Docs (`gx/` inside)."""
        return self.gx_home or self.home

    @property
    def database(self) -> Path:
        return self.home / "xinzhi.duckdb"

    @property
    def report(self) -> Path:
        return self.home / "report.html"

    @property
    def lake_data_path(self) -> str:
        return self.ducklake_data or str(self.home.resolve() / "lake") + "/"

    @property
    def published(self) -> str:
        """Where readers find the warehouse, for messages."""
        if self.warehouse == "ducklake":
            return f"DuckLake ducklake:{self.ducklake_catalog} (data {self.lake_data_path})"
        return str(self.database)


def settings() -> Settings:
    return Settings()
