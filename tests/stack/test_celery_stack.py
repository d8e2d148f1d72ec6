"""The production shape from pip: PostgreSQL metadata DB, CeleryExecutor on the local Redis, the FAB auth
manager, and the scheduler, dag-processor, api-server and a Celery worker as separate processes. Everything
they need beforehand (migrations, pools, the app DB with its own role, the admin, the Ops role and the notes
user) is made only by ``deploy/init.py``, the script compose's ``airflow-init`` runs: if init forgets
something, this test fails. Intake and roster sync are
triggered through the REST API with the nightly report, then clerkflow_process with CVs in chunks of 5 (the
mapped parse tasks are shared by two Celery workers; each task's CV parser pool starts worker processes from
inside a daemonic Celery prefork child), then a dry-run rerun (matching, booking, email)
whose summary must land in the run's note; every task instance must have run on a Celery worker.

Slow (about a minute): runs only with CLERKFLOW_STACK_TEST=1 (``.ci/run`` sets it) and needs
CLERKFLOW_TEST_PG_URL and a Redis on 127.0.0.1:6379.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from include.dag_defaults import POOLS
from tests.pgdb import PG_URL, scratch_database

ROOT = Path(__file__).resolve().parents[2]

BIN = Path(sys.executable).parent
DEADLINE_S = int(os.environ.get("CLERKFLOW_STACK_DEADLINE_S", "240"))  # ~1 min on an idle machine

pytestmark = [
    pytest.mark.stack,
    pytest.mark.skipif(
        os.environ.get("CLERKFLOW_STACK_TEST") != "1",
        reason="starts the full Celery stack (~1 min); set CLERKFLOW_STACK_TEST=1 (.ci/run does)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _redis_up() -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", 6379)) == 0


@dataclass
class Stack:
    home: Path
    env: dict[str, str]
    api: httpx.Client
    password: str
    notes_password: str
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, name: str, *args: str, env: dict[str, str] | None = None) -> None:
        log = (self.home / f"{name}.log").open("wb")
        self.procs[name] = subprocess.Popen(
            [str(BIN / "airflow"), *args],
            env={**self.env, **(env or {})},
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopping it stops its children too
        )

    def log(self, name: str) -> str:
        return (self.home / f"{name}.log").read_text(errors="replace")

    def stop(self) -> None:
        for proc in self.procs.values():
            with suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)

    def alive(self) -> None:
        dead = {n: p.returncode for n, p in self.procs.items() if p.poll() is not None}
        assert not dead, f"stopped early: {dead}; " + " | ".join(self.log(n)[-1500:] for n in dead)


def _drop_app_database(role: str) -> None:
    """The app database and role init created (both named ``role``), even while connections remain."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{role}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    finally:
        admin.dispose()


def _token(api: httpx.Client, username: str, password: str) -> str:
    resp = api.post("/auth/token", json={"username": username, "password": password})
    assert resp.status_code in (200, 201), resp.text
    return resp.json()["access_token"]


