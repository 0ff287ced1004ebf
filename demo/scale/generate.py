"""Bulk data at scale: organisations with tens of thousands of members, their learning (enrolments,
step completions, course completions, quiz attempts), assignments and answered capacity-survey
rounds, written with bulk inserts so that 50,000 members and 2 million step completions take
minutes, not hours.

Plain functions, shared by `manage.py generate_scale_data` (demo/scale/services.py) and the
dashboard benchmark (bench/dashboard.py). Everything random comes from the `random.Random`
passed in, and every timestamp from the `now` passed in, so a seed gives the same data again
(database ids aside). Rows are inserted directly (PostgreSQL COPY, else batched INSERTs), which
skips services, signals and `auto_now_add`: that is the point, since the timestamps are spread
over the past year and a half like real activity. It never sends email.

Courses, quizzes and survey statements are not made here: load them first (the demo courses
and quizzes and the survey instrument, as `setup_demo` does), widen the catalogue with
`courses_extend`, then read the courses to use with `catalogue_load`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from random import Random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, models, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from assessments.models import (
    Attempt,
    QuizKind,
    QuizPage,
    QuizQuestion,
    SurveyAnswer,
    SurveyParticipation,
    SurveyResponse,
    SurveyRound,
    SurveyStatement,
)
from courses.models import CourseIndexPage, CoursePage
from learning.models import Assignment, CourseCompletion, Enrolment, StepCompletion
from organizations.models import (
    Department,
    Membership,
    MembershipSource,
    MembershipStatus,
    Organization,
    OrganizationKind,
)

DAY = 86_400.0
HISTORY_DAYS = 540
"""How far back generated activity reaches (about a year and a half)."""

DEPARTMENT_NAMES = (
    "Helse og omsorg",
    "Oppvekst",
    "Barnehage",
    "Grunnskole",
    "Kultur og idrett",
    "Teknisk drift",
    "Vann og avløp",
    "Plan og bygg",
    "Eiendom",
    "Innkjøp",
    "Økonomi",
    "HR",
    "Digitalisering",
    "Kommunikasjon",
    "NAV kommune",
    "Barnevern",
    "Hjemmetjenesten",
    "Sykehjem",
    "Legevakt",
    "Helsestasjon",
    "Renovasjon",
    "Brann og redning",
    "Samferdsel",
    "Klima og miljø",
    "Næring",
    "Bibliotek",
    "Kulturskole",
    "Voksenopplæring",
    "Flyktningtjenesten",
    "Arkiv",
)
FIRST_NAMES = (  # noqa: SIM905 - a word list reads better as text
    "Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi "
    "Ida Nina Maria Elisabeth Kristin Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Hans "
    "Geir Tor Morten Terje Odd Erik Martin Andreas John Emma Nora Sofie Jonas Emil Henrik"
).split()
LAST_NAMES = (  # noqa: SIM905 - a word list reads better as text
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen "
    "Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen "
    "Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen"
).split()
CERTIFICATE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


# --- Writing rows fast ------------------------------------------------------------------------


def rows_insert(
    model: type[models.Model],
    fields: Sequence[str],
    rows: Iterable[Sequence],
    *,
    batch_size: int = 5_000,
) -> int:
    """Insert `rows` (tuples of values for `fields`, by model field name) into the model's table
    and return how many. PostgreSQL gets one COPY, which streams millions of rows in seconds;
    other databases get INSERTs of `batch_size` rows. No model instances, signals, defaults or
    `auto_now_add`: give every NOT NULL column a value. JSON values may be given already
    encoded as text, so a value shared by many rows is encoded once."""
    meta = model._meta
    model_fields = [meta.get_field(name) for name in fields]
    table = connection.ops.quote_name(meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in model_fields)
    json_positions = [i for i, f in enumerate(model_fields) if isinstance(f, models.JSONField)]

    def encoded(row: Sequence) -> Sequence:
        if not json_positions:
            return row
        row = list(row)
        for i in json_positions:
            if not isinstance(row[i], str):
                row[i] = json.dumps(row[i])
        return row

    count = 0
    if connection.vendor == "postgresql":
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(encoded(row))
                count += 1
        return count

    placeholders = ", ".join(["%s"] * len(model_fields))
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608  # nosec B608 - table and column names come from the model
    # Let each field turn its Python value into what this database stores (UUIDs as text,
    # aware datetimes as naive UTC on SQLite).
    prepare = [
        (lambda value, _connection: value)
        if i in json_positions
        else (lambda value, _connection, f=f: f.get_db_prep_save(value, _connection))
        for i, f in enumerate(model_fields)
    ]
    iterator = iter(rows)
    with connection.cursor() as cursor:
        while batch := list(islice(iterator, batch_size)):
            cursor.executemany(
                sql,
                [
                    [p(v, connection) for p, v in zip(prepare, encoded(row), strict=True)]
                    for row in batch
                ],
            )
            count += len(batch)
    return count


def _moment(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, tz=UTC)


def seeded_uuid(rng: Random) -> uuid.UUID:
    """A version-4 UUID from the seeded generator, so the same seed gives the same ids."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def analyze(written: Iterable[type[models.Model]] = ()) -> None:
    """Fresh planner statistics, as autovacuum would keep them on a live database: for the
    tables of the `written` models, or for every table."""
    with connection.cursor() as cursor:
        if not written:
            cursor.execute("ANALYZE")
        for model in written:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


