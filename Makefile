# Spire – the commands a developer or operator needs. `make help` lists them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/spire
REDIS_TEST_URL ?= redis://127.0.0.1:6379/15

.DEFAULT_GOAL := help
.PHONY: help install check-content run serve demo test test-integration test-e2e test-all lint format bench bench-cases bench-dashboard worker beat lock messages

help: ## Show this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements-dev.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed ## Install Python and npm packages from the lock files

demo: install ## Migrate the database and load reference data and demo content
	$(PY) manage.py migrate --noinput
	$(PY) manage.py spire_setup
	$(PY) manage.py setup_demo

check-content: install ## Check the demo content files (demo/content/) without touching the database
	$(PY) manage.py setup_demo --check

run: demo ## Set everything up and serve on http://127.0.0.1:8000 (SQLite, no other services)
	@echo "Spire kjører på http://$(HOST):$(PORT) – stopp med Ctrl+C"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install ## Run the test suite on SQLite in parallel, browser tests included where Chromium is installed
	$(PY) -m pytest -n auto

test-integration: install ## Run the suite against PostgreSQL and Redis (PG_TEST_URL, REDIS_TEST_URL)
	DATABASE_URL=$(PG_TEST_URL) REDIS_URL=$(REDIS_TEST_URL) $(PY) -m pytest -n auto

lint: install ## Check style, migrations and layers
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(PYTHON) ../shared/tools/check_layers.py .

format: install ## Format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install ## Load benchmark: wrk against gunicorn at sizes S and M on PostgreSQL and Redis (PG_BENCH_URL, about 15 minutes)
	command -v wrk >/dev/null || apt-get install -y wrk
	DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) bench/load.py --sizes S,M $(if $(PG_BENCH_URL),--database-url $(PG_BENCH_URL))

bench-cases: install ## Benchmark the case search at 10,000 cases (own scratch database; PG_BENCH_URL for PostgreSQL)
	DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) bench/case_search.py --cases 10000 $(if $(PG_BENCH_URL),--database-url $(PG_BENCH_URL))

bench-dashboard: install ## Benchmark the organisation dashboard at 500, 5,000 and 50,000 members (own scratch database; PG_BENCH_URL for PostgreSQL)
	DJANGO_SETTINGS_MODULE=config.settings.dev $(PY) bench/dashboard.py --sizes 500,5000,50000 $(if $(PG_BENCH_URL),--database-url $(PG_BENCH_URL))

worker: install ## Start a Celery worker (needs CELERY_BROKER_URL or REDIS_URL)
	$(VENV)/bin/celery -A config worker --loglevel=INFO

beat: install ## Start Celery beat with schedules from the database
	$(VENV)/bin/celery -A config beat --loglevel=INFO

lock: ## Re-resolve the lock files from pyproject.toml
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml -o requirements.lock --python-version 3.11
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev -o requirements-dev.lock --python-version 3.11

messages: install ## Update and compile the translation catalogues (needs gettext)
	$(PY) manage.py makemessages -l nb -l nn -l en --ignore=.venv --ignore=node_modules
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules
