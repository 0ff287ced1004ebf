"""Load benchmark: the pages people use most, served by gunicorn from PostgreSQL and Redis and
driven by wrk, at the scale-data sizes S and M. For each page: requests per second, median and
95th-percentile latency, error rate, and the ratio of its requests per second to a plain
"hello" Django view served by the same gunicorn in the same run. Also the queries each page
costs at XS and at M, which must be equal.

    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python bench/load.py \
        [--sizes S,M] [--database-url postgresql://postgres@127.0.0.1:5432/postgres] \
        [--redis-url redis://127.0.0.1:6379/12] [--seconds 20] [--rounds 4] \
        [--concurrency 8] [--workers 5] [--threads 2] [--keep-database] [--reuse-database]

It never touches the developer's database: for each size it creates a scratch PostgreSQL
database "spire_bench_load" on the server in --database-url, migrates it, fills it with
`manage.py generate_scale_data --size <size>`, measures, and drops it. The cache and the
Celery broker are the Redis database in --redis-url, emptied at the start and the end, so a
dev server's cached pages never mix in. Quiz submissions enqueue their tasks there; no worker
runs, since what a page costs is what is measured.

What is measured, per size (figures written to bench/results/load.md):

- wrk with --concurrency connections on as many threads as the machine has cores, for
  --seconds per page in all, split into --rounds runs that take every page in turn (hello
  included), after a short warm-up run per page (not counted): a busy moment on a shared
  machine then slows every page alike. Latencies of a page's runs are merged as histograms.
- gunicorn with --workers processes (2 x cores + 1 by default) and --threads threads each
  (2 by default, so gthread; 1: the sync worker, which closes every connection and served
  about half as much in trials), started once per size.
- Signed-in pages carry a session cookie made with Django's test client in this process
  (database sessions and the same SECRET_KEY, so gunicorn accepts it); the lead who opens the
  dashboard has MFA set up, as the dashboard demands.
- A quiz submission is a POST of a filled-in attempt form with "submit", each request to an
  attempt started beforehand for its owner (one open attempt per person and quiz), so every
  request grades a fresh attempt: answers saved, graded, the step completed when passed.
- Rate limits are off (bench/settings.py): a benchmark measures what a page costs, not how
  fast it refuses.
- Queries per page are counted in this process through Django's test client at XS and at
  M: cold (the cache emptied just before) and warm. The quiz submissions counted are by
  newcomers enrolled for the purpose, so they are the same work at every size."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "load.md"
SCRATCH_DATABASE = "spire_bench_load"
"""Not the other benchmarks' databases: they may run at the same time on one server."""
QUERY_COUNT_SIZES = ("XS", "M")
SIZES = ("XS", "S", "M", "L")
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/12"
"""A Redis database of its own: the test suite uses 15, a dev server 0."""
HELLO = "hello (plain Django view)"
QUIZ_SUBMISSION = "quiz submission"
SUBMISSIONS_PER_SECOND = 250
"""Fresh attempts prepared per second of measuring: more than a 2-core machine can grade, so
the list does not run out (the report says if it did)."""


def _bench_module(name: str):
    """bench/<name>.py, imported late: run as a script, this file's folder, not the repository,
    is on sys.path."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    return importlib.import_module(f"bench.{name}")


def case_search_bench():
    """bench/case_search.py, for its scratch database, environment and gunicorn helpers."""
    return _bench_module("case_search")


# --- Data -------------------------------------------------------------------------------------


def manage(*arguments: str) -> str:
    """Run manage.py in a child process against the scratch database; its output."""
    completed = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *arguments],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        raise SystemExit(f"manage.py {' '.join(arguments)} failed")
    return completed.stdout


def _fill_summary(output: str) -> str:
    """generate_scale_data's line about the organisations and its step-completion count."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    wanted = [line for line in lines if "organisations;" in line]
    wanted += [
        " ".join(line.split())
        for line in lines
        if line.startswith("step completions") and not line.endswith(" s")
    ]
    return "; ".join(wanted)


@dataclass
class Filled:
    """How a size's data got there: seconds to migrate and to generate, and what was made
    (or, with --reuse-database, none of it)."""

    size: str
    migrate_seconds: float
    fill_seconds: float
    summary: str
    reused: bool = False


def database_fill(size: str, seed: int) -> Filled:
    """Migrate the scratch database and fill it with `generate_scale_data --size <size>`
    (which loads the municipalities, the site's pages and the courses it copies itself)."""
    started = time.perf_counter()
    manage("migrate", "--noinput")
    migrated = time.perf_counter()
    print(f"  migrated in {migrated - started:.0f} s")
    output = manage("generate_scale_data", "--force", "--size", size, "--seed", str(seed))
    filled = time.perf_counter()
    summary = _fill_summary(output)
    print(f"  filled (generate_scale_data --size {size}) in {filled - migrated:.0f} s: {summary}")
    return Filled(size, migrated - started, filled - migrated, summary)


