"""Benchmark of the organisation dashboard: how long it takes and how many queries it costs for
organisations of 500, 5,000 and 50,000 members (about 40 completed steps each, so 2 million
step completions in the largest), for the whole organisation and for one department. The time
must stay nearly flat and the query count constant as the organisation grows.

    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python bench/dashboard.py \
        [--sizes 500,5000,50000] [--database-url postgresql://postgres@127.0.0.1:5432/postgres] \
        [--seed 2016] [--requests 10]

Like bench/case_search.py it never touches the developer's database: it makes its own, a
temporary SQLite file by default, or with --database-url a scratch PostgreSQL database on that
server, created at the start and dropped at the end. It loads the demo courses, quizzes and
survey instrument, widens the catalogue with copies of the courses, then writes all three
organisations with bulk inserts (demo/scale/generate.py). Each organisation's snapshots are
refreshed as the nightly task would (when dashboards.services has snapshots_refresh; else the
page is measured live), then its lead, signed in with MFA, opens the dashboard through Django's
test client: one warm-up request and one counted for queries per page, then --requests rounds
that time every page of every organisation once each. The figures are printed and written to
bench/results/dashboard.md."""

import argparse
import importlib
import os
import platform
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "dashboard.md"
DASHBOARD_URL_NAME = "dashboards:organization"
# Not the case benchmark's scratch database: the two may run at the same time on one server,
# and each drops its own database at the start and the end.
SCRATCH_DATABASE = "spire_bench_dashboard"
COURSE_COPIES = 3
"""Extra copies of each demo course: 3 courses of 14 steps become 12, room for 40 steps each."""


