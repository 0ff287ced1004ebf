"""Settings for the benchmarks: the developer's settings (named in BENCH_BASE_SETTINGS, which
bench scripts copy from DJANGO_SETTINGS_MODULE), with the benchmark URLconf and without debug,
so that what is measured is what production runs."""

import importlib
import os

_base = importlib.import_module(os.environ.get("BENCH_BASE_SETTINGS", "config.settings.dev"))
globals().update({name: value for name, value in vars(_base).items() if name.isupper()})

ROOT_URLCONF = "bench.urls"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
# One client sends every request from one address: the limits would measure 429 pages.
SPIRE_RATE_LIMITS = False
ACCOUNT_RATE_LIMITS = False