# --- Who asks for what ------------------------------------------------------------------------


@dataclass
class People:
    """The signed-in people: a lead (MFA set up) of the largest organisation, and a learner of
    it enrolled in a course with lessons and quizzes."""

    organization: object
    lead_client: object
    learner_client: object
    course: object
    lesson: object
    quiz: object


def _session_of(client) -> str:
    return client.cookies["sessionid"].value


def largest_organization():
    """The organisation with the most active members among those that have a lead."""
    from django.db.models import Count, Q

    from organizations.models import Membership, MembershipStatus, Organization

    active = Q(memberships__status=MembershipStatus.ACTIVE)
    with_lead = Membership.objects.filter(is_lead=True).values("organization_id")
    return (
        Organization.objects.filter(pk__in=with_lead)
        .annotate(members=Count("memberships", filter=active))
        .order_by("-members", "pk")
        .first()
    )


def people_choose() -> People:
    """The largest organisation's first lead, and its first learner (no other role) enrolled
    in the first course, in tree order, that has a lesson and a quiz and such a learner: the
    same course copy at every size, so its quiz costs the same work."""
    from django.test import Client

    from assessments.models import QuizPage
    from courses.models import CoursePage, LessonPage
    from learning.models import Enrolment
    from organizations.models import Membership, MembershipStatus

    organization = largest_organization()
    if organization is None:
        raise SystemExit("No organisation with a lead: the data is missing.")
    lead = (
        Membership.objects.filter(organization=organization, is_lead=True)
        .order_by("pk")
        .values_list("user_id", flat=True)
        .first()
    )
    learners = Membership.objects.filter(
        organization=organization, status=MembershipStatus.ACTIVE, is_lead=False, is_admin=False
    ).values("user_id")
    for course in CoursePage.objects.live().order_by("path"):
        lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
        quiz = QuizPage.objects.live().descendant_of(course).order_by("path").first()
        enrolment = (
            Enrolment.objects.filter(course=course, user__in=learners)
            .select_related("user")
            .order_by("pk")
            .first()
        )
        if lesson and quiz and enrolment:
            break
    else:
        raise SystemExit(f"No learner of {organization} is enrolled in a course with a quiz.")
    learner = Client()
    learner.force_login(enrolment.user)
    return People(
        organization=organization,
        lead_client=_bench_module("dashboard").lead_client(lead),
        learner_client=learner,
        course=course,
        lesson=lesson,
        quiz=quiz,
    )


# --- Quiz submissions -------------------------------------------------------------------------


@dataclass
class Submission:
    """One fresh attempt to submit: where to post, as whom, and the filled-in form."""

    path: str
    session: str
    csrf_token: str
    body: str


def _right_answer(item) -> list[tuple[str, str]]:
    """The form fields that answer a shown question right."""
    from assessments.models import QuestionType

    name, question = f"q-{item.question.pk}", item.question
    if question.answer_type == QuestionType.NUMERIC:
        return [(name, str(question.numeric_answer))]
    if question.answer_type == QuestionType.ORDERING:
        right_order = sorted(item.options, key=lambda option: (option.sort_order, option.pk))
        return [(f"{name}-{o.pk}", str(place)) for place, o in enumerate(right_order, start=1)]
    return [(name, str(o.pk)) for o in item.options if o.is_correct]


def _wrong_answer(item, rng: random.Random) -> list[tuple[str, str]]:
    """The form fields of a guess at a shown question, right or wrong by chance."""
    from assessments.models import QuestionType

    name, question = f"q-{item.question.pk}", item.question
    if question.answer_type == QuestionType.NUMERIC:
        return [(name, str(rng.randint(0, 100)))]
    if question.answer_type == QuestionType.ORDERING:
        places = list(range(1, len(item.options) + 1))
        rng.shuffle(places)
        return [(f"{name}-{o.pk}", str(p)) for o, p in zip(item.options, places, strict=True)]
    return [(name, str(rng.choice(item.options).pk))] if item.options else []


def form_answers(questions, rng: random.Random, right_share: float) -> list[tuple[str, str]]:
    """An answer to every shown question, as the attempt form posts them (the inverse of
    assessments.views._answers_from_form): right with probability `right_share`, else a
    guess."""
    fields: list[tuple[str, str]] = []
    for item in questions:
        right = rng.random() < right_share
        fields += _right_answer(item) if right else _wrong_answer(item, rng)
    return fields