def bench_base():
    """bench/case_search.py, for its scratch-database and Django start-up helpers (imported
    late: run as a script, this file's folder, not the repository, is on sys.path)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    return importlib.import_module("bench.case_search")


# --- Building the data ------------------------------------------------------------------------


def content_load() -> float:
    """Migrate, then load the demo courses, quizzes and survey statements and copy the courses;
    returns the seconds it took."""
    from assessments.setup import survey_instrument_ensure
    from demo.courses import demo_courses_ensure
    from demo.quizzes import demo_quizzes_ensure
    from demo.scale.generate import courses_extend
    from home.setup import site_pages_ensure

    started = time.perf_counter()
    bench_base().database_build()
    home = site_pages_ensure()
    survey_instrument_ensure()
    courses = demo_courses_ensure(home)
    demo_quizzes_ensure(courses)
    courses_extend(COURSE_COPIES)
    return time.perf_counter() - started


@dataclass
class Generated:
    size: int
    scale: object  # demo.scale.generate.ScaleOrganization
    seconds: float


def organizations_generate(sizes: list[int], seed: int) -> list[Generated]:
    from demo.scale.generate import (
        analyze,
        catalogue_load,
        county_first,
        organization_generate,
    )
    from demo.scale.plan import departments_for

    catalogue = catalogue_load()
    print(
        f"Catalogue: {len(catalogue.courses)} courses, {catalogue.step_count} steps, "
        f"{len(catalogue.statement_ids)} survey statements"
    )
    county = county_first()
    generated = []
    for size in sizes:
        rng = random.Random(f"{seed}-{size}")
        started = time.perf_counter()
        scale = organization_generate(
            name=f"Skalakommune {size}",
            members=size,
            departments=departments_for(size),
            catalogue=catalogue,
            rng=rng,
            county=county,
        )
        seconds = time.perf_counter() - started
        counts = ", ".join(f"{value:,} {key}" for key, value in scale.counts.items())
        print(f"Generated {scale.organization.name} in {seconds:.1f} s: {counts}")
        generated.append(Generated(size, scale, seconds))
    started = time.perf_counter()
    analyze()
    print(f"ANALYZE in {time.perf_counter() - started:.1f} s")
    return generated


# --- Measuring --------------------------------------------------------------------------------


def snapshots_refresher():
    """dashboards.services.snapshots_refresh if it exists yet, else None (the page is live)."""
    try:
        services = importlib.import_module("dashboards.services")
    except ImportError:
        return None
    return getattr(services, "snapshots_refresh", None)


@dataclass
class TimedPage:
    """One page to time: who asks (a signed-in client) and what."""

    client: object
    path: str
    queries: int = 0
    sql_ms: float = 0.0
    size_bytes: int = 0
    latencies: list[float] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies) * 1000

    @property
    def p95_ms(self) -> float:
        if len(self.latencies) < 2:
            return self.median_ms
        return statistics.quantiles(self.latencies, n=20, method="inclusive")[-1] * 1000


@dataclass
class Figures:
    size: int
    members: int
    departments: int
    step_completions: int
    generation_seconds: float
    refresh_seconds: float | None
    snapshots: int | None
    department_members: int
    whole: TimedPage
    department: TimedPage
    hello: TimedPage


def lead_client(user_id: int):
    """A test client signed in as the organisation's lead, with an authenticator set up and a
    session that passed it (allauth's records of the password and the code), as the dashboard
    requires."""
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.test import Client, RequestFactory

    user = get_user_model().objects.get(pk=user_id)
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        authenticator = TOTP.activate(user, generate_totp_secret()).instance
    client = Client()
    client.force_login(user)
    request = RequestFactory().get("/")
    request.session, request.user = client.session, user
    record_authentication(request, user, method="password", email=user.email)
    record_authentication(request, user, method="mfa", id=authenticator.pk, type="totp")
    request.session.save()
    return client


def page_prepare(page: TimedPage) -> None:
    """A warm-up request, then one whose queries are counted and their database time summed
    (the capture slows each query a little, so it stays out of the timed requests)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = page.client.get(page.path)
    if response.status_code != 200:
        raise SystemExit(f"{page.path} answered {response.status_code}")
    seconds: list[float] = []

    def timed(execute, sql, params, many, context):
        # Django logs query times in whole milliseconds; a snapshot read takes less.
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            seconds.append(time.perf_counter() - started)

    with connection.execute_wrapper(timed), CaptureQueriesContext(connection) as captured:
        page.client.get(page.path)
    # Read now: the captured list is a view of the connection's log, which the next request
    # clears.
    page.queries = len(captured)
    page.sql_ms = sum(seconds) * 1000
    page.size_bytes = len(response.content)


def pages_time(pages: list[TimedPage], requests: int) -> None:
    """`requests` rounds, each timing every page once: on a shared machine a busy minute then
    slows every size alike instead of whichever was being measured."""
    for _ in range(requests):
        for page in pages:
            started = time.perf_counter()
            page.client.get(page.path)
            page.latencies.append(time.perf_counter() - started)


def snapshots_refresh_timed(generated: Generated, refresh) -> tuple[float | None, int | None]:
    """Seconds and snapshot count of refreshing one organisation's snapshots (None: live)."""
    if refresh is None:
        return None, None
    print(f"  refreshing the snapshots of {generated.scale.organization.name} …")
    started = time.perf_counter()
    count = refresh(generated.scale.organization)
    seconds = time.perf_counter() - started
    print(f"  … {count} snapshots in {seconds:.1f} s")
    return seconds, count


def organizations_measure(generated: list[Generated], requests: int, refresh) -> list[Figures]:
    from django.urls import reverse

    url = reverse(DASHBOARD_URL_NAME)
    figures = []
    for g in generated:
        refresh_seconds, snapshots = snapshots_refresh_timed(g, refresh)
        sizes = g.scale.department_sizes()
        department_id = max(sizes, key=sizes.get)
        client = lead_client(g.scale.lead_user_id)
        figures.append(
            Figures(
                size=g.size,
                members=g.scale.counts["members"],
                departments=g.scale.counts["departments"],
                step_completions=g.scale.counts["step completions"],
                generation_seconds=g.seconds,
                refresh_seconds=refresh_seconds,
                snapshots=snapshots,
                department_members=sizes[department_id],
                whole=TimedPage(client, url),
                department=TimedPage(client, f"{url}?avdeling={department_id}"),
                hello=TimedPage(client, "/bench-hello/"),
            )
        )
    pages = [page for f in figures for page in (f.hello, f.whole, f.department)]
    for page in pages:
        page_prepare(page)
    pages_time(pages, requests)
    for f in figures:
        print(
            f"  {f.members:>6,} members: whole {f.whole.median_ms:.0f} ms "
            f"({f.whole.queries} queries), department {f.department.median_ms:.0f} ms "
            f"({f.department.queries} queries)"
        )
    return figures


# --- Report -----------------------------------------------------------------------------------


def _markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |"]
    lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def report(
    figures: list[Figures], *, setup_seconds: float, live: bool, options: argparse.Namespace
) -> str:
    from django.db import connection

    headers = [
        "members",
        "departments",
        "step completions",
        "generation s",
        "snapshots_refresh s (snapshots)",
        "whole: median ms",
        "whole: p95 ms",
        "whole: queries",
        "whole: SQL ms",
        "whole: page KB",
        "ratio to hello",
        "department (members)",
        "department: median ms",
        "department: p95 ms",
        "department: queries",
        "department: SQL ms",
    ]
    rows = []
    for f in figures:
        rows.append(
            [
                f"{f.members:,}",
                str(f.departments),
                f"{f.step_completions:,}",
                f"{f.generation_seconds:.1f}",
                "live" if f.refresh_seconds is None else f"{f.refresh_seconds:.1f} ({f.snapshots})",
                f"{f.whole.median_ms:.1f}",
                f"{f.whole.p95_ms:.1f}",
                str(f.whole.queries),
                f"{f.whole.sql_ms:.1f}",
                f"{f.whole.size_bytes / 1024:.0f}",
                f"{f.hello.median_ms / f.whole.median_ms:.3f}",
                f"{f.department_members:,}",
                f"{f.department.median_ms:.1f}",
                f"{f.department.p95_ms:.1f}",
                str(f.department.queries),
                f"{f.department.sql_ms:.1f}",
            ]
        )
    first, last = figures[0], figures[-1]
    same_queries = all(
        (f.whole.queries, f.department.queries) == (first.whole.queries, first.department.queries)
        for f in figures
    )
    growth = last.whole.median_ms / first.whole.median_ms
    department_growth = last.department.median_ms / first.department.median_ms
    vendor = connection.vendor
    lines = [
        "# Organisation dashboard benchmark",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {vendor} "
        f"({platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, shared machine); seed {options.seed}; "
        f"{options.requests} timed requests per page after one warm-up, in process through "
        "Django's test client, in rounds that take every page once (so a busy moment on the "
        "machine slows all sizes alike); the lead signed in with MFA.",
        "",
        "Dashboard data: "
        + (
            "**live** (dashboards.services.snapshots_refresh did not exist)."
            if live
            else "**snapshots**, refreshed per organisation by "
            "dashboards.services.snapshots_refresh (the nightly task's work) before measuring."
        ),
        f"Migrating and loading the demo courses (copied to {COURSE_COPIES + 1}× the "
        f"catalogue), quizzes and survey statements took {setup_seconds:.0f} s; generation "
        "below is per organisation.",
        "",
        _markdown_table(headers, rows),
        "",
        f"- Query count the same at every size: **{'yes' if same_queries else 'NO'}**.",
        f"- Median time at {last.members:,} / at {first.members:,} members: whole organisation "
        f"**{growth:.2f}×**, one department **{department_growth:.2f}×** (target: at most 1.5×).",
        f"- Ratio to hello: the median of a plain Django view through the same client "
        f"({figures[-1].hello.median_ms:.2f} ms) divided by the dashboard's; the speed target "
        "(≥ 0.05) is measured under gunicorn, where hello costs more, so this is stricter.",
        "- SQL ms: the database time of the queries of one request (captured apart from the "
        "timed ones); the rest of the median is Python: reading the snapshot, building tables, "
        "rendering.",
        "- The department is each organisation's largest.",
        "",
    ]
    return "\n".join(lines)


# --- Main -------------------------------------------------------------------------------------


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,5000,50000", help="members, comma-separated")
    parser.add_argument("--database-url", default="", help="a PostgreSQL server to use")
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--requests", type=int, default=10, help="timed requests per page")
    options = parser.parse_args()
    options.sizes = sorted(int(size.replace("_", "")) for size in options.sizes.split(","))
    if not options.sizes or min(options.sizes) < 2:
        parser.error("--sizes needs organisations of at least 2 members")
    return options


def run(options: argparse.Namespace) -> None:
    setup_seconds = content_load()
    print(f"Migrated and loaded the demo content and course copies in {setup_seconds:.0f} s")
    generated = organizations_generate(options.sizes, options.seed)
    refresh = snapshots_refresher()
    print("Measuring the dashboard" + (" (live, no snapshots_refresh yet)" if not refresh else ""))
    figures = organizations_measure(generated, options.requests, refresh)
    text = report(figures, setup_seconds=setup_seconds, live=refresh is None, options=options)
    print()
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(f"Written to {RESULTS.relative_to(REPO)}")


def main() -> None:
    options = arguments()
    sys.stdout.reconfigure(line_buffering=True)  # progress shows as it happens when piped
    base = bench_base()
    # Stopped with SIGTERM, still drop the scratch database.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    scratch_dir = None
    if options.database_url:
        database_url = base.postgres_scratch_create(options.database_url, SCRATCH_DATABASE)
    else:
        scratch_dir = tempfile.mkdtemp(prefix="spire-bench-dashboard-")
        database_url = f"sqlite:///{scratch_dir}/bench.sqlite3"
    base.environment_prepare(database_url)
    try:
        base.django_start()
        run(options)
    finally:
        from django.db import connections

        connections.close_all()
        if options.database_url:
            base.postgres_scratch_drop(options.database_url, SCRATCH_DATABASE)
        if scratch_dir:
            shutil.rmtree(scratch_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
