"""The production compose stack, checked statically (no Docker here): structure, secrets, and env vs code.

Compose cannot run on this machine, so these tests hold the file to the rules that a broken deploy would
otherwise reveal only on the server: every component healthy-checked and ordered after the migrations,
secrets only from .env, and every setting the code reads actually wired through.
"""

from __future__ import annotations

import ast
import dataclasses
import fnmatch
import re
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from include import hooks
from include.config import MailConfig, load_settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yaml"
MOUNT = "/opt/airflow/clerkflow"

DEFAULT_SERVICES = {
    "postgres",
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "booking-page",
}
CELERY_SERVICES = {"redis", "airflow-worker"}
LONG_RUNNING = DEFAULT_SERVICES - {"airflow-init"} | CELERY_SERVICES | {"flower"}

# `$$` is compose's escape for a literal `$`; the lookbehind skips it.
REFERENCE = re.compile(r"(?<!\$)\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}")
BARE_REFERENCE = re.compile(r"(?<!\$)\$(?=[A-Za-z_])")
SECRET_KEY = re.compile(r"(?:^|_)(?:KEY|SECRET|PASSWORD|CONN|TOKEN|BASIC_AUTH)(?:_|$)")
# Env vars that compose itself reads from .env rather than interpolating.
COMPOSE_BUILTINS = {"COMPOSE_PROFILES", "COMPOSE_PROJECT_NAME", "COMPOSE_FILE"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


@pytest.fixture(scope="module")
def common_env(compose: dict[str, Any]) -> dict[str, str]:
    return _env(compose["x-airflow-common"])


def _env(service: dict[str, Any]) -> dict[str, str]:
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) for item in raw)
    return {str(k): "" if v is None else str(v) for k, v in raw.items()}