def submissions_prepare(
    count: int,
    rng: random.Random,
    *,
    quizzes: list,
    right_share: float,
    users: list | None = None,
) -> list[Submission]:
    """`count` attempts at `quizzes`, started for enrolled people (only `users`, if given) who
    have none open there, one per person and quiz, each with a signed-in session and the
    filled-in form that submits it."""
    from django.core.exceptions import ValidationError
    from django.test import Client
    from django.urls import reverse
    from django.utils.crypto import get_random_string

    from assessments import selectors, services
    from assessments.models import Attempt
    from learning.models import Enrolment

    quizzes_by_course: dict[int, list] = {}
    for quiz in quizzes:
        course = quiz.get_parent().get_parent()
        quizzes_by_course.setdefault(course.pk, []).append(quiz)
    open_attempts = set(
        Attempt.objects.filter(submitted_at__isnull=True).values_list("user_id", "quiz_id")
    )
    sessions: dict[int, tuple[str, str]] = {}
    submissions: list[Submission] = []
    enrolments = Enrolment.objects.filter(course_id__in=quizzes_by_course).select_related("user")
    if users is not None:
        enrolments = enrolments.filter(user__in=users)
    for enrolment in enrolments.order_by("pk").iterator():
        for quiz in quizzes_by_course[enrolment.course_id]:
            if len(submissions) >= count:
                return submissions
            if (enrolment.user_id, quiz.pk) in open_attempts:
                continue
            try:
                attempt = services.attempt_start(user=enrolment.user, quiz=quiz)
            except ValidationError:
                continue  # no attempts left, or no questions
            if enrolment.user_id not in sessions:
                client = Client()
                client.force_login(enrolment.user)
                sessions[enrolment.user_id] = (_session_of(client), get_random_string(32))
            session, token = sessions[enrolment.user_id]
            form = [("csrfmiddlewaretoken", token), ("action", "submit")]
            form += form_answers(selectors.attempt_questions(attempt), rng, right_share)
            path = reverse("assessments:attempt", args=[attempt.pk])
            submissions.append(Submission(path, session, token, urlencode(form)))
    return submissions


def submissions_write(submissions: list[Submission], folder: Path) -> Path:
    """One line per submission for the wrk script: path, cookie header, form body."""
    path = folder / "submissions.tsv"
    with path.open("w") as file:
        for s in submissions:
            file.write(f"{s.path}\tsessionid={s.session}; csrftoken={s.csrf_token}\t{s.body}\n")
    return path


def submitted_since(moment) -> int:
    from assessments.models import Attempt

    return Attempt.objects.filter(submitted_at__gte=moment).count()


# --- The pages --------------------------------------------------------------------------------


@dataclass
class Page:
    """One thing to measure. `session`: the sessionid cookie it is asked with (signed in), by
    `client` in this process. For the quiz: `submissions`, the fresh attempts that wrk's
    requests submit, and `counted`, those submitted here (to check and count queries)."""

    name: str
    path: str
    session: str = ""
    client: object = None
    submissions: list[Submission] = field(default_factory=list)
    counted: list[Submission] = field(default_factory=list)


def case_search_path() -> tuple[str, str]:
    """A search with words and three facets (service area, status and county) that finds at
    least one case at every size: all four are taken from one case, the first in the tree
    with a buyer in a county. The word is the longest in its summary. Returns the path and
    what it searches for."""
    from django.db.models import Prefetch

    from cases.models import CaseIndexPage, CasePage, CaseParticipant

    with_county = CaseParticipant.objects.filter(organization__county__isnull=False)
    cases = (
        CasePage.objects.live()
        .filter(service_area__isnull=False, status__isnull=False)
        .filter(pk__in=with_county.values("page_id"))
        .select_related("service_area", "status")
        .prefetch_related(
            Prefetch("participants", with_county.select_related("organization__county"))
        )
        .order_by("path")
    )
    case = cases.first()
    if case is None:
        raise SystemExit("No case with a service area, a status and a buyer in a county.")
    county = case.participants.all()[0].organization.county
    word = max(("".join(c for c in w if c.isalpha()) for w in case.summary.split()), key=len)
    query = urlencode(
        {
            "q": word,
            "omrade": case.service_area.slug,
            "status": case.status.slug,
            "fylke": county.official_number,
        }
    )
    index = CaseIndexPage.objects.live().first()
    described = f"«{word}», {case.service_area.name}, {case.status.name}, {county.name}"
    return f"{index.url}?{query}", described


def pages_build(people: People) -> tuple[list[Page], str]:
    """The pages, and what the case search searches for."""
    from django.urls import reverse

    from courses.models import CourseIndexPage
    from home.models import HomePage

    search_path, searched = case_search_path()
    lead, learner = people.lead_client, people.learner_client
    pages = [
        Page(HELLO, "/bench-hello/"),
        Page("front page", HomePage.objects.live().first().url),
        Page("catalogue", CourseIndexPage.objects.live().first().url),
        Page("lesson, anonymous", people.lesson.url),
        Page("lesson, signed in", people.lesson.url, _session_of(learner), learner),
        Page("case search, words + 3 facets", search_path),
        Page(
            "organisation dashboard",
            reverse("dashboards:organization"),
            _session_of(lead),
            lead,
        ),
        Page(QUIZ_SUBMISSION, ""),
    ]
    return pages, searched


