"""`make demo` in one Python process: init, `airflow dags test` for each demo DAG, then the summary.

Each `airflow dags test` process paid ~4 s importing Airflow and ~5 s building the in-process execution
API (cadwyn generates a router per API version on the first request) before its first task ran: ~45 s of
a second demo with nothing to do. Here the same CLI command (Airflow's own parser and `dags test` action,
so the same DAG bag sync, `dag.test()`, in-process task runner and metadata rows) runs once per DAG in one
interpreter, so both costs are paid once. Each DAG's output goes to `$AIRFLOW_HOME/demo-<dag>.log`.

Run from the repo root with the environment the Makefile exports: ``python deploy/demo.py``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The order matters: the roster and intake feed the process DAG; the nightly report reads what they did.
DEMO_DAGS = (
    "clerkflow_roster_sync",
    "clerkflow_intake",
    "clerkflow_process",
    "clerkflow_nightly",
    "clerkflow_reminders",
)


def _load_init():
    spec = importlib.util.spec_from_file_location("clerkflow_deploy_init", ROOT / "deploy" / "init.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def _output_to(path: Path) -> Iterator[None]:
    """Send this process's stdout and stderr (file descriptors, so Airflow's loggers follow) to ``path``."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with path.open("wb") as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def _run_state(log: Path) -> str:
    """The run's final state as Airflow logged it ("success", "failed"), from its "DagRun Finished" line."""
    found = re.findall(r"DagRun Finished: .*?\bstate=(\w+)", log.read_text(errors="replace"))
    return found[-1] if found else "unknown"


def dags_test(dag_id: str, home: Path) -> bool:
    """`airflow dags test DAG_ID` through Airflow's own CLI parser and action; True when the run succeeded."""
    from airflow.cli import cli_parser

    args = cli_parser.get_parser().parse_args(["dags", "test", dag_id])
    log = home / f"demo-{dag_id}.log"
    started = time.monotonic()
    try:
        with _output_to(log):
            args.func(args)
    except (Exception, SystemExit) as exc:  # the action raises SystemExit("DagRun failed") on a failed run
        print(f"{dag_id} failed: {exc}")
        print("\n".join(log.read_text(errors="replace").splitlines()[-40:]))
        return False
    print(f"   {_run_state(log)} in {time.monotonic() - started:.1f} s (log: {log})")
    return True


def main() -> int:
    started = time.monotonic()
    code = _load_init().main()
    if code:
        return code
    home = Path(os.environ.get("AIRFLOW_HOME") or ROOT / ".airflow")
    for dag_id in DEMO_DAGS:
        print(f"== airflow dags test {dag_id}", flush=True)
        if not dags_test(dag_id, home):
            return 1
    print(flush=True)
    from include.cli import main as cli

    code = cli(["summary"])
    print(f"\n(demo took {time.monotonic() - started:.1f} s in one process)", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
