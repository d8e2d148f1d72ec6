"""Thousands of rows in a handful of round trips: COPY on PostgreSQL, executemany elsewhere.

The three writes a batch needs — insert (optionally returning columns), upsert on a unique key, update by
primary key — with one meaning on both databases. On PostgreSQL the rows travel by ``COPY … FROM STDIN``
(text format, built here without per-row parameter processing), into the table itself for a plain insert or
into a temporary table that one ``INSERT … SELECT … ON CONFLICT`` / ``UPDATE … FROM`` then applies. The
temporary tables are dropped at commit and rolled back with a savepoint, so a batch that fails leaves nothing.
On SQLite the same statements go through SQLAlchemy's executemany (include.store.db.upsert for upserts).
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Row, Table, bindparam, insert, select, update

from include.store.db import upsert

_NULL = "\x1a"  # ASCII SUB as COPY's NULL string; a value holding it is written escaped (\x1a)
_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", _NULL: "\\x1a"})
_NAMES = itertools.count(1)


def insert_rows(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], returning: Sequence[str] = ()
) -> list[Row[Any]]:
    """INSERT every row (all with the keys of the first); the ``returning`` columns of the inserted rows.

    The first ``returning`` column must be unique and given in the rows: SQLite inserts with a plain executemany
    (one short statement, prepared once) and selects the rows back by it. Its INSERT … RETURNING would send
    multi-row statements whose length changes with every batch, and sqlite3 keeps each one prepared in its
    statement cache: memory grew with the number of rows ingested."""
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), list(rows))
        if not returning:
            return []
        key = table.c[returning[0]]
        values = [r[returning[0]] for r in rows]
        return list(conn.execute(select(*(table.c[c] for c in returning)).where(key.in_(in_list(values)))))
    cols = list(rows[0])
    if not returning:
        _copy(conn, _quote(conn, table.name), table, cols, rows)
        return []
    tmp = _staged(conn, table, cols, rows)
    names = _columns(conn, cols)
    out = ", ".join(_quote(conn, c) for c in returning)
    sql = f"INSERT INTO {_quote(conn, table.name)} ({names}) SELECT {names} FROM {tmp} RETURNING {out}"
    return list(conn.exec_driver_sql(sql))


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
    tmp = _staged(conn, table, cols, rows)
    names = _columns(conn, cols)
    target = _columns(conn, keys)
    if update:
        action = "DO UPDATE SET " + ", ".join(f"{_quote(conn, c)} = EXCLUDED.{_quote(conn, c)}" for c in update)
    else:
        action = "DO NOTHING"
    conn.exec_driver_sql(
        f"INSERT INTO {_quote(conn, table.name)} ({names}) SELECT {names} FROM {tmp} ON CONFLICT ({target}) {action}"
    )


def update_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], key: str = "id") -> None:
    """UPDATE each row's other columns where ``key`` equals its ``key`` value."""
    if not rows:
        return
    cols = [c for c in rows[0] if c != key]
    if conn.dialect.name != "postgresql":
        stmt = update(table).where(table.c[key] == bindparam("b_key")).values({c: bindparam(c) for c in cols})
        conn.execute(stmt, [{**{c: r[c] for c in cols}, "b_key": r[key]} for r in rows])
        return
    tmp = _staged(conn, table, [key, *cols], rows)
    sets = ", ".join(f"{_quote(conn, c)} = s.{_quote(conn, c)}" for c in cols)
    name, k = _quote(conn, table.name), _quote(conn, key)
    conn.exec_driver_sql(f"UPDATE {name} SET {sets} FROM {tmp} AS s WHERE {name}.{k} = s.{k}")


def in_list(values: Sequence[Any]) -> list[Any]:
    """``values`` for an ``IN (…)`` padded to a power of two by repeating the last one (same result): a batch's
    lookups then produce a handful of distinct statements instead of one per length, which SQLite would keep
    prepared in its statement cache (up to 128 per connection, large ones for thousands of values)."""
    values = list(values)
    if not values:
        return values
    return values + [values[-1]] * ((1 << (len(values) - 1).bit_length()) - len(values))


# ------------------------------------------------------------------------------------------- PostgreSQL


def _staged(conn: Connection, table: Table, cols: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> str:
    """A temporary table with ``cols`` of ``table`` (their types, no constraints) holding ``rows``."""
    tmp = f"_bulk_{table.name}_{next(_NAMES)}"
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {tmp} ON COMMIT DROP AS "
        f"SELECT {_columns(conn, cols)} FROM {_quote(conn, table.name)} WITH NO DATA"
    )
    _copy(conn, tmp, table, cols, rows)
    return tmp


def _copy(conn: Connection, target: str, table: Table, cols: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> None:
    """COPY text with NULL written as ASCII SUB: a line is joined as is, and escaped field by field only when it
    holds a tab, newline, CR, backslash or SUB inside a value (rare: values are cleaned text and JSON)."""
    encoders = [(c, _encoder(table, c)) for c in cols]
    tabs = len(cols) - 1
    lines = []
    for row in rows:
        values = [enc(row[c]) for c, enc in encoders]
        line = "\t".join([_NULL if v is None else v for v in values])
        plain = line.count("\t") == tabs and line.count(_NULL) == values.count(None)
        if not plain or "\\" in line or "\n" in line or "\r" in line:
            line = "\t".join([_NULL if v is None else v.translate(_ESCAPES) for v in values])
        lines.append(line)
    lines.append("")
    sql = f"COPY {target} ({_columns(conn, cols)}) FROM STDIN WITH (FORMAT text, NULL '{_NULL}')"
    cursor = conn.connection.cursor()
    try:
        cursor.copy_expert(sql, io.StringIO("\n".join(lines)))
    finally:
        cursor.close()


def _encoder(table: Table, name: str) -> Callable[[Any], str | None]:
    """One column's values as COPY text before escaping; None is NULL. Chosen once per column, not per value."""
    kind = table.c[name].type
    if isinstance(kind, JSON):  # like SQLAlchemy's JSON type: None is JSON null, not SQL NULL
        return _JSON
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else ("t" if v else "f")
    if isinstance(kind, DateTime | Date):
        return lambda v: None if v is None else v.isoformat()
    return lambda v: None if v is None else str(v)


_JSON = json.JSONEncoder(ensure_ascii=False).encode


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _columns(conn: Connection, cols: Sequence[str]) -> str:
    return ", ".join(_quote(conn, c) for c in cols)
