"""Benchmark of the case database's search: how fast the search page, a full-text search, a
search with three facets and the open-data API answer, as a ratio to a plain "hello" Django
view served the same way in the same run, and how many queries each costs at 1,000 and at
10,000 cases (they must be equal).

    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python bench/case_search.py \
        [--cases 10000] [--database-url postgresql://postgres@127.0.0.1:5432/postgres] \
        [--seconds 8] [--concurrency 4] [--no-gunicorn]

It never touches the developer's database: it makes its own, a temporary SQLite file by
default, or with --database-url a scratch PostgreSQL database "spire_bench" on that server,
created at the start and dropped at the end. Cases are written with bulk inserts (the page
tree's paths computed as treebeard would) and indexed for search in batches, by
demo/scale/cases.py, so 10,000 cases take a minute or two rather than an hour of
Page.add_child."""

import argparse
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
SCRATCH_DATABASE = "spire_bench"
QUERY_COUNT_SIZES = (1_000, 10_000)
SEARCH_WORD = "sensorer"


# --- A database of its own --------------------------------------------------------------------


def _postgres_admin_connect(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True)


def postgres_scratch_create(url: str, name: str = SCRATCH_DATABASE) -> str:
    """Create the scratch database `name` next to the one in `url` and return its URL."""
    with _postgres_admin_connect(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return postgres_scratch_url(url, name)


def postgres_scratch_url(url: str, name: str = SCRATCH_DATABASE) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def postgres_scratch_drop(url: str, name: str = SCRATCH_DATABASE) -> None:
    with _postgres_admin_connect(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def environment_prepare(database_url: str) -> None:
    """Point Django at the scratch database before it starts, with the benchmark settings,
    the local-memory cache (a shared Redis would mix this site's cached URLs into a dev
    server's) and Celery tasks run in process."""
    os.environ["BENCH_BASE_SETTINGS"] = os.environ.get(
        "DJANGO_SETTINGS_MODULE", "config.settings.dev"
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_DEBUG"] = "False"
    os.environ.setdefault("CONN_MAX_AGE", "60")
    for name in ("REDIS_URL", "CELERY_BROKER_URL"):
        os.environ.pop(name, None)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))


def django_start() -> None:
    import django
    from django.conf import settings

    django.setup()
    name = str(settings.DATABASES["default"]["NAME"])
    if Path(name).resolve() == (REPO / "db.sqlite3").resolve():
        raise SystemExit("Refusing to run against the demo database.")


def database_build() -> None:
    from django.core.management import call_command

    from cases.models import CaseIndexPage
    from home.setup import site_pages_ensure

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_municipalities", stdout=open(os.devnull, "w"))  # noqa: SIM115
    home = site_pages_ensure()
    if not CaseIndexPage.objects.exists():
        index = home.add_child(instance=CaseIndexPage(title="Saker", slug="saker"))
        index.save_revision().publish()
    print(f"Migrated and loaded municipalities in {time.perf_counter() - started:.0f} s")


# --- Cases, fast (demo/scale/cases.py writes them) ----------------------------------------


def cases_generate(count: int, rng: random.Random, *, first_number: int) -> None:
    """Add `count` live cases under the case index with bulk inserts, then refresh the
    planner's statistics."""
    from demo.scale import cases
    from demo.scale.generate import analyze

    started = time.perf_counter()
    cases.cases_generate(count, rng, first_number=first_number)
    analyze()
    print(f"Generated {count:,} cases in {time.perf_counter() - started:.0f} s")


def search_matches() -> int:
    from cases.selectors import matching_cases

    matches = matching_cases(SEARCH_WORD)
    return len(matches) if isinstance(matches, list) else matches.order_by().count()


# --- Measuring --------------------------------------------------------------------------------


@dataclass
class Endpoint:
    name: str
    path: str


def endpoints(index_url: str, county: str) -> list[Endpoint]:
    return [
        Endpoint("hello (plain Django view)", "/bench-hello/"),
        Endpoint("case index, no query", index_url),
        Endpoint("full-text search", f"{index_url}?q={SEARCH_WORD}"),
        Endpoint(
            "search + 3 facets",
            f"{index_url}?q={SEARCH_WORD}&omrade=helse-omsorg&status=pagar&fylke={county}",
        ),
        Endpoint("API list", "/api/saker/"),
    ]


@dataclass
class Measurement:
    requests: int
    seconds: float
    latencies: list[float]
    errors: int = 0

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies) * 1000 if self.latencies else 0.0

    @property
    def p95_ms(self) -> float:
        if len(self.latencies) < 2:
            return self.median_ms
        return statistics.quantiles(self.latencies, n=20)[-1] * 1000