# --- The catalogue: courses, their steps and quizzes, survey statements -----------------------


@dataclass(frozen=True)
class QuizStep:
    """What an attempt at a quiz needs: its kind, pass mark and the (fixed) question layout."""

    quiz_id: int
    kind: str
    pass_mark: int
    question_count: int
    layout_json: str


@dataclass(frozen=True)
class CourseSteps:
    """A live course and its live steps in the order a learner takes them."""

    course_id: int
    title: str
    step_ids: tuple[int, ...]
    quizzes: dict[int, QuizStep]  # step id -> quiz, for the steps that are quizzes


@dataclass(frozen=True)
class Catalogue:
    courses: tuple[CourseSteps, ...]
    statement_ids: tuple[int, ...]
    statement_dimensions: dict[int, int | None]  # statement id -> dimension id

    @property
    def step_count(self) -> int:
        return sum(len(course.step_ids) for course in self.courses)


COPY_MARK = "-kopi-"
"""In the slug of every course copy, so a copy is never copied again."""


def courses_extend(
    copies: int, *, slug_prefix: str = "", title_prefix: str = ""
) -> list[CoursePage]:
    """Copy every live original course `copies` times (with its modules, lessons and quizzes)
    under the course index, as `<slug_prefix><slug>-kopi-<n>` titled `<title_prefix><title>
    (<n>)`, so a large organisation spreads over a catalogue of realistic size: the demo has
    three courses of 14 steps, too few for 40 completed steps per person. Page.copy keeps the
    tree right; it takes a second or two per course (the originals' revisions are not copied:
    each copy starts with one). Idempotent: copies that exist (by slug) are kept. Returns the
    copies made."""
    index = CourseIndexPage.objects.get()
    originals = list(
        CoursePage.objects.child_of(index).live().exclude(slug__contains=COPY_MARK).order_by("path")
    )
    existing = set(CoursePage.objects.child_of(index).values_list("slug", flat=True))
    made = []
    for number in range(2, copies + 2):
        for course in originals:
            slug = f"{slug_prefix}{course.slug}{COPY_MARK}{number}"
            if slug in existing:
                continue
            made.append(
                course.copy(
                    recursive=True,
                    to=index,
                    update_attrs={
                        "title": f"{title_prefix}{course.title} ({number})",
                        "slug": slug,
                    },
                    keep_live=True,
                    copy_revisions=False,
                    log_action=None,
                )
            )
    return made


def _quiz_layouts() -> dict[int, tuple[int, str]]:
    """Per quiz: (number of fixed questions, the layout an attempt stores, as JSON). Options
    are left unshuffled; the dashboards read scores, never layouts."""
    from assessments.models import Option

    questions: dict[int, list[int]] = {}
    for quiz_id, question_id in QuizQuestion.objects.order_by("quiz_id", "sort_order").values_list(
        "quiz_id", "question_id"
    ):
        questions.setdefault(quiz_id, []).append(question_id)
    options: dict[int, list[int]] = {}
    for question_id, option_id in Option.objects.order_by("question_id", "sort_order").values_list(
        "question_id", "pk"
    ):
        options.setdefault(question_id, []).append(option_id)
    return {
        quiz_id: (len(ids), json.dumps([[q, options.get(q, [])] for q in ids]))
        for quiz_id, ids in questions.items()
    }