def _wait(what: str, check, stack: Stack, until: float, every: float = 1.0) -> Any:
    while time.monotonic() < until:
        stack.alive()
        with suppress(httpx.HTTPError):
            result = check()
            if result:
                return result
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    if not PG_URL:
        pytest.skip("CLERKFLOW_TEST_PG_URL is not set")
    if not _redis_up():
        pytest.skip("no Redis on 127.0.0.1:6379")
    database = ExitStack()
    meta_url = database.enter_context(scratch_database("clerkflow_stack"))
    redis_db = 8 + secrets.randbelow(8)
    api_port, log_port = _free_port(), _free_port()
    password, notes_password = secrets.token_urlsafe(12), secrets.token_urlsafe(12)
    home = tmp_path / "airflow"
    home.mkdir()
    base = f"http://127.0.0.1:{api_port}"
    app_role = f"clerkflow_app_{secrets.token_hex(4)}"
    app_url = (
        make_url(PG_URL)
        .set(username=app_role, password=secrets.token_urlsafe(12), database=app_role)
        .render_as_string(hide_password=False)
    )
    database.callback(_drop_app_database, app_role)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "CLERKFLOW_DB", "CLERKFLOW_BACKEND"))},
        "AIRFLOW_HOME": str(home),
        "PATH": f"{BIN}:{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": meta_url,
        "AIRFLOW__CELERY__BROKER_URL": f"redis://127.0.0.1:6379/{redis_db}",
        "AIRFLOW__CELERY__RESULT_BACKEND": f"db+{meta_url}",
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
        # Only the runs this test triggers: no cron or asset-triggered runs on top.
        "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{base}/execution/",
        "AIRFLOW__CORE__FERNET_KEY": "",
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
        "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(32),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API__BASE_URL": base,
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(log_port),
        "AIRFLOW__CORE__AUTH_MANAGER": "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
        "AIRFLOW_CONN_CLERKFLOW_AIRFLOW_API": json.dumps(
            {"conn_type": "http", "host": base, "login": "notes", "password": notes_password}
        ),
        "CLERKFLOW_OUTPUT_DIR": str(tmp_path / "var"),
        # The app DB as compose gives it: its own role and database, not the superuser.
        "CLERKFLOW_DB_URL": app_url,
    }
    # As compose scopes them: only init sees the superuser URL and the users' passwords.
    init_env = {
        **env,
        "CLERKFLOW_DB_ADMIN_URL": PG_URL,
        "_AIRFLOW_WWW_USER_USERNAME": "admin",
        "_AIRFLOW_WWW_USER_PASSWORD": password,
        "CLERKFLOW_NOTES_USER": "notes",
        "CLERKFLOW_NOTES_PASSWORD": notes_password,
    }
    init = subprocess.run(
        [sys.executable, "deploy/init.py"], env=init_env, cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert init.returncode == 0, init.stdout[-2000:] + init.stderr[-2000:]
    (home / "init.log").write_text(init.stdout)
    stack = Stack(home, env, httpx.Client(base_url=base, timeout=10), password, notes_password)
    try:
        for component in ("api-server", "scheduler", "dag-processor"):
            stack.start(component, component)
        # Two Celery workers (each with its own name, pid file and log server port) share a CV backlog.
        for name, port in (("worker", log_port), ("worker2", _free_port())):
            stack.start(
                name,
                *("celery", "worker", "--celery-hostname", f"{name}@%h", "--pid", str(home / f"{name}.pid")),
                env={"AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(port)},
            )
        yield stack
    finally:
        stack.stop()
        stack.api.close()
        database.close()
        with suppress(OSError), socket.create_connection(("127.0.0.1", 6379), timeout=2) as s:
            s.sendall(f"SELECT {redis_db}\r\nFLUSHDB\r\nQUIT\r\n".encode())


def test_a_full_run_executes_on_the_celery_worker(stack: Stack) -> None:
    until = time.monotonic() + DEADLINE_S
    api = stack.api
    _wait("api-server", lambda: api.get("/api/v2/monitor/health").status_code == 200, stack, until)
    api.headers["Authorization"] = f"Bearer {_token(api, 'admin', stack.password)}"
    # Init made the pools: the test does not (tasks of a missing pool would stay scheduled forever).
    for pool, slots in POOLS.items():
        assert api.get(f"/api/v2/pools/{pool}").json()["slots"] == slots[0]
    dags = (
        "clerkflow_roster_sync",
        "clerkflow_intake",
        "clerkflow_nightly",
        "clerkflow_process",
        "clerkflow_rerun_applicant",
    )
    for dag_id in dags:
        _wait(f"{dag_id} parsed", lambda d=dag_id: api.get(f"/api/v2/dags/{d}").status_code == 200, stack, until)
        api.patch(f"/api/v2/dags/{dag_id}", json={"is_paused": False}).raise_for_status()

    def trigger(dag_id: str, conf: dict | None = None) -> str:
        body = {"logical_date": None, "conf": conf or {}}
        resp = api.post(f"/api/v2/dags/{dag_id}/dagRuns", json=body)
        resp.raise_for_status()
        return resp.json()["dag_run_id"]

    def finished(dag_id: str, run_id: str) -> str | None:
        state = api.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}").json()["state"]
        assert state != "failed", f"{dag_id} failed: " + stack.log("worker")[-3000:]
        return state if state == "success" else None

    runs = {dag_id: trigger(dag_id) for dag_id in dags[:3]}
    for dag_id, run_id in runs.items():
        _wait(f"{dag_id} success", lambda d=dag_id, r=run_id: finished(d, r), stack, until)

    # After intake, so there are CVs to parse (asset-triggered runs are off: see the stack's env). Chunks of 5
    # CVs: the sample's backlog becomes several mapped parse tasks, which both workers take.
    process_id = trigger("clerkflow_process", {"cv_chunk": 5})
    _wait("process success", lambda: finished("clerkflow_process", process_id), stack, until)
    runs["clerkflow_process"] = process_id
    parse_tis = [
        ti
        for ti in api.get(f"/api/v2/dags/clerkflow_process/dagRuns/{process_id}/taskInstances").json()["task_instances"]
        if ti["task_id"] == "parse_cvs"
    ]
    assert len(parse_tis) >= 4, [ti["map_index"] for ti in parse_tis]
    cv_counts = [
        api.get(
            f"/api/v2/dags/clerkflow_process/dagRuns/{process_id}/taskInstances/parse_cvs/xcomEntries/return_value",
            params={"map_index": ti["map_index"]},
        ).json()["value"]
        for ti in parse_tis
    ]
    assert all(c["due"] <= 5 for c in cv_counts), cv_counts
    assert sum(c.get("parsed", 0) for c in cv_counts) > 0, cv_counts  # the parser pool ran inside Celery tasks
    logs = {name: stack.log(name) for name in ("worker", "worker2")}
    took = {name: [ti["map_index"] for ti in parse_tis if ti["id"] in log] for name, log in logs.items()}
    assert all(took.values()), took  # both workers parsed chunks of this one run
    assert sorted(took["worker"] + took["worker2"]) == sorted(ti["map_index"] for ti in parse_tis), took

    conf = {"applicant": "1", "steps": ["match", "book", "email"], "dry_run": True, "force": True}
    rerun_id = trigger("clerkflow_rerun_applicant", conf)
    _wait("rerun success", lambda: finished("clerkflow_rerun_applicant", rerun_id), stack, until)
    runs["clerkflow_rerun_applicant"] = rerun_id

    tis = [
        ti
        for dag_id, run_id in runs.items()
        for ti in api.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances").json()["task_instances"]
    ]
    assert {"sync_roster", "ingest_applications", "ops_report", "parse_cvs", "check_applicant", "rerun"} <= {
        ti["task_id"] for ti in tis
    }
    assert {ti["state"] for ti in tis} == {"success"}
    assert {ti["queue"] for ti in tis} == {"default"}  # Celery's queue
    assert all(ti["hostname"] for ti in tis)
    worker_log = stack.log("worker") + stack.log("worker2")
    assert worker_log.count("Executing workload in Celery") >= len(tis)
    for ti in tis:
        assert ti["id"] in worker_log, f"{ti['dag_id']}.{ti['task_id']} was not executed by a Celery worker"

    note = api.get(f"/api/v2/dags/clerkflow_rerun_applicant/dagRuns/{rerun_id}").json()["note"]
    assert note.startswith("**Rerun of applicant #1**. Dry run: nothing was changed.")

    # Roles: a Viewer reads applicants but may not rerun; the notes user (Ops, made by init) may.
    viewer_password = secrets.token_urlsafe(12)
    api.post(
        "/auth/fab/v1/users",
        json={
            "username": "viewer",
            "password": viewer_password,
            "email": "viewer@clerkflow.invalid",
            "first_name": "V",
            "last_name": "Iewer",
            "roles": [{"name": "Viewer"}],
        },
    ).raise_for_status()
    anonymous = httpx.Client(base_url=str(api.base_url), timeout=10)
    assert anonymous.get("/clerkflow/applicants/1").status_code in (401, 403)
    for user, secret, may_rerun in (("viewer", viewer_password, False), ("notes", stack.notes_password, True)):
        headers = {"Authorization": f"Bearer {_token(anonymous, user, secret)}"}
        page = anonymous.get("/clerkflow/applicants/1", headers=headers)
        assert page.status_code == 200, (user, page.status_code)
        assert ("You may read applicants but not trigger" in page.text) is not may_rerun, user
        resp = anonymous.post(
            f"/api/v2/dags/{dags[-1]}/dagRuns",
            headers=headers,
            json={"logical_date": None, "conf": {"applicant": "1", "steps": ["match"], "dry_run": True}},
        )
        assert (resp.status_code == 200) is may_rerun, (user, resp.status_code, resp.text[:200])
    anonymous.close()