def _page_client(page: Page):
    from django.test import Client

    return page.client or Client()


def _submit_in_process(submission: Submission):
    """Submit through the test client as the browser would, CSRF check included."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.cookies["sessionid"] = submission.session
    client.cookies["csrftoken"] = submission.csrf_token
    return client.post(
        submission.path,
        data=submission.body,
        content_type="application/x-www-form-urlencoded",
    )


def pages_check(pages: list[Page]) -> dict[str, float]:
    """Open every page once in this process: it answers as it should, and whatever a first
    visit does is done before gunicorn is timed. Returns the seconds of first visits that
    took more than two."""
    slow = {}
    for page in pages:
        if page.name == QUIZ_SUBMISSION:
            response = _submit_in_process(page.counted.pop())
            if response.status_code != 302 or "resultat" not in response["Location"]:
                raise SystemExit(f"Quiz submission answered {response.status_code}")
            continue
        started = time.perf_counter()
        response = _page_client(page).get(page.path)
        if response.status_code != 200:
            raise SystemExit(f"{page.name}: {page.path} answered {response.status_code}")
        seconds = time.perf_counter() - started
        if seconds > 2:
            print(f"  first visit to {page.name} took {seconds:.1f} s")
            slow[page.name] = seconds
    return slow


@dataclass(frozen=True)
class QueryCount:
    """Queries of one request with the cache emptied first (cold), and the fewest of the
    next requests (warm: the cache filled by the cold one; the fewest, since another
    program emptying a shared Redis would otherwise show up as a cold count)."""

    cold: int
    warm: int


def _queries_of(request) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        request()
    return len(captured)


def _one_request(page: Page):
    """A function that asks for the page once (a quiz submission: submits the next counted
    attempt)."""
    if page.name == QUIZ_SUBMISSION:
        return lambda: _submit_in_process(page.counted.pop())
    client = _page_client(page)
    return lambda: client.get(page.path)


def query_counts(pages: list[Page]) -> dict[str, QueryCount]:
    """Each page's queries: one request with the cache emptied, then the fewest of two more."""
    from django.core.cache import cache

    counts = {}
    for page in pages:
        request = _one_request(page)
        cache.clear()
        cold = _queries_of(request)
        counts[page.name] = QueryCount(cold, min(_queries_of(request) for _ in range(2)))
    return counts


# --- wrk --------------------------------------------------------------------------------------

# Prints wrk's figures as one JSON line, with the latencies as a histogram of 0.1 ms buckets
# (wrk's `latency(i)` gives its i-th distinct value in microseconds and how often it was seen),
# so that the rounds of one page can be merged into one distribution.
SUMMARY_LUA = """
function done(summary, latency, requests)
  local buckets, keys = {}, {}
  for i = 1, #latency do
    local microseconds, count = latency(i)
    local bucket = math.floor(microseconds / 100)
    if buckets[bucket] == nil then
      buckets[bucket] = 0
      keys[#keys + 1] = bucket
    end
    buckets[bucket] = buckets[bucket] + count
  end
  local pairs_out = {}
  for _, bucket in ipairs(keys) do
    pairs_out[#pairs_out + 1] = string.format("[%d,%d]", bucket, buckets[bucket])
  end
  local e = summary.errors
  io.write(string.format(
    '\\nWRK-JSON {"requests": %d, "microseconds": %d, "status_errors": %d, "socket_errors": %d,'
    .. ' "latency_100us": [%s]}\\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    table.concat(pairs_out, ",")))
end
"""

# Each request submits the next fresh attempt of this thread's share, as the attempt's owner.
SUBMIT_LUA = """
local submissions = {}
local next_one = 1
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  local count, n = tonumber(args[2]), 0
  for line in io.lines(args[1]) do
    if n % count == thread_number - 1 then
      local path, cookie, body = line:match("^([^\\t]*)\\t([^\\t]*)\\t(.*)$")
      submissions[#submissions + 1] = wrk.format("POST", path, {
        ["Cookie"] = cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded",
      }, body)
    end
    n = n + 1
  end
end

function request()
  local r = submissions[next_one]
  next_one = next_one % #submissions + 1
  return r
end
"""


@dataclass
class Measurement:
    """One page's wrk figures, summed over its rounds; latencies as {0.1 ms bucket: count}."""

    requests: int = 0
    seconds: float = 0.0
    errors: int = 0
    latency_100us: Counter = field(default_factory=Counter)

    def add(self, other: Measurement) -> None:
        self.requests += other.requests
        self.seconds += other.seconds
        self.errors += other.errors
        self.latency_100us.update(other.latency_100us)

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def error_rate(self) -> float:
        return self.errors / self.requests if self.requests else 1.0

    def percentile_ms(self, percent: float) -> float:
        """The upper edge of the bucket that holds the percentile."""
        total = sum(self.latency_100us.values())
        seen = 0
        for bucket in sorted(self.latency_100us):
            seen += self.latency_100us[bucket]
            if seen >= total * percent / 100:
                return (bucket + 1) / 10
        return 0.0

    @property
    def p50_ms(self) -> float:
        return self.percentile_ms(50)

    @property
    def p95_ms(self) -> float:
        return self.percentile_ms(95)