def catalogue_load(courses: QuerySet[CoursePage] | None = None) -> Catalogue:
    """Read the live courses (all, or those of `courses`) with their ordered steps and
    quizzes, and the survey's active statements, in a handful of queries."""
    layouts = _quiz_layouts()
    quizzes = {row["pk"]: row for row in QuizPage.objects.live().values("pk", "kind", "pass_mark")}
    chosen = []
    for course in (CoursePage.objects if courses is None else courses).live().order_by("path"):
        steps = list(
            Page.objects.live()
            .filter(path__startswith=course.path, depth=course.depth + 2)
            .order_by("path")
            .values_list("pk", flat=True)
        )
        course_quizzes = {}
        for step_id in steps:
            if step_id in quizzes:
                count, layout = layouts.get(step_id, (1, "[]"))
                course_quizzes[step_id] = QuizStep(
                    quiz_id=step_id,
                    kind=quizzes[step_id]["kind"],
                    pass_mark=quizzes[step_id]["pass_mark"],
                    question_count=max(count, 1),
                    layout_json=layout,
                )
        if steps:
            chosen.append(CourseSteps(course.pk, course.title, tuple(steps), course_quizzes))
    statements = list(
        SurveyStatement.objects.filter(is_active=True)
        .order_by("sort_order")
        .values_list("pk", "dimension_id")
    )
    return Catalogue(
        courses=tuple(chosen),
        statement_ids=tuple(pk for pk, _dimension in statements),
        statement_dimensions=dict(statements),
    )


# --- Organisations and members ----------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    user_id: int
    department_id: int | None
    full_name: str
    is_active: bool  # False: a pending request to join, with no learning


@dataclass
class ScaleOrganization:
    """An organisation made by `organization_with_members`, with what later steps need."""

    organization: Organization
    departments: list[Department]
    members: list[Member]
    lead_user_id: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def active_members(self) -> list[Member]:
        return [m for m in self.members if m.is_active]

    def department_sizes(self) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for member in self.active_members:
            if member.department_id is not None:
                sizes[member.department_id] = sizes.get(member.department_id, 0) + 1
        return sizes


def departments_create(
    organization: Organization, count: int, *, suffix: str = ""
) -> list[Department]:
    """`count` departments with municipal names (numbered once the names run out), each
    ending with `suffix`; returns them in that order, and only them."""
    names = []
    for n in range(count):
        base = DEPARTMENT_NAMES[n % len(DEPARTMENT_NAMES)]
        round_number = n // len(DEPARTMENT_NAMES) + 1
        names.append((base if round_number == 1 else f"{base} {round_number}") + suffix)
    Department.objects.bulk_create(Department(organization=organization, name=n) for n in names)
    made = {d.name: d for d in Department.objects.filter(organization=organization, name__in=names)}
    return [made[name] for name in names]


def _user_ids(emails: Sequence[str], chunk: int = 2_000) -> list[int]:
    """The ids of the users with these emails, in the same order (looked up in chunks, which
    the unique index on email answers quickly on every database)."""
    user_model = get_user_model()
    ids: dict[str, int] = {}
    for start in range(0, len(emails), chunk):
        ids.update(
            user_model.objects.filter(email__in=emails[start : start + chunk]).values_list(
                "email", "pk"
            )
        )
    return [ids[email] for email in emails]