def _airflow_services(services: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {name: svc for name, svc in services.items() if "build" in svc}


def _strings(node: Any) -> list[str]:
    """Every string (keys included) in a parsed YAML tree."""
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return [node] if isinstance(node, str) else []


def _references(compose: dict[str, Any]) -> list[re.Match[str]]:
    return [m for s in _strings(compose) for m in REFERENCE.finditer(s)]


def _env_example() -> dict[str, str]:
    pairs = {}
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


VOLUME = re.compile(r"^(?P<source>\$\{[^}]*\}|[^:]+):(?P<target>[^:]+)(?::(?P<mode>\w+))?$")


def _host_path(volume: str) -> tuple[str, str, str]:
    """(source, target, mode) of a short volume spec; the source may be a ``${VAR:-default}`` reference."""
    m = VOLUME.match(volume)
    assert m, volume
    return m["source"], m["target"], m["mode"] or "rw"


def _url(value: str):
    """A compose URL with every ``${...}`` reference replaced by a placeholder, parsed."""
    return urlsplit(REFERENCE.sub("x", value))


def _hides_secret(value: str) -> bool:
    """True when ``value`` is a bare ``${VAR}`` or a URL whose password is one, either without a literal default."""
    refs = list(REFERENCE.finditer(value))
    tokens = {f"ref{i}x": m for i, m in enumerate(refs)}
    flat = value
    for token, m in tokens.items():
        flat = flat.replace(m.group(0), token, 1)
    secret = flat if flat in tokens else (urlsplit(flat).password if "://" in flat else None)
    if secret not in tokens:
        return False
    ref = tokens[secret]
    return not (ref["op"] in {"-", ":-", "+", ":+"} and ref["arg"])


# ---------------------------------------------------------------- structure


def test_compose_file_parses_with_the_common_anchor_and_volumes(compose):
    assert {"x-airflow-common", "services", "volumes"} <= compose.keys()
    assert {"postgres-db-volume", "clerkflow-var"} <= set(compose["volumes"])


def test_default_profile_runs_the_local_executor_stack(services):
    default = {name for name, svc in services.items() if not svc.get("profiles")}
    assert default == DEFAULT_SERVICES


def test_redis_and_workers_start_only_with_the_celery_profile(services):
    assert services["airflow-worker"]["profiles"] == ["celery"]
    assert services["redis"]["profiles"] == ["celery", "flower"]
    assert services["flower"]["profiles"]
    assert "celery" not in services["flower"]["profiles"]


def test_every_long_running_service_is_health_checked_and_restarted(services):
    for name in LONG_RUNNING:
        check = services[name].get("healthcheck", {})
        assert check.get("test"), f"{name} has no healthcheck"
        assert services[name].get("restart") == "always", name


def test_init_is_one_shot_and_runs_the_shared_init_script(services):
    init = services["airflow-init"]
    assert init.get("restart") in {None, "no"}
    # The same script `make demo`/`make up` and the Celery stack test run: they cannot diverge.
    assert init["command"] == ["python", f"{MOUNT}/deploy/init.py"]
    assert (ROOT / "deploy" / "init.py").is_file()
    assert "deploy/init.py" in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "deploy/init.py" in (ROOT / "tests" / "stack" / "test_celery_stack.py").read_text(encoding="utf-8")


def test_airflow_components_wait_for_a_healthy_db_and_a_finished_init(services):
    for name, svc in _airflow_services(services).items():
        deps = svc.get("depends_on", {})
        assert deps.get("postgres", {}).get("condition") == "service_healthy", name
        if name in LONG_RUNNING:
            assert deps["airflow-init"]["condition"] == "service_completed_successfully", name


def test_workers_wait_for_redis_and_the_api_server_they_report_to(services):
    deps = services["airflow-worker"]["depends_on"]
    assert deps["redis"]["condition"] == "service_healthy"
    assert deps["airflow-apiserver"]["condition"] == "service_healthy"
    # The scheduler may need Redis too, but must still start without the celery profile.
    assert services["airflow-scheduler"]["depends_on"]["redis"]["required"] is False


def test_postgres_is_16_with_a_volume_and_pg_isready(services):
    pg = services["postgres"]
    assert pg["image"].startswith("postgres:16")
    assert any(v.startswith("postgres-db-volume:") for v in pg["volumes"])
    assert "pg_isready" in pg["healthcheck"]["test"]


def test_api_server_publishes_8080_on_loopback_by_default(services):
    api = services["airflow-apiserver"]
    assert api["command"] == "api-server"
    assert api["ports"] == ["${AIRFLOW_API_BIND:-127.0.0.1}:${AIRFLOW_API_PORT:-8080}:8080"]
    assert "http://localhost:8080/api/v2/monitor/health" in api["healthcheck"]["test"]


def test_every_published_port_binds_an_address(services):
    for name, svc in services.items():
        for port in svc.get("ports", []):
            host = str(port).rsplit(":", 2)[0]
            allowed = ("127.0.0.1", "${AIRFLOW_API_BIND:-127.0.0.1}", "${BOOKING_PAGE_BIND:-127.0.0.1}")
            assert host.startswith(allowed), (name, port)


def test_flower_alone_brings_the_redis_it_watches(services):
    assert "flower" in services["redis"]["profiles"]
    assert services["flower"]["depends_on"]["redis"]["condition"] == "service_healthy"


def test_components_run_the_right_airflow_commands(services):
    commands = {name: services[name]["command"] for name in ("airflow-scheduler", "airflow-dag-processor")}
    assert commands == {"airflow-scheduler": "scheduler", "airflow-dag-processor": "dag-processor"}
    assert services["airflow-triggerer"]["command"] == "triggerer"
    assert services["airflow-worker"]["command"] == "celery worker"


# ---------------------------------------------------------------- shared Airflow settings


def test_airflow_services_share_the_common_env(services, common_env):
    for name, svc in _airflow_services(services).items():
        env = _env(svc)
        missing = {k for k in common_env if env.get(k) != common_env[k]}
        assert not missing, f"{name} lost common env: {sorted(missing)}"


def test_only_code_folders_are_mounted_read_only_so_env_stays_outside(services, common_env):
    assert common_env["PYTHONPATH"] == MOUNT
    assert common_env["AIRFLOW__CORE__DAGS_FOLDER"] == f"{MOUNT}/dags"
    assert common_env["AIRFLOW__CORE__PLUGINS_FOLDER"] == f"{MOUNT}/plugins"
    assert common_env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    code = {(f"./{d}", f"{MOUNT}/{d}", "ro") for d in ("dags", "plugins", "include", "deploy")}
    for name, svc in _airflow_services(services).items():
        mounts = [_host_path(v) for v in svc["volumes"]]
        assert code <= set(mounts), name
        assert any(target == common_env["CLERKFLOW_OUTPUT_DIR"] for _, target, _ in mounts), name
        for source, _target, mode in mounts:
            if source.startswith((".", "/", "$")):
                assert mode == "ro", (name, source)
                assert source.rstrip("/") not in {".", "./"}, f"{name} mounts the repo root (and .env with it)"
    assert not any(p.name.startswith(".env") and p.name != ".env.example" for p in (ROOT / "deploy").rglob("*"))


def test_a_real_config_comes_from_a_mounted_config_dir(services, tmp_path):
    mounts = {target: source for source, target, _ in map(_host_path, services["airflow-scheduler"]["volumes"])}
    assert mounts["/opt/airflow/config"] == "${CLERKFLOW_CONFIG_DIR:-./deploy/config}"
    # deploy/README.md's steps: the example and an advisors file side by side in the config folder.
    shutil.copy(ROOT / "deploy" / "config" / "clerkflow.example.yaml", tmp_path / "clerkflow.yaml")
    shutil.copy(ROOT / "include" / "sample_data" / "advisors.yaml", tmp_path / "advisors.yaml")
    settings = load_settings(tmp_path / "clerkflow.yaml")
    assert set(settings.backends.values()) == {"google", "sendgrid"}


def test_executor_defaults_to_local_and_switches_from_env(common_env):
    assert common_env["AIRFLOW__CORE__EXECUTOR"] == "${AIRFLOW_EXECUTOR:-LocalExecutor}"
    assert common_env["AIRFLOW__CELERY__BROKER_URL"] == "redis://redis:6379/0"
    assert common_env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"


def test_postgres_urls_name_the_psycopg2_driver(common_env):
    # SQLAlchemy 2.1 maps a bare postgresql:// to psycopg 3, which the image does not have.
    assert common_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
    assert common_env["AIRFLOW__CELERY__RESULT_BACKEND"].startswith("db+postgresql+psycopg2://")


def test_connection_ids_match_the_hooks(services):
    expected = {f"AIRFLOW_CONN_{conn_id.upper()}" for conn_id in hooks_conn_ids()}
    found = {k for svc in services.values() for k in _env(svc) if k.startswith("AIRFLOW_CONN_")}
    assert found == expected


def hooks_conn_ids() -> set[str]:
    return {hooks.DB_CONN_ID, hooks.GOOGLE_CONN_ID, hooks.SENDGRID_CONN_ID, hooks.AIRFLOW_API_CONN_ID}


TASK_RUNNERS = {"airflow-scheduler", "airflow-worker"}  # LocalExecutor runs tasks in the scheduler


def test_each_service_gets_only_the_secrets_it_needs(services):
    env = {name: _env(svc) for name, svc in services.items()}
    holders = {key: {name for name, e in env.items() if key in e} for key in {k for e in env.values() for k in e}}
    # Token signing keys: the api-server validates what the scheduler issues and fetches workers' logs.
    for key in ("AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__API__SECRET_KEY"):
        assert holders[key] == {"airflow-apiserver"} | TASK_RUNNERS, key
    # The admin's password and the DB superuser URL reach init alone.
    for key in ("_AIRFLOW_WWW_USER_PASSWORD", "CLERKFLOW_DB_ADMIN_URL", "CLERKFLOW_NOTES_PASSWORD"):
        assert holders[key] == {"airflow-init"}, key
    # Google and SendGrid: only where tasks run, the ops shell that runs the CLI, and the booking page (it books).
    for key in ("AIRFLOW_CONN_CLERKFLOW_GOOGLE", "AIRFLOW_CONN_CLERKFLOW_SENDGRID"):
        assert holders[key] == TASK_RUNNERS | {"airflow-cli", "booking-page"}, key
    # The link key: who renders links (tasks, CLI), checks them (booking page) and re-issues them (the UI).
    assert holders["CLERKFLOW_LINK_SECRET"] == TASK_RUNNERS | {"airflow-cli", "booking-page", "airflow-apiserver"}
    assert "AIRFLOW_CONN_CLERKFLOW_DB" not in env["airflow-dag-processor"]
    assert "AIRFLOW_CONN_CLERKFLOW_DB" not in env["airflow-triggerer"]


def test_the_app_db_uses_its_own_role_not_the_superuser(services):
    conns = {name: _env(svc).get("AIRFLOW_CONN_CLERKFLOW_DB") for name, svc in services.items()}
    urls = {_url(v) for v in conns.values() if v}
    assert {(u.username, u.path) for u in urls} == {("clerkflow", "/clerkflow")}
    init = _env(services["airflow-init"])
    app = _url(init["CLERKFLOW_DB_URL"])
    assert (app.username, app.path) == ("clerkflow", "/clerkflow")
    assert "POSTGRES_PASSWORD" in init["CLERKFLOW_DB_ADMIN_URL"]
    assert all("POSTGRES_PASSWORD" not in (v or "") for v in conns.values())


def test_production_refuses_an_unset_base_url_and_uses_fab(common_env):
    assert common_env["AIRFLOW__API__BASE_URL"].startswith("${AIRFLOW_BASE_URL:?")
    assert common_env["CLERKFLOW_ENV"] == "production"
    assert common_env["AIRFLOW__CORE__AUTH_MANAGER"].endswith("FabAuthManager")
    assert "apache-airflow-providers-fab" in _pins()


# ---------------------------------------------------------------- secrets and .env


def test_no_literal_secret_in_any_env_value(services):
    for name, svc in services.items():
        for key, value in _env(svc).items():
            if SECRET_KEY.search(key) and value:
                assert _hides_secret(value), f"{name}: {key} must come from .env as ${{VAR}}"
            if "://" in value and "@" in value:
                assert _hides_secret(value), f"{name}: {key} has a literal password in its URL"


def test_secret_key_pattern_spots_secrets_not_lookalikes():
    secrets = ["AIRFLOW__CORE__FERNET_KEY", "POSTGRES_PASSWORD", "AIRFLOW_CONN_CLERKFLOW_DB", "SQL_ALCHEMY_CONN"]
    assert all(SECRET_KEY.search(k) for k in secrets)
    assert not any(SECRET_KEY.search(k) for k in ["CONNECTION_CHECK_MAX_COUNT", "X_PASSWORDS_FILE", "KEYBOARD"])


def test_secret_check_rejects_literals_and_secret_defaults():
    assert _hides_secret("${POSTGRES_PASSWORD:?set it}")
    assert _hides_secret("postgresql://u:${PW:?x}@db:5432/app")
    assert not _hides_secret("hunter2")
    assert not _hides_secret("${PW:-hunter2}")
    assert not _hides_secret("postgresql://u:${PW:-hunter2}@db:5432/app")
    assert _hides_secret("postgresql://${USER:-airflow}:${PW}@db:5432/app")
    assert not _hides_secret("postgresql://u:hunter2@${HOST}:5432/app")


def test_every_required_variable_is_documented_in_env_example(compose):
    documented = set(_env_example())
    undocumented = {m["name"] for m in _references(compose) if m["op"] not in {"-", ":-"}} - documented
    assert not undocumented


def test_env_example_documents_nothing_compose_ignores(compose):
    used = {m["name"] for m in _references(compose)} | COMPOSE_BUILTINS
    assert set(_env_example()) - used == set()


def test_env_example_ships_no_secret_values():
    filled = {k for k, v in _env_example().items() if SECRET_KEY.search(k) and v}
    assert not filled


def test_compose_uses_only_braced_references(compose):
    # A bare $VAR is interpolated too, and would escape the .env.example check; $$ is a literal dollar.
    offenders = [s for s in _strings(compose) if BARE_REFERENCE.search(s)]
    assert not offenders


def test_build_context_excludes_env_and_keeps_the_lock():
    patterns = [
        line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines() if line.strip() and line[0] != "#"
    ]

    def ignored(path: str) -> bool:
        result = False
        for pattern in patterns:
            negated = pattern.startswith("!")
            if fnmatch.fnmatch(path, pattern.lstrip("!")):
                result = not negated
        return result

    assert all(ignored(path) for path in (".env", ".venv", ".git", "var"))
    assert not ignored("requirements.lock")


# ---------------------------------------------------------------- env vs code


def _code_env_names() -> tuple[set[str], set[str]]:
    """CLERKFLOW_* names the code spells out, and the prefixes of names it builds in f-strings."""
    names: set[str] = set()
    prefixes: set[str] = set()
    for folder in ("include", "dags", "plugins", "deploy"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            fstrings = [node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)]
            fstring_parts = {id(part) for node in fstrings for part in node.values}
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and id(node) not in fstring_parts
                    and re.fullmatch(r"CLERKFLOW_[A-Z0-9_]+", node.value)
                ):
                    names.add(node.value)
            for node in fstrings:
                head = node.values[0] if node.values else None
                if isinstance(head, ast.Constant) and re.fullmatch(r"CLERKFLOW_[A-Z0-9_]*", str(head.value)):
                    prefixes.add(head.value)
    return names, prefixes