def wrk_threads(concurrency: int) -> int:
    return max(1, min(concurrency, os.cpu_count() or 1))


def wrk_run(
    port: int,
    page: Page,
    seconds: int,
    concurrency: int,
    folder: Path,
    submissions: list[Submission] | None = None,
) -> Measurement:
    """One wrk run at the page; a quiz submission posts `submissions`, one each request."""
    threads = wrk_threads(concurrency)
    script = folder / "script.lua"
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{concurrency}",
        f"-d{seconds}s",
        "--timeout",
        "60s",
        "-s",
        str(script),
    ]
    if submissions:
        script.write_text(SUBMIT_LUA + SUMMARY_LUA)
        url = f"http://127.0.0.1:{port}/"
        arguments = ["--", str(submissions_write(submissions, folder)), str(threads)]
    else:
        script.write_text(SUMMARY_LUA)
        url = f"http://127.0.0.1:{port}{page.path}"
        arguments = []
        if page.session:
            command += ["-H", f"Cookie: sessionid={page.session}"]
    output = subprocess.run(  # noqa: S603 - wrk from PATH with our own arguments
        [*command, url, *arguments], capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK-JSON "))
    figures = json.loads(line.removeprefix("WRK-JSON "))
    return Measurement(
        requests=figures["requests"],
        seconds=figures["microseconds"] / 1e6,
        errors=figures["status_errors"] + figures["socket_errors"],
        latency_100us=Counter(dict(figures["latency_100us"])),
    )


# --- gunicorn ---------------------------------------------------------------------------------


def gunicorn_serve(workers: int, threads: int):
    """bench/case_search.py's gunicorn with `threads` per worker (gunicorn takes the gthread
    worker for more than one)."""
    os.environ["GUNICORN_CMD_ARGS"] = f"--threads {threads}"
    try:
        return case_search_bench().gunicorn_start(workers)
    finally:
        os.environ.pop("GUNICORN_CMD_ARGS")


@dataclass
class SizeFigures:
    size: str
    filled: Filled
    counts: dict[str, QueryCount]
    people: str
    http: dict[str, Measurement] = field(default_factory=dict)
    submissions_prepared: int = 0
    submitted: int = 0
    slow_first_visits: dict[str, float] = field(default_factory=dict)
    snapshot_seconds: float = 0.0
    load_average: tuple[float, float] = (0.0, 0.0)
    """The machine's 1-minute load average when measuring began and ended."""

    @property
    def hello_per_second(self) -> float:
        return self.http[HELLO].per_second


def round_seconds(options: argparse.Namespace) -> int:
    """wrk's duration is whole seconds: --seconds per page spread over --rounds runs."""
    return max(1, round(options.seconds / options.rounds))


def _in_slices(items: list, count: int) -> list[list]:
    size = len(items) // count
    return [items[n * size : (n + 1) * size] for n in range(count)]


def pages_measure(
    pages: list[Page], figures: SizeFigures, options: argparse.Namespace, folder: Path
) -> None:
    """A warm-up run per page, then --rounds rounds that each run wrk once at every page,
    hello included: a busy moment on the shared machine then slows every page alike, instead
    of whichever page was being measured, and each page's ratio stays fair."""
    from django.db import connection
    from django.utils import timezone

    quiz = next(p for p in pages if p.name == QUIZ_SUBMISSION)
    submissions = _in_slices(quiz.submissions, options.rounds)
    figures.http = {page.name: Measurement() for page in pages}
    seconds = round_seconds(options)
    connection.close()
    process, port = gunicorn_serve(options.workers, options.threads)
    started = timezone.now()
    load_before = os.getloadavg()[0]
    try:
        for page in pages:
            if page is not quiz:
                wrk_run(port, page, options.warm_up, options.concurrency, folder)
        for number in range(options.rounds):
            for page in pages:
                fresh = submissions[number] if page is quiz else None
                measured = wrk_run(port, page, seconds, options.concurrency, folder, fresh)
                figures.http[page.name].add(measured)
            print(f"  round {number + 1} of {options.rounds} done")
    finally:
        case_search_bench().gunicorn_stop(process)
    figures.load_average = (load_before, os.getloadavg()[0])
    figures.submitted = submitted_since(started)
    for name, measured in figures.http.items():
        print(
            f"  {name:<40} {measured.per_second:8.1f} req/s  p50 {measured.p50_ms:7.1f} ms  "
            f"p95 {measured.p95_ms:7.1f} ms  errors {measured.errors}"
        )


# --- Report -----------------------------------------------------------------------------------


def _markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |"]
    lines.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def size_table(figures: SizeFigures) -> str:
    hello = figures.hello_per_second
    rows = []
    for name, m in figures.http.items():
        rows.append(
            [
                name,
                f"{m.per_second:,.1f}",
                f"{m.per_second / hello:.3f}",
                f"{m.p50_ms:.1f}",
                f"{m.p95_ms:.1f}",
                f"{m.error_rate:.2%}",
                f"{m.requests:,}",
            ]
        )
    headers = ["page", "req/s", "ratio to hello", "p50 ms", "p95 ms", "errors", "requests"]
    return _markdown_table(headers, rows)


def query_table(counts: dict[str, dict[str, QueryCount]]) -> str:
    sizes = [size for size in QUERY_COUNT_SIZES if size in counts]
    names = list(dict.fromkeys(name for size in sizes for name in counts[size]))
    rows = []
    for name in names:
        found = [counts[size].get(name) for size in sizes]
        cold = [str(c.cold) if c else "-" for c in found]
        warm = [str(c.warm) if c else "-" for c in found]
        same = "yes" if len(set(cold)) == 1 and len(set(warm)) == 1 else "**NO**"
        rows.append([name, *cold, *warm, same])
    headers = [
        "page",
        *(f"cold @{size}" for size in sizes),
        *(f"warm @{size}" for size in sizes),
        "equal",
    ]
    return _markdown_table(headers, rows)


def _data_line(filled: Filled) -> str:
    if filled.reused:
        return "Data: the database an earlier run kept (--reuse-database)."
    return (
        f"Data: `generate_scale_data --size {filled.size}`, generated in "
        f"{filled.fill_seconds:.0f} s after migrating in {filled.migrate_seconds:.0f} s "
        f"({filled.summary})."
    )


def report(
    figures: list[SizeFigures],
    counts: dict[str, dict[str, QueryCount]],
    options: argparse.Namespace,
) -> str:
    worker = "sync" if options.threads == 1 else f"gthread, {options.threads} threads each"
    lines = [
        "# Load benchmark",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `bench/load.py` on PostgreSQL and Redis "
        f"({platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} "
        "CPUs, shared with other work, so figures move between runs; ratios to hello move "
        "less). Everything runs on the one machine: wrk, gunicorn, PostgreSQL and Redis.",
        "",
        f"- gunicorn: {options.workers} workers ({worker}), `bench.settings` (DEBUG off), "
        "cached database sessions, Redis cache and Celery broker (no worker: tasks wait in "
        "the queue). "
        "gthread rather than sync: in trials on this machine, 5 sync workers served about half "
        "as many requests per second, since they close the connection after every response "
        "(behind nginx, as gunicorn advises for sync workers, the proxy pays that).",
        f"- wrk: {options.concurrency} connections on {wrk_threads(options.concurrency)} "
        f"threads; {options.rounds} rounds of {round_seconds(options)} s at every page in "
        f"turn (hello included), after a {options.warm_up} s warm-up run per page (not "
        "counted), so a busy moment on the machine slows all pages alike. Figures per page "
        "are over all its rounds. Errors: responses other than 2xx/3xx, plus socket errors "
        "and timeouts.",
        "- Ratio to hello: the page's requests per second ÷ those of a plain Django view "
        "(`/bench-hello/`, all middleware) served by the same gunicorn in the same rounds.",
        "- **Rate limits off** in gunicorn (`SPIRE_RATE_LIMITS = False`, "
        "`ACCOUNT_RATE_LIMITS = False`): the figures are what a page costs, not how fast it "
        "refuses.",
        "- The pages: the front page, the course catalogue, a lesson (anonymous and signed in "
        "as an enrolled learner), a case search with words and three facets, and the "
        "organisation dashboard of the largest organisation, opened by its lead (MFA set up; "
        "its snapshot and the national one computed before timing, as the nightly tasks "
        "leave them).",
        "- **Caches as in production.** wrk sends no cookies for the anonymous pages, so after "
        "the warm-up the front page, the catalogue and the anonymous lesson come from the page "
        "cache for visitors who are not signed in (`home/page_cache.py`; publishing forgets "
        "it). The signed-in lesson is made afresh for every request. The dashboard's sections "
        "are cached under the snapshot's time; case searches keep results and facet counts "
        "for 10 minutes.",
        f"- **{QUIZ_SUBMISSION}**: each request POSTs a filled-in attempt form with «submit» "
        "(CSRF token and session cookie) to a *fresh* attempt started beforehand for its "
        "owner, so every request saves the answers, grades the attempt and completes the "
        "step when passed. Starting the attempts is not timed.",
        "",
    ]
    for f in figures:
        lines += [
            f"## Size {f.size}",
            "",
            _data_line(f.filled) + f" {f.people}",
            "",
        ]
        lines += [
            f"Dashboard snapshots (the organisation's and the national one, as the nightly "
            f"tasks leave them) computed in {f.snapshot_seconds:.0f} s before timing.",
            "",
        ]
        for name, seconds in f.slow_first_visits.items():
            lines += [f"First visit to the {name}: {seconds:.0f} s (untimed).", ""]
        if f.http:
            lines += [
                f"Load average (1 min) when measuring began and ended: "
                f"{f.load_average[0]:.1f} and {f.load_average[1]:.1f} on {os.cpu_count()} "
                "CPUs, this benchmark's own processes included.",
                "",
                size_table(f),
                "",
            ]
            if QUIZ_SUBMISSION in f.http:
                requests = f.http[QUIZ_SUBMISSION].requests
                verdict = (
                    "every request graded a fresh attempt"
                    if f.submitted >= requests
                    else "**the fresh attempts ran out**: the rest were answered from the "
                    "already-graded attempt (a redirect)"
                )
                lines.append(
                    f"Quiz submissions: {f.submissions_prepared:,} fresh attempts prepared, "
                    f"{requests:,} requests, {f.submitted:,} attempts graded: {verdict}."
                )
            lines.append("")
        else:
            lines += ["(Queries only at this size.)", ""]
    if counts:
        sizes = [size for size in QUERY_COUNT_SIZES if size in counts]
        lines += [
            f"## Queries per page at {' and '.join(sizes)}",
            "",
            query_table(counts),
            "",
            "Counted in process through Django's test client. *Cold*: one request right after "
            "the cache (Redis) was emptied, which is what a search nobody has made in the last "
            "10 minutes costs, since search results and facet counts are cached; *warm*: the "
            "fewest of the next two requests. The quiz submissions counted are by newcomers "
            "enrolled for the purpose (nothing done yet) at the same quiz, answered right, so "
            "they are the same work at every size; the answers are saved in one write and "
            "graded in one update, so the count does not grow with a quiz's questions either.",
            "",
        ]
    return "\n".join(lines)


# --- Main -------------------------------------------------------------------------------------


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="S,M", help="sizes to measure under load")
    parser.add_argument(
        "--database-url",
        default="postgresql://postgres@127.0.0.1:5432/postgres",
        help="the PostgreSQL server to make the scratch database on",
    )
    parser.add_argument("--redis-url", default=DEFAULT_REDIS_URL, help="emptied at start and end")
    parser.add_argument("--seconds", type=int, default=20, help="wrk time per page, in all")
    parser.add_argument("--rounds", type=int, default=4, help="wrk runs per page, interleaved")
    parser.add_argument("--warm-up", type=int, default=2, help="wrk warm-up per page, seconds")
    parser.add_argument("--concurrency", type=int, default=8, help="wrk connections")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--threads", type=int, default=2, help="per worker; >1: gthread")
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument(
        "--no-query-counts", action="store_true", help=f"skip {'/'.join(QUERY_COUNT_SIZES)}"
    )
    parser.add_argument(
        "--keep-database",
        action="store_true",
        help=f"leave the last size's {SCRATCH_DATABASE} database, to look into a slow page",
    )
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="measure the kept database as it is (one size, no query counts)",
    )
    options = parser.parse_args()
    if options.reuse_database:
        options.no_query_counts = True
    options.sizes = [size.strip().upper() for size in options.sizes.split(",") if size.strip()]
    unknown = set(options.sizes) - set(SIZES)
    if unknown:
        parser.error(f"unknown size {', '.join(sorted(unknown))}; choose from {', '.join(SIZES)}")
    if options.reuse_database and len(options.sizes) != 1:
        parser.error("--reuse-database measures one size: the one the kept database holds")
    return options