def members_create(
    organization: Organization,
    *,
    members: int,
    departments: int,
    rng: Random,
    email_for: Callable[[int], str],
    department_suffix: str = "",
    leads_per: int = 250,
    admins_per: int = 1_000,
    pending_share: float = 0.01,
    without_department_share: float = 0.05,
    password: str | None = None,
    lead_password: str | None = None,
    now: datetime | None = None,
) -> ScaleOrganization:
    """`members` new people in an existing organisation, with emails `email_for(0)`,
    `email_for(1)`, … (which must be free), spread over `departments` new departments, large
    ones first as in a real municipality; a share without a department, a share still
    pending. One lead per `leads_per` and one admin per `admins_per` members (at least one of
    each); the first lead is returned as `lead_user_id`. Passwords are hashes: `password` for
    everyone (by default an unusable one), `lead_password` instead for leads and admins, who
    then also get a verified email address so they can sign in."""
    from allauth.account.models import EmailAddress

    user_model = get_user_model()
    now = now or timezone.now()
    made = departments_create(organization, departments, suffix=department_suffix)
    # Departments differ in size: weights fall off with rank, like a health sector beside HR.
    weights = [1 / (rank + 2) for rank in range(len(made))]
    password = password or make_password(None)  # hashing once, not 50,000 times

    emails = [email_for(n) for n in range(members)]
    names = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(members)]
    joined = [now - timedelta(days=rng.uniform(30, 4 * 365)) for _ in range(members)]
    lead_every, admin_every = max(1, min(leads_per, members)), max(1, min(admins_per, members))
    leads = [n % lead_every == 0 for n in range(members)]
    # The second person of every `admin_every` (the first is a lead), or the only one.
    admins = [n % admin_every == min(1, members - 1) for n in range(members)]

    def password_of(n: int) -> str:
        return lead_password if lead_password and (leads[n] or admins[n]) else password

    rows_insert(
        user_model,
        ["password", "is_superuser", "email", "full_name", "is_staff", "is_active", "date_joined"],
        (
            (password_of(n), False, emails[n], names[n], False, True, joined[n])
            for n in range(members)
        ),
    )
    user_ids = _user_ids(emails)
    if lead_password:
        rows_insert(
            EmailAddress,
            ["user", "email", "verified", "primary"],
            ((user_ids[n], emails[n], True, True) for n in range(members) if leads[n] or admins[n]),
        )

    people, membership_rows = [], []
    for n, user_id in enumerate(user_ids):
        is_lead, is_admin = leads[n], admins[n]
        active = is_lead or is_admin or rng.random() >= pending_share
        department = None
        if made and (is_lead or rng.random() >= without_department_share):
            department = rng.choices(made, weights)[0].pk
        people.append(Member(user_id, department, names[n], active))
        membership_rows.append(
            (
                user_id,
                organization.pk,
                MembershipStatus.ACTIVE if active else MembershipStatus.PENDING,
                department,
                is_lead,
                is_admin,
                "",
                joined[n],
                joined[n] if active else None,
                # A raw insert skips the field's default; generated people joined by domain.
                MembershipSource.DOMAIN,
            )
        )
    rows_insert(
        Membership,
        [
            "user",
            "organization",
            "status",
            "department",
            "is_lead",
            "is_admin",
            "request_message",
            "created_at",
            "approved_at",
            "source",
        ],
        membership_rows,
    )
    return ScaleOrganization(
        organization=organization,
        departments=made,
        members=people,
        lead_user_id=user_ids[0],
        counts={
            "people": members,
            "members": sum(p.is_active for p in people),
            "departments": len(made),
            "leads": sum(leads),
            "admins": sum(admins),
        },
    )


def organization_with_members(
    *,
    name: str,
    members: int,
    departments: int,
    rng: Random,
    county: Organization | None = None,
    email_domain: str | None = None,
    **options,
) -> ScaleOrganization:
    """A new municipality called `name` with `members_create`'s people (`options` go there),
    emails p000000@… at `email_domain`, by default one made from the name, so the name or
    domain must not have been used before."""
    domain = email_domain or f"{slugify(name)}.bench.example.org"
    organization = Organization.objects.create(
        name=name, kind=OrganizationKind.MUNICIPALITY, county=county
    )
    return members_create(
        organization,
        members=members,
        departments=departments,
        rng=rng,
        email_for=lambda n: f"p{n:06d}@{domain}",
        **options,
    )


# --- Learning ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EnrolmentPlan:
    """One person's way through one course: they started at `started` (epoch seconds) and
    completed the first `steps_done` steps, one every `pace` seconds. Every bulk function below
    derives its rows from plans, so enrolments, step completions, quiz attempts and course
    completions agree with each other."""

    user_id: int
    course: CourseSteps
    steps_done: int
    started: float
    pace: float
    assigned: bool

    @property
    def completed(self) -> bool:
        return self.steps_done == len(self.course.step_ids)

    def step_time(self, index: int) -> float:
        return self.started + self.pace * (index + 1)