def _backend_names(tmp_path: Path) -> set[str]:
    """The backend slots config.py knows, from a YAML that sets none, so only the code's defaults show."""
    mail = {f.name: "x@example.org" for f in dataclasses.fields(MailConfig) if f.default is dataclasses.MISSING}
    roster = {"kind": "csv", "path": "roster.csv", "mapping": {"name": ["Name"]}}
    path = tmp_path / "minimal.yaml"
    path.write_text(yaml.safe_dump({"roster": roster, "mail": mail}), encoding="utf-8")
    for name in ("roster.csv", "advisors.yaml"):  # the config is checked for the files it names
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "cvs").mkdir(exist_ok=True)
    return set(load_settings(path).backends)


def _code_env_vars(tmp_path: Path) -> set[str]:
    names, prefixes = _code_env_names()
    expansions = {"CLERKFLOW_BACKEND_": {name.upper() for name in _backend_names(tmp_path)}}
    unknown = prefixes - expansions.keys()
    assert not unknown, f"teach this test how {unknown} expand"
    return names | {prefix + suffix for prefix in prefixes for suffix in expansions[prefix]}


def test_code_env_scan_sees_the_backend_overrides(tmp_path):
    found = _code_env_vars(tmp_path)
    assert {f"CLERKFLOW_BACKEND_{n}" for n in ("SHEETS", "CVSTORE", "CALENDAR", "MAIL")} <= found
    assert {"CLERKFLOW_CONFIG", "CLERKFLOW_OUTPUT_DIR"} <= found


