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

ROOT = Path(__file__).resolve().parents[2]


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
        (victim,) = _workers(before)  # started and ready: the constructor waits
        os.kill(victim, signal.SIGSTOP)  # holds the file it is sent without answering ...
        threading.Timer(0.3, os.kill, (victim, signal.SIGKILL)).start()  # ... then dies, as a segfault would
        crashed = pool.parse(documents["txt"], "cv.txt")
        after = pool.parse(documents["txt"], "next.txt")
        assert victim not in _workers()
    assert crashed["error"] is True
    assert crashed["error_reason"] == "parser crashed"
    assert tuple(crashed) == PROFILE_KEYS
    assert after["full_name"] == "Aisha Bello"


def test_a_worker_killed_holding_several_files_fails_only_the_one_it_was_parsing(documents: dict[str, bytes]) -> None:
    # A long queue sends small files a few at a time: those not begun go to the replacement worker.
    before = _workers()
    batch = [(documents["txt"], f"{i}.txt") for i in range(12)]
    with CvParserPool(1) as pool:
        (victim,) = _workers(before)
        os.kill(victim, signal.SIGSTOP)
        threading.Timer(0.3, os.kill, (victim, signal.SIGKILL)).start()
        profiles = pool.parse_many(batch)
    assert profiles[0]["error_reason"] == "parser crashed"
    assert [p["full_name"] for p in profiles[1:]] == ["Aisha Bello"] * 11


def test_each_file_of_a_request_has_its_own_time_limit(documents: dict[str, bytes]) -> None:
    before = _workers()
    batch = [(documents["txt"], f"{i}.txt") for i in range(12)]
    with CvParserPool(1, timeout_s=0.5) as pool:
        (hung,) = _workers(before)
        os.kill(hung, signal.SIGSTOP)
        profiles = pool.parse_many(batch)
    assert profiles[0]["error_reason"] == "timed out after 0.5 s"
    assert [p["full_name"] for p in profiles[1:]] == ["Aisha Bello"] * 11


def test_hung_workers_time_out_in_parallel_and_are_killed(documents: dict[str, bytes]) -> None:
    before = _workers()
    with CvParserPool(2, timeout_s=0.5) as pool:
        hung = _workers(before)
        for pid in hung:
            os.kill(pid, signal.SIGSTOP)  # a parse that never ends, whatever this machine's speed
        start = time.monotonic()
        profiles = pool.parse_many([(documents["txt"], "a.txt"), (documents["txt"], "b.txt")])
        elapsed = time.monotonic() - start
        assert not hung & _workers()  # the time limit is the parent's: it kills their process groups
    assert [p["error_reason"] for p in profiles] == ["timed out after 0.5 s"] * 2
    assert elapsed < 1.0  # both at once; one after the other would take twice the limit and a restart


def test_a_batch_with_a_hung_worker_finishes_every_other_file(documents: dict[str, bytes]) -> None:
    before = _workers()
    batch = [(documents["txt"], "a.txt"), *[(documents["pdf_one_column"], "b.pdf")] * 5]
    with CvParserPool(2, timeout_s=0.5) as pool:
        os.kill(min(_workers(before)), signal.SIGSTOP)
        profiles = pool.parse_many(batch)
    assert [p["error_reason"] for p in profiles].count("timed out after 0.5 s") == 1
    assert sum(p["email"] == "aisha.bello@example.com" for p in profiles) == 5


@pytest.mark.parametrize(("max_tasks", "most_alive"), [(2, 1), (10, 2)])
def test_workers_are_recycled_after_max_tasks(documents: dict[str, bytes], max_tasks: int, most_alive: int) -> None:
    seen: set[int] = set()
    alive = 0
    before = _workers()
    with CvParserPool(1, max_tasks_per_worker=max_tasks) as pool:
        for _ in range(2 * max_tasks + 1):
            assert pool.parse(documents["txt"], "cv.txt")["full_name"] == "Aisha Bello"
            seen |= _workers(before)
            alive = max(alive, len(_workers(before)))
    assert len(seen) == 3  # two full lives and a third begun
    assert alive == most_alive  # a long life's successor starts ahead of the swap, so the batch never waits
    assert not _workers(before)  # close() reaped them all, successors included


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
