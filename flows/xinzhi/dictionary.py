"""The data dictionary, written from the warehouse's own descriptions (COMMENT ON)."""
from __future__ import annotations

from pathlib import Path

SCHEMAS = {
    "marts": "The stable views analysts and BI tools read.",
    "core": "Every validated figure of every release, every vintage.",
    "seeds": "Curated reference data from sql/seeds/ (catalogue, targets, claims, calendar).",
    "raw": "What was fetched, found, parsed and held back.",
}


def markdown(database: Path) -> str:
    """Every schema, table, view and column of the warehouse with its description."""
    from .warehouse import open_duckdb

    con = open_duckdb(database, read_only=True)
    try:
        relations = con.execute("""
            SELECT schema_name, view_name AS name, 'view' AS type, comment FROM duckdb_views()
            WHERE schema_name IN ('marts', 'core', 'seeds', 'raw') AND NOT internal
            UNION ALL
            SELECT schema_name, table_name, 'table', comment FROM duckdb_tables()
            WHERE schema_name IN ('marts', 'core', 'seeds', 'raw')""").fetchall()
        columns = con.execute("""
            SELECT schema_name, table_name, column_name, data_type, comment FROM duckdb_columns()
            WHERE schema_name IN ('marts', 'core', 'seeds', 'raw') ORDER BY column_index""").fetchall()
    finally:
        con.close()
    lines = ["# Data dictionary", "",
             "Generated from the warehouse's own descriptions (`COMMENT ON`) by `make docs`; do not edit by hand.",
             "Example queries: [queries.md](queries.md).", ""]
    for schema, about in SCHEMAS.items():
        lines += [f"## `{schema}` — {about}", ""]
        for _, name, kind, comment in sorted(r for r in relations if r[0] == schema):
            lines += [f"### `{schema}.{name}` ({kind})", "", comment or "", "",
                      "| column | type | description |", "|---|---|---|"]
            for _, _, column, data_type, text in (c for c in columns if c[0] == schema and c[1] == name):
                lines.append(f"| `{column}` | {data_type} | {(text or '').replace('|', '/')} |")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def write(database: Path, docs: Path) -> Path:
    docs.mkdir(parents=True, exist_ok=True)
    path = docs / "data-dictionary.md"
    path.write_text(markdown(database), encoding="utf-8")
    return path
