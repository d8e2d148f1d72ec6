# clerkflow — `make demo`, `make test`, `make up` (see README). Everything runs from ./.venv.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := $(CURDIR)/.venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export AIRFLOW_HOME := $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(CURDIR)/plugins
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__PARALLELISM := 4
export AIRFLOW__API__HOST := 127.0.0.1
export AIRFLOW__API__PORT := 8080
export PYTHONPATH := $(CURDIR)
export PATH := $(BIN):$(PATH)

# The key that signs booking-page links (README "Booking page"): yours from the environment, else one made once
# for this checkout under .airflow/ (demo use; production sets it in .env / the clerkflow_links connection).
ifndef CLERKFLOW_LINK_SECRET
export CLERKFLOW_LINK_SECRET := $(shell mkdir -p "$(AIRFLOW_HOME)" && f="$(AIRFLOW_HOME)/link-secret" && \
  { test -s "$$f" || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$$f"; } && cat "$$f")
endif

DEMO_DAGS := clerkflow_roster_sync clerkflow_intake clerkflow_process clerkflow_nightly clerkflow_reminders  # as in deploy/demo.py

.PHONY: install demo test up bench lint init sample-data clean booking-link

install: $(STAMP)

# The dev lock is the runtime lock (what the image installs) plus test and bench tools. Bytecode is compiled
# at install so no Airflow process pays for it at start-up.
$(STAMP): requirements.lock requirements-dev.lock
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q uv==0.13.9
	$(BIN)/uv pip install -q --compile-bytecode -p $(BIN)/python -r requirements-dev.lock
	@touch $(STAMP)

# Migrations, pools and users: the one script compose's airflow-init and the stack test run too.
init: install
	@python deploy/init.py

# One process runs init, `airflow dags test` for each demo DAG (Airflow's own CLI action) and the summary:
# Airflow's import and its in-process execution API are paid once, not once per DAG (deploy/demo.py).
demo: install
	@python deploy/demo.py

test: install
	$(BIN)/pytest

# Airflow and, next to it, the public booking page (python -m include.web, log in .airflow/booking-page.log);
# Ctrl-C stops both.
up: init
	@echo "Starting Airflow on http://127.0.0.1:8080 (user admin; the password is printed below once ready)"
	@echo "Starting the booking page on http://127.0.0.1:8090 (log: $(AIRFLOW_HOME)/booking-page.log)"
	@python -m include.web > "$(AIRFLOW_HOME)/booking-page.log" 2>&1 & page=$$!; \
	trap 'kill $$page 2>/dev/null' EXIT INT TERM; \
	( until curl -sf http://127.0.0.1:8080/api/v2/monitor/health >/dev/null; do sleep 2; done; \
	   for dag in $(DEMO_DAGS) clerkflow_rerun_applicant; do airflow dags unpause $$dag >/dev/null 2>&1; done; \
	   curl -sf http://127.0.0.1:8090/healthz >/dev/null && page_ok="booking page: http://127.0.0.1:8090" \
	     || page_ok="booking page NOT answering: see $(AIRFLOW_HOME)/booking-page.log"; \
	   echo; echo "==> clerkflow is up (DAGs unpaused): http://127.0.0.1:8080  login: admin / $$(python -c 'import json;print(json.load(open("$(AIRFLOW_HOME)/simple_auth_manager_passwords.json.generated"))["admin"])')  $$page_ok"; ) & \
	airflow standalone

# The first booking link in the demo outbox (CLERKFLOW_BOOKING_MODE=offer make demo): open it in a browser.
booking-link:
	@python -c 'import email, glob, os, re, sys; from email import policy; \
	files = sorted(glob.glob(os.environ.get("CLERKFLOW_OUTPUT_DIR", "var") + "/outbox/consult_offer_*.eml")); \
	files or sys.exit("no booking-link email in var/outbox: run CLERKFLOW_BOOKING_MODE=offer make demo first"); \
	msg = email.message_from_binary_file(open(files[0], "rb"), policy=policy.default); \
	print(re.search(r"https?://\S+/b/\S+", msg.get_body(("plain",)).get_content())[0])'

bench: export CLERKFLOW_BENCH_PG_URL ?= postgresql+psycopg2://postgres@127.0.0.1:5432/test
bench: install
	@for b in bench/*.py; do echo "== $$b"; python $$b || exit 1; done

lint: install
	ruff check . && ruff format --check .

sample-data: install
	python -m include.sample_data.generate

clean:
	rm -rf $(AIRFLOW_HOME) var
