"""Thousands of rows in a handful of round trips: COPY on PostgreSQL, executemany on SQLite.

The three writes a batch needs — insert (optionally returning columns), upsert on a unique key, update by key —
with one meaning on both databases and a fixed number of statements whatever the number of rows. On PostgreSQL
the rows travel by ``COPY … FROM STDIN`` (text format, built here column by column without per-row parameter
processing): into the table itself for an insert, or into a temporary table that one ``INSERT … SELECT … ON
CONFLICT`` / ``UPDATE … FROM`` then applies. Temporary tables are dropped at commit and rolled back with a
savepoint, so a batch that fails leaves nothing. On SQLite the same statements go through one
prepared executemany (include.store.db.upsert for upserts).
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Row,
    Table,
    TableClause,
    case,
    column,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.types import TypeEngine

from include.store.db import upsert

_NULL = "\x1a"  # ASCII SUB as COPY's NULL string; a value holding it is written escaped (\x1a)
_SPECIAL = ("\\", "\n", "\r", "\t", _NULL)  # what COPY text needs escaped inside a value
_NAMES = itertools.count(1)


def insert_rows(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], returning: Sequence[str] = ()
) -> list[Row[Any]]:
    """INSERT every row (all with the keys of the first); the ``returning`` columns of the inserted rows.

    The first ``returning`` column must be unique and given in the rows: the rows go in by COPY (PostgreSQL) or
    one prepared executemany (SQLite) and are selected back by it, two statements for any number of rows.
    INSERT … RETURNING would need a staging table on PostgreSQL, and on SQLite sends multi-row statements whose
    length changes with every batch, which sqlite3 keeps prepared in its statement cache (memory grew with the
    number of rows ingested)."""
    if not rows:
        return []
    if conn.dialect.name == "postgresql":
        _copy(conn, _quote(conn, table.name), table, list(rows[0]), rows)
    else:
        conn.execute(insert(table), list(rows))
    if not returning:
        return []
    key = table.c[returning[0]]
    values = [r[returning[0]] for r in rows]
    return list(conn.execute(select(*(table.c[c] for c in returning)).where(key.in_(in_list(values)))))


def upsert_rows(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], keys: Sequence[str], update: Sequence[str]
) -> None:
    """include.store.db.upsert (ON CONFLICT (keys) DO UPDATE SET update), the rows sent by COPY on PostgreSQL."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        upsert(conn, table, rows, keys=keys, update=update)
        return
    cols = list(rows[0])
    staged = _stage(conn, table, cols, rows, f"_bulk_{table.name}_{next(_NAMES)}")
    names = _columns(conn, cols)
    target = _columns(conn, keys)
    if update:
        action = "DO UPDATE SET " + ", ".join(f"{_quote(conn, c)} = EXCLUDED.{_quote(conn, c)}" for c in update)
    else:
        action = "DO NOTHING"
    conn.exec_driver_sql(
        f"INSERT INTO {_quote(conn, table.name)} ({names}) SELECT {names} FROM {staged.name} "
        f"ON CONFLICT ({target}) {action}"
    )


def update_rows(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], *where: Any, key: str = "id"
) -> list[Any]:
    """Give each row (``key`` plus its new values) its values where ``key`` matches and every ``where`` holds
    (e.g. "still pending"); the keys actually updated. Rows setting different columns go in separate statements.

    A few rows: one ``UPDATE … SET c = CASE key WHEN …`` (a single statement). Many: one ``UPDATE … FROM`` a
    staged copy of the rows, a join whose cost grows with the rows, where the CASE grows with rows × rows and
    its text with every row. The switch is where the two cost the same (measured around 100 rows on both
    databases; the staging table costs a few statements, on PostgreSQL a catalog write)."""
    groups: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(c for c in row if c != key)), []).append(row)
    done: list[Any] = []
    target = table.c[key]
    for cols, group in groups.items():
        if len(group) < _FEW:
            values = {c: _case(table, key, c, group) for c in cols}
            done += conn.scalars(
                update(table).where(target.in_([r[key] for r in group]), *where).values(values).returning(target)
            )
            continue
        staged = _stage(conn, table, [key, *cols], group, f"_bulk_update_{table.name}")
        stmt = (
            update(table)
            .where(target == staged.c[key], *where)
            .values({c: staged.c[c] for c in cols})
            .returning(target)
        )
        done += conn.scalars(stmt)
        conn.exec_driver_sql(f"DROP TABLE {staged.name}")
    return done