def sizes_to_fill(options: argparse.Namespace) -> list[str]:
    """The sizes measured under load and, unless left out, those whose queries are counted,
    smallest first."""
    wanted = set(options.sizes)
    if not options.no_query_counts:
        wanted |= set(QUERY_COUNT_SIZES)
    return [size for size in SIZES if size in wanted]


def redis_flush(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()


COUNTED_SUBMISSIONS = 4
"""One to check that a submission works, one counted with the cache empty, two warm."""


def newcomers_enrolled(course, count: int) -> list:
    """`count` new people enrolled in `course` who have done nothing yet: a submission of
    theirs costs the same work at every size (generated people are at different points)."""
    from django.contrib.auth import get_user_model

    from learning.services import enrolment_create

    users = []
    for _ in range(count):
        email = f"load-{uuid.uuid4().hex[:12]}@bench.invalid"
        user = get_user_model().objects.create_user(email=email, full_name="Benchmark")
        enrolment_create(user=user, course=course)
        users.append(user)
    return users


def quiz_prepare(quiz: Page, people: People, rng: random.Random, load: int) -> None:
    """Fresh attempts: COUNTED_SUBMISSIONS at the first quiz of the learner's course by
    newcomers, answered right (checked and counted here), and `load` at every quiz by the
    generated people for wrk, answered right four times in five (most people pass)."""
    from assessments.models import QuizPage

    started = time.perf_counter()
    newcomers = newcomers_enrolled(people.course, COUNTED_SUBMISSIONS)
    quiz.counted = submissions_prepare(
        COUNTED_SUBMISSIONS, rng, quizzes=[people.quiz], right_share=1.0, users=newcomers
    )
    if len(quiz.counted) < COUNTED_SUBMISSIONS:
        raise SystemExit(f"Newcomers could not start {people.quiz}.")
    if load:
        quizzes = list(QuizPage.objects.live().order_by("path"))
        quiz.submissions = submissions_prepare(load, rng, quizzes=quizzes, right_share=0.8)
    print(
        f"  {len(quiz.counted) + len(quiz.submissions):,} fresh attempts started in "
        f"{time.perf_counter() - started:.0f} s"
    )


def snapshots_prepare(organization) -> float:
    """What the nightly tasks leave for the dashboard: the organisation's snapshots (with its
    knowledge figures released) and the national one, which adds the county and national
    comparison. Returns the seconds it took."""
    from dashboards.services import national_snapshot_refresh, snapshots_refresh

    started = time.perf_counter()
    snapshots_refresh(organization)
    national_snapshot_refresh()
    seconds = time.perf_counter() - started
    print(f"  dashboard snapshots computed in {seconds:.0f} s")
    return seconds


def size_run(size: str, options: argparse.Namespace, folder: Path) -> tuple[SizeFigures, dict]:
    from django.db import connections

    base = case_search_bench()
    print(f"Size {size}")
    connections.close_all()
    redis_flush(options.redis_url)
    if options.reuse_database:
        filled = Filled(size, 0, 0, "", reused=True)
    else:
        base.postgres_scratch_create(options.database_url, SCRATCH_DATABASE)
        filled = database_fill(size, options.seed)
    rng = random.Random(f"{options.seed}-{size}")
    people = people_choose()
    pages, searched = pages_build(people)
    under_load = size in options.sizes
    quiz = next(p for p in pages if p.name == QUIZ_SUBMISSION)
    quiz_prepare(quiz, people, rng, options.seconds * SUBMISSIONS_PER_SECOND if under_load else 0)
    snapshot_seconds = snapshots_prepare(people.organization)
    slow_first_visits = pages_check(pages)
    counts = {}
    if size in QUERY_COUNT_SIZES and not options.no_query_counts:
        counts = query_counts(pages)
        print("  queries: " + ", ".join(f"{name} {n.cold}/{n.warm}" for name, n in counts.items()))
    described = (
        f"Organisation: {people.organization.name} "
        f"({people.organization.memberships.count():,} members); lesson «{people.lesson.title}» "
        f"and quiz «{people.quiz.title}» of «{people.course.title}»; case search for "
        f"{searched}."
    )
    figures = SizeFigures(
        size,
        filled,
        counts,
        described,
        slow_first_visits=slow_first_visits,
        snapshot_seconds=snapshot_seconds,
    )
    if under_load:
        figures.submissions_prepared = len(quiz.submissions)
        pages_measure(pages, figures, options, folder)
    return figures, counts


def run(options: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="spire-bench-load-"))
    figures: list[SizeFigures] = []
    counts: dict[str, dict[str, QueryCount]] = {}
    try:
        for size in sizes_to_fill(options):
            size_figures, size_counts = size_run(size, options, folder)
            figures.append(size_figures)
            if size_counts:
                counts[size] = size_counts
            # Written after every size, so a failure at M still leaves S.
            RESULTS.parent.mkdir(parents=True, exist_ok=True)
            RESULTS.write_text(report(figures, counts, options))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\nWritten to {RESULTS.relative_to(REPO)}")
    print(report(figures, counts, options))


def main() -> None:
    options = arguments()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk).")
    # Stopped with SIGTERM, still stop gunicorn and drop the scratch database.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("Stopped by SIGTERM."))
    base = case_search_bench()
    if options.reuse_database:
        database_url = base.postgres_scratch_url(options.database_url, SCRATCH_DATABASE)
    else:
        database_url = base.postgres_scratch_create(options.database_url, SCRATCH_DATABASE)
    base.environment_prepare(database_url)
    # environment_prepare leaves Redis out (the other benchmarks use local memory); this one
    # measures production's set-up, with its own Redis database.
    os.environ["REDIS_URL"] = options.redis_url
    try:
        base.django_start()
        run(options)
    finally:
        from django.db import connections

        connections.close_all()
        if not options.keep_database:
            base.postgres_scratch_drop(options.database_url, SCRATCH_DATABASE)
        redis_flush(options.redis_url)


if __name__ == "__main__":
    main()