def enrolment_plans(
    members: Sequence[Member],
    catalogue: Catalogue,
    rng: Random,
    *,
    steps_per_member: float = 40,
    enrolled_share: float = 0.92,
    full_share: float = 0.55,
    now: datetime | None = None,
) -> list[EnrolmentPlan]:
    """Plans for the active members: `enrolled_share` of them take courses, popular courses
    more often; `full_share` of enrolments are finished, the rest stopped somewhere. The number
    of courses per person is chosen so that the mean of completed steps per member is about
    `steps_per_member` (it cannot exceed the catalogue's step count)."""
    if not catalogue.courses:
        raise ValueError("No live courses: load the demo courses first.")
    now_ts = (now or timezone.now()).timestamp()
    courses = list(catalogue.courses)
    weights = [1 / (rank + 1) ** 0.7 for rank in range(len(courses))]
    mean_length = sum(len(c.step_ids) for c in courses) / len(courses)
    per_enrolment = full_share * mean_length + (1 - full_share) * (mean_length - 1) / 2
    courses_per_person = min(len(courses), steps_per_member / (enrolled_share * per_enrolment))
    plans = []
    for member in members:
        if not member.is_active or rng.random() >= enrolled_share:
            continue
        count = int(courses_per_person) + (rng.random() < courses_per_person % 1)
        count = max(1, min(len(courses), count + rng.choice((-1, 0, 0, 0, 1))))
        chosen: set[int] = set()
        while len(chosen) < count:
            chosen.add(rng.choices(range(len(courses)), weights)[0])
        for index in sorted(chosen):
            course = courses[index]
            length = len(course.step_ids)
            done = length if rng.random() < full_share else rng.randrange(length)
            started = now_ts - rng.uniform(0.5, HISTORY_DAYS) * DAY
            # Between a few hours and a few days per step, and never in the future.
            pace = min(rng.uniform(0.05, 4) * DAY, (now_ts - started) / (done + 1))
            plans.append(
                EnrolmentPlan(member.user_id, course, done, started, pace, rng.random() < 0.2)
            )
    return plans


def enrolments_bulk(plans: Iterable[EnrolmentPlan], organization: Organization) -> int:
    """One enrolment per plan, started an hour before the first step, completed with the
    last."""
    return rows_insert(
        Enrolment,
        ["user", "course", "organization", "source", "started_at", "completed_at"],
        (
            (
                plan.user_id,
                plan.course.course_id,
                organization.pk,
                "assignment" if plan.assigned else "self",
                _moment(plan.started - 3600),
                _moment(plan.step_time(plan.steps_done - 1)) if plan.completed else None,
            )
            for plan in plans
        ),
    )


def _step_rows(plans: Iterable[EnrolmentPlan]) -> Iterator[tuple]:
    for plan in plans:
        course = plan.course
        for index in range(plan.steps_done):
            yield (
                plan.user_id,
                course.step_ids[index],
                course.course_id,
                _moment(plan.step_time(index)),
            )


def step_completions_bulk(plans: Iterable[EnrolmentPlan]) -> int:
    """The first `steps_done` steps of each plan's course. Unique per person and step, as the
    model requires, because a person has one plan per course and a step is in one course."""
    return rows_insert(
        StepCompletion, ["user", "step", "course", "completed_at"], _step_rows(plans)
    )


def certificate_code(rng: Random) -> str:
    return "".join(rng.choice(CERTIFICATE_ALPHABET) for _ in range(12))


def course_completions_bulk(
    plans: Iterable[EnrolmentPlan],
    organization: Organization,
    names: dict[int, str],
    rng: Random,
) -> int:
    """A course completion (with a certificate code) for each finished plan. `names` maps user
    ids to the person's name, which the certificate keeps as text."""
    codes: set[str] = set()

    def rows() -> Iterator[tuple]:
        for plan in plans:
            if not plan.completed:
                continue
            code = certificate_code(rng)
            while code in codes:
                code = certificate_code(rng)
            codes.add(code)
            yield (
                plan.user_id,
                plan.course.course_id,
                organization.pk,
                plan.course.title,
                names[plan.user_id],
                organization.name,
                _moment(plan.step_time(plan.steps_done - 1)),
                code,
            )

    return rows_insert(
        CourseCompletion,
        [
            "user",
            "course",
            "organization",
            "course_title",
            "person_name",
            "organization_name",
            "completed_at",
            "certificate_code",
        ],
        rows(),
    )


