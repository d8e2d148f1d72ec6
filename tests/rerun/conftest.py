"""A finished funnel (24 applicants, all booked and mailed) built once, copied fresh for each test."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select


@pytest.fixture(scope="session")
def funnel_copy_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from include import pipeline
    from include.config import load_settings

    root = tmp_path_factory.mktemp("funnel")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLERKFLOW_OUTPUT_DIR", str(root / "var"))
        mp.setenv("CLERKFLOW_DB_URL", f"sqlite:///{root / 'clerkflow.db'}")
        settings = load_settings()
        pipeline.migrate_app_db(settings)
        for stage in ("roster", "intake", "cv", "match", "book", "notify"):
            pipeline.STAGES[stage](settings)
    return root


@pytest.fixture
def funnel(funnel_copy_source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Runtime on a private copy of the finished funnel (env points the DAGs and the CLI at it too)."""
    from include.config import load_settings
    from include.runtime import open_runtime

    shutil.copytree(funnel_copy_source, tmp_path / "funnel")
    monkeypatch.setenv("CLERKFLOW_OUTPUT_DIR", str(tmp_path / "funnel" / "var"))
    monkeypatch.setenv("CLERKFLOW_DB_URL", f"sqlite:///{tmp_path / 'funnel' / 'clerkflow.db'}")
    rt = open_runtime(load_settings())
    yield rt
    rt.engine.dispose()


def world(rt: Any) -> dict[str, Any]:
    """Every row of every app table and every output file's hash: what 'nothing changed' compares."""
    from include.store import tables as t

    with rt.engine.connect() as conn:
        rows = {
            name: sorted(repr(tuple(r)) for r in conn.execute(select(table)))
            for name, table in t.metadata.tables.items()
        }
    out = rt.settings.output_dir
    files = {
        str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }
    return {"rows": rows, "files": files}


def outbox_files(rt: Any) -> set[str]:
    return {p.name for p in rt.settings.outbox_dir.glob("*.eml")}
