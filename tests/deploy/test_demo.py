"""deploy/demo.py, what `make demo` runs: the same DAGs as the Makefile names, each through `airflow dags test`."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load_demo():
    spec = importlib.util.spec_from_file_location("clerkflow_deploy_demo", ROOT / "deploy" / "demo.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


demo = _load_demo()


def test_the_demo_runs_the_makefiles_dags_in_order_and_each_exists() -> None:
    makefile = (ROOT / "Makefile").read_text()
    listed = re.search(r"^DEMO_DAGS := (.*?)(?:#.*)?$", makefile, re.MULTILINE)
    assert listed is not None
    assert tuple(listed.group(1).split()) == demo.DEMO_DAGS
    assert re.search(r"^demo: install\n(?:#.*\n)*\t@python deploy/demo.py$", makefile, re.MULTILINE)
    for dag_id in demo.DEMO_DAGS:
        assert (ROOT / "dags" / f"{dag_id}.py").is_file()


def test_a_runs_state_is_read_from_airflows_finished_line(tmp_path: Path) -> None:
    log = tmp_path / "demo.log"
    log.write_text(
        "[info] DagRun Finished: dag_id=clerkflow_intake, run_id=manual__x, state=success, run_type=manual\n"
    )
    assert demo._run_state(log) == "success"
    log.write_text("[error] Task failed\n")
    assert demo._run_state(log) == "unknown"
