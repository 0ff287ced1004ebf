import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_production_settings_pass_check_deploy_without_warnings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_production_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def _production_env() -> dict:
    return {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 30 + "-a-long-random-production-secret-0123456789",
        "ALLOWED_HOSTS": "spire.example.no",
        "DATABASE_URL": "sqlite:////tmp/spire-check.sqlite3",
    }


# Everything production loads: the apps, every URL (and so every view), every management command.
LOAD_ALL_AND_LIST_DEMO_MODULES = """
import sys, django
django.setup()
from django.apps import apps
from django.core.management import get_commands, load_command_class
from django.urls import get_resolver
get_resolver().url_patterns
for name, app in get_commands().items():
    load_command_class(app, name)
print(apps.is_installed("demo"), "setup_demo" in get_commands())
print(sorted(m for m in sys.modules if m == "demo" or m.startswith("demo.")))
"""


def test_production_loads_no_demo_module():
    result = subprocess.run(
        [sys.executable, "-c", LOAD_ALL_AND_LIST_DEMO_MODULES],
        cwd=ROOT,
        env=_production_env(),
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["False False", "[]"]


def test_production_refuses_to_start_without_a_secret_key():
    env = {
        k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env |= {"DJANGO_SETTINGS_MODULE": "config.settings.production", "ALLOWED_HOSTS": "x"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_pages_carry_security_headers_and_a_content_security_policy(client):
    response = client.get("/accounts/login/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_only_the_wagtail_admin_may_run_inline_scripts(client):
    public = client.get("/accounts/login/").headers["Content-Security-Policy"]
    admin = client.get("/admin/login/").headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in public.split("script-src")[1].split(";")[0]
    assert "'unsafe-inline'" in admin.split("script-src")[1].split(";")[0]