def query_counts(paths: list[Endpoint]) -> dict[str, int]:
    """Queries per request through Django's test client, after one warm-up request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for endpoint in paths:
        client.get(endpoint.path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(endpoint.path)
        if response.status_code != 200:
            raise SystemExit(f"{endpoint.path} answered {response.status_code}")
        counts[endpoint.name] = len(captured)
    return counts


def measure_in_process(endpoint: Endpoint, seconds: float) -> Measurement:
    from django.test import Client

    client = Client()
    client.get(endpoint.path)
    latencies, deadline = [], time.perf_counter() + seconds
    started = time.perf_counter()
    while time.perf_counter() < deadline:
        t0 = time.perf_counter()
        client.get(endpoint.path)
        latencies.append(time.perf_counter() - t0)
    return Measurement(len(latencies), time.perf_counter() - started, latencies)


def _http_get(port: int, path: str) -> int:
    """One request on a fresh connection (gunicorn's sync workers close after each)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
        first = sock.recv(65536)
        while sock.recv(65536):
            pass
    parts = first.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def measure_http(port: int, endpoint: Endpoint, seconds: float, concurrency: int) -> Measurement:
    for _ in range(concurrency):  # let every worker load and cache what it needs
        _http_get(port, endpoint.path)
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def load() -> None:
        mine, failed = [], 0
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            if _http_get(port, endpoint.path) != 200:
                failed += 1
            mine.append(time.perf_counter() - t0)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=load) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Measurement(len(latencies), time.perf_counter() - started, latencies, errors[0])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gunicorn_start(workers: int = 2) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - our own venv's gunicorn, fixed arguments
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "--timeout",
            "900",  # a slow page is a figure to report, not a worker to kill
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if _http_get(port, "/bench-hello/") == 200:
                return process, port
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("gunicorn did not start")


def gunicorn_stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


# --- Report -----------------------------------------------------------------------------------


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(
        c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )


def report(
    paths: list[Endpoint],
    in_process: dict[str, Measurement],
    http: dict[str, Measurement],
    counts: dict[int, dict[str, int]],
) -> None:
    sizes = sorted(counts)
    headers = ["page", "client req/s", "ratio", "p50 ms", "p95 ms"]
    if http:
        headers += ["gunicorn req/s", "ratio", "p50 ms", "p95 ms", "errors"]
    headers += [f"queries @{size:,}" for size in sizes]
    rows = []
    hello = paths[0].name
    for endpoint in paths:
        m = in_process[endpoint.name]
        cells = [
            endpoint.name,
            f"{m.per_second:,.0f}",
            f"{m.per_second / in_process[hello].per_second:.3f}",
            f"{m.median_ms:.1f}",
            f"{m.p95_ms:.1f}",
        ]
        if http:
            h = http[endpoint.name]
            cells += [
                f"{h.per_second:,.0f}",
                f"{h.per_second / http[hello].per_second:.3f}",
                f"{h.median_ms:.1f}",
                f"{h.p95_ms:.1f}",
                str(h.errors),
            ]
        cells += [str(counts[size].get(endpoint.name, "-")) for size in sizes]
        rows.append(cells)
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    print()
    print(_row(headers, widths))
    print(_row(["-" * w for w in widths], widths))
    for cells in rows:
        print(_row(cells, widths))
    if len(sizes) > 1:
        same = all(counts[sizes[0]][name] == counts[sizes[-1]][name] for name in counts[sizes[0]])
        verdict = "yes" if same else "NO"
        print(f"\nQuery counts equal at {sizes[0]:,} and {sizes[-1]:,} cases: {verdict}")


# --- Main -------------------------------------------------------------------------------------


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--database-url", default="", help="a PostgreSQL server to use")
    parser.add_argument("--seconds", type=float, default=8, help="per page and runner")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads for gunicorn")
    parser.add_argument("--no-gunicorn", action="store_true", help="measure in process only")
    parser.add_argument("--seed", type=int, default=2016)
    return parser.parse_args()


def run(options: argparse.Namespace) -> None:
    from django.db import connection

    from cases.models import CaseIndexPage
    from organizations.models import Organization, OrganizationKind

    database_build()
    rng = random.Random(options.seed)
    index_url = CaseIndexPage.objects.get().url
    county = Organization.objects.filter(kind=OrganizationKind.COUNTY).order_by("official_number")
    county_number = county.values_list("official_number", flat=True).first() or "46"
    paths = endpoints(index_url, county_number)
    counts: dict[int, dict[str, int]] = {}
    sizes = [size for size in QUERY_COUNT_SIZES if size < options.cases] + [options.cases]
    generated = 0
    for size in sizes:
        cases_generate(size - generated, rng, first_number=generated + 1)
        generated = size
        print(f"  «{SEARCH_WORD}» matches {search_matches():,} of {size:,} cases")
        counts[size] = query_counts(paths[1:])
    print(f"Database: {connection.vendor}, {generated:,} cases; {options.seconds:g} s per page")
    in_process = {e.name: measure_in_process(e, options.seconds) for e in paths}
    http: dict[str, Measurement] = {}
    if not options.no_gunicorn:
        connection.close()
        process, port = gunicorn_start()
        try:
            http = {
                e.name: measure_http(port, e, options.seconds, options.concurrency) for e in paths
            }
        finally:
            gunicorn_stop(process)
    report(paths, in_process, http, counts)


def main() -> None:
    options = arguments()
    # Stopped with SIGTERM, still stop gunicorn and drop the scratch database.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    scratch_dir = None
    if options.database_url:
        database_url = postgres_scratch_create(options.database_url)
    else:
        scratch_dir = tempfile.mkdtemp(prefix="spire-bench-")
        database_url = f"sqlite:///{scratch_dir}/bench.sqlite3"
    environment_prepare(database_url)
    try:
        django_start()
        run(options)
    finally:
        from django.db import connections

        connections.close_all()
        if options.database_url:
            postgres_scratch_drop(options.database_url)
        if scratch_dir:
            shutil.rmtree(scratch_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
