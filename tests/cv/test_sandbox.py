"""The parser pool works wherever an Airflow task runs, and a bad file costs one CV, never the batch.

Airflow runs tasks in a daemonic Celery prefork child, under the task supervisor, or with ``__main__`` the
``airflow`` script; the pool's workers are plain child processes, so none of these may matter.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psutil
import pytest

from include.cv import PROFILE_KEYS, CvParserPool, parse_cv
from tests.cv import builders

ROOT = Path(__file__).resolve().parents[2]
SLOW = builders.cv_text().encode() * 1500  # ~1.3 s to parse on this machine


def _workers(exclude: set[int] = frozenset()) -> set[int]:
    """Pids of this process's live parser workers."""
    return {
        p.pid
        for p in psutil.Process().children()
        if p.pid not in exclude and p.status() != psutil.STATUS_ZOMBIE and "include.cv.worker" in p.cmdline()
    }


def _parse_in_child(content: bytes, out: multiprocessing.Queue) -> None:
    out.put(parse_cv(content, "cv.txt"))


def test_parse_cv_works_inside_a_daemonic_process(documents: dict[str, bytes]) -> None:
    # What Celery's prefork pool does: tasks run in daemonic forked children, which multiprocessing
    # forbids from having children of their own.
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_parse_in_child, args=(documents["txt"], out), daemon=True)
    child.start()
    profile = out.get(timeout=60)
    child.join(timeout=10)
    assert child.exitcode == 0
    assert profile["error"] is False
    assert profile["full_name"] == "Aisha Bello"


def test_pool_never_imports_the_callers_main_script_again(tmp_path: Path, documents: dict[str, bytes]) -> None:
    # Like the `airflow` console script: unguarded module-level code that must run once per process tree.
    cv = tmp_path / "cv.txt"
    cv.write_bytes(documents["txt"])
    script = tmp_path / "entry.py"
    script.write_text(
        textwrap.dedent(f"""
            import json, os, sys
            if os.environ.get("ENTRY_IMPORTED"):
                raise SystemExit("entry script imported twice")
            os.environ["ENTRY_IMPORTED"] = "1"
            sys.path.insert(0, {str(ROOT)!r})
            from include.cv import CvParserPool
            with CvParserPool(2) as pool:
                content = open({str(cv)!r}, "rb").read()
                profiles = pool.parse_many([(content, "cv.txt")] * 3)
            print(json.dumps([p["full_name"] for p in profiles]))
        """)
    )
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "ENTRY_IMPORTED"}}
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == ["Aisha Bello"] * 3


def test_a_worker_killed_mid_parse_fails_that_cv_and_is_replaced(documents: dict[str, bytes]) -> None:
    before = _workers()
    with CvParserPool(1) as pool:
        assert pool.parse(documents["txt"], "warm.txt")["error"] is False
        (victim,) = _workers(before)
        threading.Timer(0.3, os.kill, (victim, signal.SIGKILL)).start()  # as a segfault would
        crashed = pool.parse(SLOW, "slow.txt")
        after = pool.parse(documents["txt"], "next.txt")
        assert victim not in _workers(before)
    assert crashed["error"] is True
    assert crashed["error_reason"] == "parser crashed"
    assert tuple(crashed) == PROFILE_KEYS
    assert after["full_name"] == "Aisha Bello"


def test_timed_out_files_do_not_hold_up_the_other_workers(documents: dict[str, bytes]) -> None:
    with CvParserPool(2, timeout_s=0.5) as pool:
        pool.parse_many([(documents["txt"], "warm.txt")] * 2)  # both workers started and ready
        workers = _workers()
        start = time.monotonic()
        profiles = pool.parse_many([(SLOW, "a.txt"), (SLOW, "b.txt")])
        elapsed = time.monotonic() - start
        # Killed, not left running: the timeout is the parent's, the process group goes with it.
        assert not workers & _workers()
    assert [p["error_reason"] for p in profiles] == ["timed out after 0.5 s"] * 2
    assert elapsed < 1.0  # in parallel; one after the other would take a restart and twice the timeout


def test_a_batch_with_a_hung_file_finishes_every_other_file(documents: dict[str, bytes]) -> None:
    batch = [(documents["txt"], "a.txt"), (SLOW, "slow.txt"), *[(documents["pdf_one_column"], "b.pdf")] * 4]
    with CvParserPool(2, timeout_s=0.5) as pool:
        profiles = pool.parse_many(batch)
    assert profiles[1]["error_reason"] == "timed out after 0.5 s"
    assert [p["email"] for i, p in enumerate(profiles) if i != 1] == ["aisha.bello@example.com"] * 5


def test_workers_are_recycled_after_max_tasks(documents: dict[str, bytes]) -> None:
    seen: set[int] = set()
    before = _workers()
    with CvParserPool(1, max_tasks_per_worker=2) as pool:
        for _ in range(5):
            assert pool.parse(documents["txt"], "cv.txt")["full_name"] == "Aisha Bello"
            seen |= _workers(before)
    assert len(seen) == 3  # 2 + 2 + 1 files
    assert not _workers(before)  # close() reaped them all


def test_oversized_files_are_refused_without_a_worker_round_trip(documents: dict[str, bytes]) -> None:
    big = b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024)
    with CvParserPool(1) as pool:
        profiles = pool.parse_many([(big, "big.pdf"), (documents["txt"], "cv.txt")])
    assert profiles[0]["error_reason"] == "file too large"
    assert profiles[1]["full_name"] == "Aisha Bello"


def test_a_closed_pool_refuses_work(documents: dict[str, bytes]) -> None:
    pool = CvParserPool(1)
    pool.close()
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):
        pool.parse(documents["txt"], "cv.txt")


def test_workers_write_nothing_from_the_cv_to_stdout_or_stderr(
    capfd: pytest.CaptureFixture[str], documents: dict[str, bytes]
) -> None:
    # The workers inherit this process's stderr (fd 2): a warning or print quoting the CV would show here.
    with CvParserPool(1) as pool:
        pool.parse_many([(documents["pdf_one_column"][:2000], "broken.pdf"), (documents["txt"], "cv.txt")])
    out, err = capfd.readouterr()
    for secret in ("Aisha", "Bello", "aisha.bello@example.com"):
        assert secret not in out
        assert secret not in err