def test_compose_sets_exactly_the_clerkflow_vars_the_code_reads(tmp_path, services):
    ours = [*_airflow_services(services).values(), services["booking-page"]]
    in_compose = {k for svc in ours for k in _env(svc) if k.startswith("CLERKFLOW_")}
    in_code = _code_env_vars(tmp_path)
    assert in_code - in_compose == set(), "read by the code but not set in docker-compose.yaml"
    assert in_compose - in_code == set(), "set in docker-compose.yaml but read by no code"


def test_config_path_default_points_inside_the_mount(common_env):
    default = REFERENCE.fullmatch(common_env["CLERKFLOW_CONFIG"])["arg"]
    assert default.startswith(f"{MOUNT}/")
    assert (ROOT / default.removeprefix(f"{MOUNT}/")).is_file()


# ---------------------------------------------------------------- image and pins


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if m := re.match(r"([A-Za-z0-9_.-]+)(?:\[[^]]*\])?==([^\s;#]+)", line):
            pins[m[1].lower()] = m[2]
    return pins


def test_dockerfile_base_image_matches_the_airflow_pin():
    froms = re.findall(r"^FROM\s+(\S+)", (ROOT / "Dockerfile").read_text(encoding="utf-8"), re.MULTILINE)
    assert froms == [f"apache/airflow:{_pins()['apache-airflow']}-python3.11"]