def _attempt_percent(rng: Random, quiz: QuizStep, passing: bool) -> int:
    if quiz.kind == QuizKind.PRETEST:
        # A pre-test measures where people start: about half right, whatever the pass mark.
        return max(0, min(100, round(rng.gauss(48, 16))))
    if passing:
        return rng.randint(quiz.pass_mark, 100)
    return rng.randint(max(0, quiz.pass_mark - 45), max(0, quiz.pass_mark - 1))


def _attempt_rows(plans: Iterable[EnrolmentPlan], rng: Random) -> Iterator[tuple]:
    for plan in plans:
        quizzes = plan.course.quizzes
        if not quizzes:
            continue
        last = min(plan.steps_done, len(plan.course.step_ids) - 1)
        for index in range(last + 1):
            quiz = quizzes.get(plan.course.step_ids[index])
            if quiz is None:
                continue
            passed_step = index < plan.steps_done
            can_fail = quiz.pass_mark > 0
            outcomes: list[bool] = []
            if passed_step:
                # Some needed a second try before passing.
                outcomes = [False, True] if can_fail and rng.random() < 0.2 else [True]
            elif can_fail and rng.random() < 0.4:
                outcomes = [False]  # stopped at this quiz after failing it
            submitted = plan.step_time(index)
            for number, passing in enumerate(outcomes, start=1):
                percent = _attempt_percent(rng, quiz, passing)
                moment = submitted - (len(outcomes) - number) * 3600
                yield (
                    plan.user_id,
                    quiz.quiz_id,
                    number,
                    quiz.layout_json,
                    _moment(moment - rng.uniform(120, 1200)),
                    _moment(moment),
                    round(percent * quiz.question_count / 100, 2),
                    percent,
                    percent >= quiz.pass_mark,
                )


def quiz_attempts_bulk(plans: Iterable[EnrolmentPlan], rng: Random) -> int:
    """Submitted attempts with points, percent and pass/fail: a passed attempt for every quiz
    step a plan completed (a fifth after a failed first try), and for two in five plans that
    stopped at a quiz, a failed one there. Pre-tests score about half, and always count as
    taken. No per-question answers: the dashboards read only the attempt's score."""
    return rows_insert(
        Attempt,
        [
            "user",
            "quiz",
            "number",
            "layout",
            "started_at",
            "submitted_at",
            "points",
            "percent",
            "passed",
        ],
        _attempt_rows(plans, rng),
    )


def assignments_create(
    scale: ScaleOrganization, catalogue: Catalogue, *, today: date | None = None
) -> list[Assignment]:
    """Two assignments by the lead: the first course for everyone (due a month ago, so some
    are overdue) and the second for the largest department (due in a month)."""
    today = today or timezone.localdate()
    courses = catalogue.courses
    rows = [
        Assignment(
            organization=scale.organization,
            course_id=courses[0].course_id,
            due_date=today - timedelta(days=30),
            assigned_by_id=scale.lead_user_id,
        )
    ]
    sizes = scale.department_sizes()
    if len(courses) > 1 and sizes:
        rows.append(
            Assignment(
                organization=scale.organization,
                course_id=courses[1].course_id,
                department_id=max(sizes, key=sizes.get),
                due_date=today + timedelta(days=30),
                assigned_by_id=scale.lead_user_id,
            )
        )
    return Assignment.objects.bulk_create(rows)


# --- The capacity survey ----------------------------------------------------------------------