_FEW = 100  # update_rows: fewer rows than this go in one CASE statement, more through a staging table


def _case(table: Table, key: str, name: str, rows: Sequence[Mapping[str, Any]]) -> Any:
    """Column ``name``'s new value: the one value all ``rows`` share, else a CASE on ``key`` (typed as the column,
    so JSON and times are bound as they would be alone)."""
    kind = table.c[name].type
    if len({repr(r[name]) for r in rows}) == 1:
        return literal(rows[0][name], kind)
    return case({r[key]: literal(r[name], kind) for r in rows}, value=table.c[key], else_=table.c[name])


def in_list(values: Sequence[Any]) -> list[Any]:
    """``values`` for an ``IN (…)`` padded to a power of two by repeating the last one (same result): a batch's
    lookups then produce a handful of distinct statements instead of one per length, which SQLite would keep
    prepared in its statement cache (up to 128 per connection, large ones for thousands of values)."""
    values = list(values)
    if not values:
        return values
    return values + [values[-1]] * ((1 << (len(values) - 1).bit_length()) - len(values))


# ------------------------------------------------------------------------------------------ staging


def _stage(
    conn: Connection, table: Table, cols: Sequence[str], rows: Sequence[Mapping[str, Any]], name: str
) -> TableClause:
    """Temporary table ``name`` with ``cols`` of ``table`` (their types, no constraints) holding ``rows``,
    dropped at commit on PostgreSQL. A statement built with SQLAlchemy on it is cached under its name, so such
    callers use one name per table and drop it after use (a fresh name each time would fill the cache); the
    others take a fresh name, so one transaction can stage the same table twice."""
    staged = TableClause(name, *(column(c, table.c[c].type) for c in cols))
    source = f"SELECT {_columns(conn, cols)} FROM {_quote(conn, table.name)}"
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {staged.name} ON COMMIT DROP AS {source} WITH NO DATA")
        _copy(conn, staged.name, table, cols, rows)
    else:
        conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {staged.name} AS {source} WHERE 0")
        conn.execute(insert(staged), [{c: r[c] for c in cols} for r in rows])
    return staged


# -------------------------------------------------------------------------------------- PostgreSQL COPY


def _copy(conn: Connection, target: str, table: Table, cols: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> None:
    """COPY text with NULL written as ASCII SUB, built a column at a time (one comprehension per column, one
    join per line, escaping only in the columns that need it: values are mostly clean text)."""
    columns = [_column_text(table.c[c].type, [row[c] for row in rows]) for c in cols]
    data = "\n".join(map("\t".join, zip(*columns, strict=True)))
    sql = f"COPY {target} ({_columns(conn, cols)}) FROM STDIN WITH (FORMAT text, NULL '{_NULL}')"
    cursor = conn.connection.cursor()
    try:
        cursor.copy_expert(sql, io.StringIO(data))  # the last line needs no newline: the end of data ends it
    finally:
        cursor.close()


def _column_text(kind: TypeEngine[Any], values: list[Any]) -> list[str]:
    """One column's values as COPY text, escaped; None is NULL except in JSON (like SQLAlchemy's JSON type,
    where None is JSON null)."""
    if isinstance(kind, JSON):
        text = [_JSON(v) for v in values]
    elif isinstance(kind, Boolean):
        return [_NULL if v is None else ("t" if v else "f") for v in values]
    elif isinstance(kind, DateTime | Date):
        return [_NULL if v is None else v.isoformat() for v in values]
    else:
        text = [v if v is None else str(v) for v in values]
    joined = "".join(filter(None, text))
    if any(ch in joined for ch in _SPECIAL):
        return [_NULL if v is None else _escape(v) for v in text]
    return [_NULL if v is None else v for v in text]


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
        .replace(_NULL, "\\x1a")
    )


_JSON = json.JSONEncoder(ensure_ascii=False).encode


def json_text(conn: Connection) -> Callable[[Any], str]:
    """The text a JSON value is stored as through this connection: what ``insert_rows`` sends on PostgreSQL (the
    ``json`` type keeps it verbatim), SQLAlchemy's serializer on SQLite. For comparing stored values by text."""
    if conn.dialect.name == "postgresql":
        return _JSON
    return getattr(conn.dialect, "_json_serializer", None) or json.dumps


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _columns(conn: Connection, cols: Sequence[str]) -> str:
    return ", ".join(_quote(conn, c) for c in cols)