def _locked(path: Path) -> set[str]:
    names = re.findall(r"^([A-Za-z0-9_.-]+)==", path.read_text(encoding="utf-8"), re.MULTILINE)
    return {n.lower().replace("_", "-") for n in names}


def test_dockerfile_installs_the_runtime_lock_without_dev_tools():
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"pip install --no-cache-dir -r \S*requirements\.lock", text)
    assert re.search(r"^COPY .*requirements\.lock", text, re.MULTILINE)
    assert "requirements-dev" not in text
    runtime, dev = _locked(ROOT / "requirements.lock"), _locked(ROOT / "requirements-dev.lock")
    assert not {"pytest", "selenium", "ruff", "hypothesis", "time-machine"} & runtime
    assert {"pytest", "selenium", "ruff"} <= dev
    assert runtime <= dev  # the dev lock is the runtime lock plus tools
    assert "apache-airflow" in runtime


def test_celery_stays_below_5_7():
    # celery 5.7.0 breaks apache-airflow-providers-celery 3.26.0 (ImportError in the scheduler and worker).
    version = tuple(int(part) for part in _pins()["celery"].split(".")[:2])
    assert version < (5, 7)
    assert "apache-airflow-providers-celery" in _pins()


def test_the_booking_page_is_its_own_service_without_airflow_secrets(services):
    page = services["booking-page"]
    env = _env(page)
    assert page["command"] == ["python", "-m", "include.web"]
    assert page["ports"] == ["${BOOKING_PAGE_BIND:-127.0.0.1}:${BOOKING_PAGE_PORT:-8090}:8090"]
    assert "http://localhost:8090/healthz" in page["healthcheck"]["test"]
    assert page["depends_on"]["airflow-init"]["condition"] == "service_completed_successfully"
    # Public-facing: no Airflow metadata DB, Fernet or signing keys, no superuser; the app DB as its own role.
    assert not {k for k in env if k.startswith("AIRFLOW__")}
    assert "POSTGRES_PASSWORD" not in " ".join(env.values())
    assert (_url(env["CLERKFLOW_DB_URL"]).username, _url(env["CLERKFLOW_DB_URL"]).path) == ("clerkflow", "/clerkflow")
    assert env["CLERKFLOW_WEB_HOST"] == "0.0.0.0"  # noqa: S104 - inside the container; published on loopback
    assert env["PYTHONPATH"] == MOUNT
    mounts = [_host_path(v) for v in page["volumes"]]
    assert ("./include", f"{MOUNT}/include", "ro") in mounts
    assert not any(source.rstrip("/") in {".", "./"} for source, _target, _mode in mounts)