def survey_round_answered(
    scale: ScaleOrganization,
    catalogue: Catalogue,
    rng: Random,
    *,
    respondent_share: float = 0.3,
    closed_days_ago: int = 7,
    by_department: bool = True,
    skip_share: float = 0.03,
    title: str = "Kapasitetsundersøkelse",
    today: date | None = None,
) -> SurveyRound:
    """A closed round of the capacity survey answered by about `respondent_share` of the active
    members, stored as the service would: a participation row names the person; the response
    (with a random id, and the department when the round reports by department) and its
    answers do not. Answers on the 7-point scale vary by dimension and person; a few items are
    left unanswered."""
    today = today or timezone.localdate()
    survey_round = SurveyRound.objects.create(
        organization=scale.organization,
        title=title,
        opens_on=today - timedelta(days=closed_days_ago + 30),
        closes_on=today - timedelta(days=closed_days_ago),
        by_department=by_department,
        created_by_id=scale.lead_user_id,
    )
    respondents = [m for m in scale.active_members if rng.random() < respondent_share]
    rows_insert(
        SurveyParticipation, ["round", "user"], ((survey_round.pk, m.user_id) for m in respondents)
    )
    # The response order must not follow the participation order: shuffle before storing.
    rng.shuffle(respondents)
    base = rng.uniform(3.8, 5.2)
    dimension_offset = {
        dimension: rng.uniform(-0.8, 0.8)
        for dimension in set(catalogue.statement_dimensions.values())
    }
    response_rows, answer_rows = [], []
    for member in respondents:
        response_id = seeded_uuid(rng)
        response_rows.append(
            (
                response_id,
                survey_round.pk,
                scale.organization.pk,
                member.department_id if by_department else None,
            )
        )
        person = rng.gauss(0, 0.8)
        for statement_id in catalogue.statement_ids:
            if rng.random() < skip_share:
                continue
            mean = base + dimension_offset[catalogue.statement_dimensions[statement_id]] + person
            value = max(1, min(7, round(rng.gauss(mean, 0.9))))
            answer_rows.append((seeded_uuid(rng), response_id, statement_id, value))
    rows_insert(SurveyResponse, ["id", "round", "organization", "department"], response_rows)
    rows_insert(SurveyAnswer, ["id", "response", "statement", "value"], answer_rows)
    return survey_round


# --- All of it --------------------------------------------------------------------------------


def _untimed(_phase: str) -> AbstractContextManager:
    return nullcontext()


def learning_generate(
    scale: ScaleOrganization,
    catalogue: Catalogue,
    rng: Random,
    *,
    steps_per_member: float = 40,
    now: datetime | None = None,
    timed: Callable[[str], AbstractContextManager] = _untimed,
) -> None:
    """The active members' enrolments, step completions, course completions and quiz
    attempts, all from one set of plans so they agree. Row counts land in `scale.counts`;
    `timed(phase)` wraps each phase (a timer, or nothing)."""
    with timed("enrolments"):
        plans = enrolment_plans(
            scale.active_members, catalogue, rng, steps_per_member=steps_per_member, now=now
        )
        scale.counts["enrolments"] = enrolments_bulk(plans, scale.organization)
    with timed("step completions"):
        scale.counts["step completions"] = step_completions_bulk(plans)
    with timed("course completions"):
        names = {m.user_id: m.full_name for m in scale.members}
        scale.counts["course completions"] = course_completions_bulk(
            plans, scale.organization, names, rng
        )
    with timed("quiz attempts"):
        scale.counts["quiz attempts"] = quiz_attempts_bulk(plans, rng)


def organization_generate(
    *,
    name: str,
    members: int,
    departments: int,
    catalogue: Catalogue,
    rng: Random,
    county: Organization | None = None,
    steps_per_member: float = 40,
) -> ScaleOrganization:
    """A new organisation with members, learning, quiz attempts, two assignments and an
    answered survey round, in one transaction. Row counts land in the result's `counts`."""
    with transaction.atomic():
        scale = organization_with_members(
            name=name, members=members, departments=departments, rng=rng, county=county
        )
        learning_generate(scale, catalogue, rng, steps_per_member=steps_per_member)
        scale.counts["assignments"] = len(assignments_create(scale, catalogue))
        survey_round = survey_round_answered(scale, catalogue, rng)
        scale.counts["survey responses"] = survey_round.responses.count()
    return scale


def county_first() -> Organization | None:
    """A county to place generated municipalities in, so county comparisons have a group."""
    return (
        Organization.objects.filter(kind=OrganizationKind.COUNTY)
        .order_by("official_number")
        .first()
    )
