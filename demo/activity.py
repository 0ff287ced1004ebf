"""Demo activity that makes the organisation dashboards true and useful: two dozen staff in each
of Bergen and Stavanger take the courses through the real services, spread over the last twelve
months; Stavanger's lead has an assignment that is past its due date; people read other
municipalities' cases; and, last, the dashboards' snapshots are computed.

Deterministic (fixed seeds) and idempotent: a municipality whose staff have already taken a quiz,
or read a case, is left alone, so loading the demo twice adds nothing."""

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from assessments import services as quiz_services
from assessments.models import Attempt, Question, QuestionType, QuizKind, QuizPage, QuizQuestion
from cases.models import CasePage, CaseParticipant, CaseRead
from cases.services import case_read_record
from courses.models import CoursePage
from courses.selectors import course_outline
from dashboards.services import (
    national_snapshot_refresh,
    organizations_with_members,
    snapshots_refresh,
)
from demo import content_files
from demo.courses import DEMO_PROGRESS
from demo.people import DEMO_PASSWORD, DEMO_PEOPLE
from learning import services as learning
from learning.models import Assignment, CourseCompletion, Enrolment, StepCompletion
from organizations.models import Department, Membership, MembershipStatus, Organization

User = get_user_model()

# --- The demo staff -----------------------------------------------------------------------------

# The cast and its numbers are demo/content/activity.yaml's; how they behave is this module's.
ACTIVITY = content_files.activity()
STAFF_DEPARTMENTS: dict[str, dict[str, int]] = ACTIVITY.staff
SMALL_DEPARTMENT = (ACTIVITY.small_department.municipality, ACTIVITY.small_department.department)
SMALL_DEPARTMENT_QUIZ_TAKERS = ACTIVITY.small_department.quiz_takers
SURVEY_ONLY_STAFF: dict[str, int] = ACTIVITY.survey_only_staff
MUNICIPALITIES = [*STAFF_DEPARTMENTS, *SURVEY_ONLY_STAFF]
FIRST_NAMES = ACTIVITY.first_names
LAST_NAMES = ACTIVITY.last_names

_ASCII_DOMAIN = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


def email_domain(municipality: str) -> str:
    """Bergen → bergen.kommune.no, Øygarden → oygarden.kommune.no (how the real ones read)."""
    return f"{municipality.lower().translate(_ASCII_DOMAIN)}.kommune.no"


def staff_name(municipality: str, number: int) -> str:
    """A fixed Norwegian name for ansatt<number>; the strides keep names within one
    municipality different, and vary them from one municipality to the next."""
    offset = MUNICIPALITIES.index(municipality)
    first = FIRST_NAMES[(5 * number + 7 * offset) % len(FIRST_NAMES)]
    last = LAST_NAMES[(7 * number + 11 * offset) % len(LAST_NAMES)]
    return f"{first} {last}"


def staff_departments(municipality: str) -> list[str | None]:
    """The department of ansatt1, ansatt2, …: the departments in turn, so the first people
    (the survey's respondents too) come from all of them."""
    remaining = dict(STAFF_DEPARTMENTS.get(municipality, {}))
    if not remaining:
        return [None] * SURVEY_ONLY_STAFF[municipality]
    order = []
    while any(remaining.values()):
        for name, left in remaining.items():
            if left:
                order.append(name)
                remaining[name] = left - 1
    return order


@cache
def _password_hash() -> str:
    # Hashing is slow on purpose; the demo staff share one password, so hash it once.
    return make_password(DEMO_PASSWORD)


def demo_staff_ensure(organization: Organization) -> list:
    """The municipality's demo staff, ansatt1..N@<domain>, as active members with a name and
    (in Bergen and Stavanger) a department. An older demo's staff, created without a name or
    department, get them; nothing else changes on a second run."""
    municipality = organization.name
    departments = staff_departments(municipality)
    emails = [f"ansatt{n}@{email_domain(municipality)}" for n in range(1, len(departments) + 1)]
    users = {user.email: user for user in User.objects.filter(email__in=emails)}
    memberships = {
        m.user_id: m
        for m in Membership.objects.filter(organization=organization, user__in=users.values())
    }
    department_ids = dict(
        Department.objects.filter(organization=organization).values_list("name", "pk")
    )
    people = []
    for number, (email, department) in enumerate(zip(emails, departments, strict=True), start=1):
        name = staff_name(municipality, number)
        user = users.get(email)
        if user is None:
            user = User.objects.create(email=email, full_name=name, password=_password_hash())
        elif user.full_name.startswith("Ansatt "):  # an older demo's placeholder
            User.objects.filter(pk=user.pk).update(full_name=name)
        membership = memberships.get(user.pk)
        if membership is None:
            Membership.objects.create(
                user=user,
                organization=organization,
                status=MembershipStatus.ACTIVE,
                department_id=department_ids.get(department),
            )
        elif membership.department_id is None and department:
            Membership.objects.filter(pk=membership.pk).update(
                department_id=department_ids[department]
            )
        people.append(user)
    return people


# --- Learning plans -----------------------------------------------------------------------------

BASIC, NEEDS, PROCEDURES = "grunnkurs", "behov-og-markedsdialog", "prosedyrer-og-samarbeid"
# (share of the course's steps, weight): most finish the basic course, some stop on the way.
BASIC_PROFILES = ((1.0, 45), (0.75, 15), (0.45, 15), (0.15, 15), (0.0, 10))
FOLLOW_UP_PROFILES = ((1.0, 35), (0.75, 20), (0.45, 25), (0.15, 20))
STARTED = 0.15  # the pre-test and the first lesson
SKIPPED = 0.4  # of the questions someone does not know, the share they leave blank
# Stavanger's procurement team was assigned the needs course: who finished on time, who late.
OVERDUE = ACTIVITY.overdue_assignment
ASSIGNED_COURSE = OVERDUE.course
ASSIGNED_DEPARTMENT = OVERDUE.department
ASSIGNED_DAYS_AGO = OVERDUE.assigned_days_ago
ASSIGNMENT_DUE_DAYS_AGO = OVERDUE.due_days_ago
ASSIGNED_OUTCOMES = tuple(OVERDUE.outcomes)


@dataclass(frozen=True)
class CoursePlan:
    slug: str
    share: float  # of the course's steps the person goes through
    start: datetime
    days: float  # from the first step of the course to its last
    persistent: bool  # retakes a failed quiz until passing; others may give up there


@dataclass(frozen=True)
class LearnerPlan:
    email: str
    pretest_knowledge: float  # share of a pre-test's questions answered right
    knowledge: float  # share of other quizzes' questions answered right at the first try
    courses: tuple[CoursePlan, ...]


def _work_hours_offset(rng: random.Random) -> int:
    return rng.randint(0, 7 * 60)


def _at_work(day: datetime, minutes: int) -> datetime:
    """``minutes`` after eight in the morning, local time, on ``day``'s date."""
    local = datetime.combine(timezone.localtime(day).date(), time(8))
    return timezone.make_aware(local) + timedelta(minutes=minutes)


def _work_hours(day: datetime, rng: random.Random) -> datetime:
    return _at_work(day, _work_hours_offset(rng))


def _recent_start(now: datetime, rng: random.Random) -> datetime:
    """A start in the last twelve months; the more recent the month, the busier."""
    months_ago = rng.choices(range(12), weights=[12 - m for m in range(12)])[0]
    return _work_hours(now - timedelta(days=30 * months_ago + rng.randint(1, 29)), rng)


def _profile(profiles: tuple[tuple[float, int], ...], rng: random.Random) -> float:
    shares, weights = zip(*profiles, strict=True)
    return rng.choices(shares, weights=weights)[0]


def _follow_ups(basic: CoursePlan, now: datetime, rng: random.Random) -> list[CoursePlan]:
    """Some who finish a course go on to the next, a few weeks later, while there is time.
    Every draw is made first, so whether a course fits before today (which depends on the
    hour the demo is loaded) never shifts the random numbers that follow."""
    drawn = [
        (
            slug,
            rng.random() <= chance,
            rng.randint(7, 60),
            _work_hours_offset(rng),
            _profile(FOLLOW_UP_PROFILES, rng),
            rng.uniform(5, 40),
            rng.random() < 0.7,
        )
        for slug, chance in ((NEEDS, 0.45), (PROCEDURES, 0.5))
    ]
    plans = []
    previous = basic
    for slug, takes_it, gap, minutes, share, days, persistent in drawn:
        start = _at_work(previous.start + timedelta(days=previous.days + gap), minutes)
        if previous.share < 1.0 or not takes_it or start > now - timedelta(days=3):
            break
        previous = CoursePlan(slug, share, start, days, persistent)
        plans.append(previous)
    return plans


def _assigning_municipality() -> str:
    """Where the overdue assignment was made: the municipality of the lead who made it."""
    return next(p.municipality for p in DEMO_PEOPLE if p.email == OVERDUE.lead)


def _assigned_plan(outcome: str, now: datetime, rng: random.Random) -> CoursePlan:
    """The assigned course, finished before or after its due date, partway, or not begun."""
    assigned = now - timedelta(days=ASSIGNED_DAYS_AGO)
    due = now - timedelta(days=ASSIGNMENT_DUE_DAYS_AGO)
    start = _work_hours(assigned + timedelta(days=rng.randint(2, 12)), rng)
    if outcome == "on_time":
        days = (due - start).days * rng.uniform(0.4, 0.8)
    elif outcome == "late":
        days = (due - start).days + rng.randint(5, 30)
    else:
        days = 30.0
    share = {"on_time": 1.0, "late": 1.0, "partway": 0.45}.get(outcome, 0.0)
    return CoursePlan(ASSIGNED_COURSE, share, start, days, persistent=True)


def learner_plans(
    municipality: str, now: datetime, named_starters: dict[str, int]
) -> list[LearnerPlan]:
    """The staff's plans: who takes which course how far, when, and how well they know it.
    ``named_starters`` counts, per department, the named demo people who have started the basic
    course, so that every department but the small one gets at least 5 who have."""
    rng = random.Random(f"spire-demo-activity-{municipality}")
    departments = staff_departments(municipality)
    domain = email_domain(municipality)
    shares = [_profile(BASIC_PROFILES, rng) for _department in departments]
    _ensure_starters(municipality, departments, shares, named_starters)
    plans = []
    outcomes = iter(ASSIGNED_OUTCOMES)
    for number, (department, share) in enumerate(zip(departments, shares, strict=True), start=1):
        email = f"ansatt{number}@{domain}"
        # Each person draws from their own generator, so no one's draws shift another's.
        drawn = random.Random(f"spire-demo-plan-{email}")
        pretest = drawn.uniform(0.15, 0.6)
        basic = CoursePlan(
            BASIC, share, _recent_start(now, drawn), drawn.uniform(3, 45), drawn.random() < 0.8
        )
        courses = [basic, *_follow_ups(basic, now, drawn)] if share else []
        if municipality == _assigning_municipality() and department == ASSIGNED_DEPARTMENT:
            courses = [c for c in courses if c.slug != ASSIGNED_COURSE]
            courses.append(_assigned_plan(next(outcomes), now, drawn))
        plans.append(
            LearnerPlan(
                email=email,
                pretest_knowledge=pretest,
                knowledge=min(1.0, pretest + drawn.uniform(0.35, 0.55)),
                courses=tuple(course for course in courses if course.share),
            )
        )
    return plans


def _ensure_starters(
    municipality: str, departments: list, shares: list[float], named_starters: dict[str, int]
) -> None:
    """Every department has at least 5 people who took the basic course's pre-test, except
    the small one, which has exactly SMALL_DEPARTMENT_QUIZ_TAKERS."""
    for department in dict.fromkeys(departments):
        mine = [i for i, d in enumerate(departments) if d == department]
        if (municipality, department) == SMALL_DEPARTMENT:
            for position, i in enumerate(mine):
                shares[i] = (
                    max(shares[i], STARTED) if position < SMALL_DEPARTMENT_QUIZ_TAKERS else 0.0
                )
            continue
        started = named_starters.get(department, 0) + sum(1 for i in mine if shares[i])
        for i in mine:
            if started >= 5:
                break
            if not shares[i]:
                shares[i] = STARTED
                started += 1


# --- Taking the courses through the real services -----------------------------------------------


@dataclass(frozen=True)
class AnswerKey:
    answer_type: str
    right: tuple[int, ...]  # option ids: the right ones, or the items in their right order
    wrong: tuple[int, ...]  # option ids that are not right (empty for ordering and numeric)
    number: Decimal | None
    tolerance: Decimal


@dataclass(frozen=True)
class DemoCourse:
    page: CoursePage
    steps: list  # specific pages, in order
    keys: dict[int, AnswerKey]  # by question id, for every question of the course's quizzes


def _answer_keys(quizzes: list[QuizPage]) -> dict[int, AnswerKey]:
    question_ids = QuizQuestion.objects.filter(quiz__in=quizzes).values("question_id")
    keys = {}
    for question in Question.objects.filter(pk__in=question_ids).prefetch_related("options"):
        options = sorted(question.options.all(), key=lambda o: o.sort_order)
        ordering = question.answer_type == QuestionType.ORDERING
        keys[question.pk] = AnswerKey(
            answer_type=question.answer_type,
            right=tuple(o.pk for o in options if o.is_correct or ordering),
            wrong=tuple(o.pk for o in options if not (o.is_correct or ordering)),
            number=question.numeric_answer,
            tolerance=question.numeric_tolerance or Decimal(0),
        )
    return keys


def demo_course(slug: str) -> DemoCourse:
    page = CoursePage.objects.get(slug=slug)
    steps = [step.specific for module in course_outline(page) for step in module.steps]
    quizzes = [step for step in steps if isinstance(step, QuizPage)]
    return DemoCourse(page=page, steps=steps, keys=_answer_keys(quizzes))


def _answer(key: AnswerKey, right: bool, rng: random.Random) -> dict:
    """The answer_save arguments for a right or a wrong answer."""
    if key.answer_type == QuestionType.NUMERIC:
        off = key.tolerance + max(Decimal(1), abs(key.number) / 3)
        return {"number": key.number if right else key.number + off}
    if key.answer_type == QuestionType.ORDERING:
        return {"choices": list(key.right) if right else [*key.right[1:], key.right[0]]}
    if right:
        chosen = (
            list(key.right) if key.answer_type == QuestionType.MULTIPLE else list(key.right[:1])
        )
        return {"choices": chosen}
    return {"choices": [rng.choice(key.wrong)] if key.wrong else []}


def _attempt(user, quiz: QuizPage, keys: dict[int, AnswerKey], knowledge: float, rng) -> Attempt:
    attempt = quiz_services.attempt_start(user=user, quiz=quiz)
    question_ids = attempt.question_ids
    right_count = max(
        0, min(len(question_ids), round(knowledge * len(question_ids) + rng.uniform(-0.6, 0.6)))
    )
    right = set(rng.sample(question_ids, right_count))
    for question_id in question_ids:
        if question_id not in right and rng.random() < SKIPPED:
            continue  # left blank, which scores as a wrong answer does
        quiz_services.answer_save(
            attempt=attempt,
            question_id=question_id,
            **_answer(keys[question_id], question_id in right, rng),
        )
    return quiz_services.attempt_submit(attempt=attempt, user=user)


def _quiz_taken(
    user, quiz: QuizPage, course: DemoCourse, person: LearnerPlan, plan: CoursePlan, rng
) -> list[Attempt]:
    """Attempts until a pass, the attempt limit, or the person gives up. Each new try knows
    more: they have read the explanations."""
    knowledge = person.pretest_knowledge if quiz.kind == QuizKind.PRETEST else person.knowledge
    attempts = []
    while True:
        attempt = _attempt(user, quiz, course.keys, knowledge, rng)
        attempts.append(attempt)
        if attempt.passed or len(attempts) >= (quiz.attempt_limit or 3):
            return attempts
        if not (plan.persistent or rng.random() < 0.5):
            return attempts
        knowledge = min(1.0, knowledge + 0.2)


def _step_times(plan: CoursePlan, steps: int, now: datetime) -> list[datetime]:
    """When each step of the whole course would be done, evenly over the plan's days (never
    later than an hour ago)."""
    latest = now - timedelta(hours=1)
    days = min(plan.days, (latest - plan.start).total_seconds() / 86400)
    return [
        min(latest, plan.start + timedelta(days=days * i / max(1, steps - 1), minutes=30 + 12 * i))
        for i in range(steps)
    ]


def _take_course(
    user, organization, course: DemoCourse, person: LearnerPlan, plan: CoursePlan, rng, now
) -> None:
    learning.enrolment_create(user=user, course=course.page, organization=organization)
    times = _step_times(plan, len(course.steps), now)
    done: list[tuple[int, datetime]] = []
    attempts: list[tuple[int, datetime]] = []
    planned = round(plan.share * len(course.steps))
    for step, when in zip(course.steps[:planned], times[:planned], strict=True):
        if isinstance(step, QuizPage):
            taken = _quiz_taken(user, step, course, person, plan, rng)
            # Tries of one quiz a few hours apart, the last one at the step's time.
            attempts += [
                (a.pk, when - timedelta(hours=4 * (len(taken) - 1 - n)))
                for n, a in enumerate(taken)
            ]
            if not taken[-1].passed:
                break
        else:
            learning.step_complete(user=user, step=step)
        done.append((step.pk, when))
    _backdate(
        user, course, plan.start, done, attempts, finished=len(done) == len(course.steps), rng=rng
    )


def _backdate(user, course: DemoCourse, start, done, attempts, *, finished: bool, rng) -> None:
    """The services stamp everything now; move it to when the plan says it happened."""
    enrolment = Enrolment.objects.filter(user=user, course=course.page)
    enrolment.update(started_at=start)
    for step_id, when in done:
        StepCompletion.objects.filter(user=user, step_id=step_id).update(completed_at=when)
    for attempt_id, when in attempts:
        Attempt.objects.filter(pk=attempt_id).update(
            started_at=when - timedelta(minutes=rng.randint(4, 25)), submitted_at=when
        )
    if finished and done:
        last = done[-1][1]
        enrolment.update(completed_at=last)
        CourseCompletion.objects.filter(user=user, course=course.page).update(completed_at=last)


def _named_starters(organization: Organization) -> dict[str, int]:
    """Per department, the named demo people (not the staff) who have begun the basic course."""
    started = {email for email, slug, share in DEMO_PROGRESS if slug == BASIC and share}
    counts: dict[str, int] = {}
    for name in Membership.objects.filter(
        organization=organization, user__email__in=started
    ).values_list("department__name", flat=True):
        counts[name] = counts.get(name, 0) + 1
    return counts


def _has_activity(users: Iterable) -> bool:
    return Attempt.objects.filter(user__in=users).exists()


@transaction.atomic
def assigned_course_overdue_ensure() -> Assignment:
    """Stavanger's HR lead assigned the needs course to the procurement team months ago, with a
    due date that has passed: the dashboard shows who finished on time, late, or not at all.
    The service refuses a due date in the past, so it is made as it was, then moved back."""
    lead = Membership.objects.select_related("organization", "user").get(user__email=OVERDUE.lead)
    organization = lead.organization
    department = Department.objects.get(organization=organization, name=ASSIGNED_DEPARTMENT)
    course = CoursePage.objects.get(slug=ASSIGNED_COURSE)
    existing = Assignment.objects.filter(
        organization=organization, course=course, department=department
    ).first()
    if existing:
        return existing
    already = set(Enrolment.objects.filter(course=course).values_list("user_id", flat=True))
    assignment = learning.assignment_create(
        organization=organization,
        course=course,
        department=department,
        due_date=timezone.localdate() + timedelta(days=1),
        assigned_by=lead.user,
    )
    assigned_at = _work_hours(
        timezone.now() - timedelta(days=ASSIGNED_DAYS_AGO), random.Random(ASSIGNED_DAYS_AGO)
    )
    Assignment.objects.filter(pk=assignment.pk).update(
        due_date=timezone.localdate() - timedelta(days=ASSIGNMENT_DUE_DAYS_AGO),
        created_at=assigned_at,
    )
    Enrolment.objects.filter(course=course, organization=organization).exclude(
        user_id__in=already
    ).update(started_at=assigned_at)
    return assignment


def demo_activity_ensure() -> int:
    """Bergen's and Stavanger's staff take the courses; returns how many people took part in
    this run (0 when the activity was already there)."""
    now = timezone.now()
    courses = {}
    learners = 0
    for municipality in STAFF_DEPARTMENTS:
        with transaction.atomic():
            organization = Organization.objects.get(kind="municipality", name=municipality)
            staff = {user.email: user for user in demo_staff_ensure(organization)}
            if _has_activity(staff.values()):
                continue
            for person in learner_plans(municipality, now, _named_starters(organization)):
                for plan in person.courses:
                    if plan.slug not in courses:
                        courses[plan.slug] = demo_course(plan.slug)
                    rng = random.Random(f"spire-demo-answers-{person.email}-{plan.slug}")
                    _take_course(
                        staff[person.email],
                        organization,
                        courses[plan.slug],
                        person,
                        plan,
                        rng,
                        now,
                    )
                learners += bool(person.courses)
    return learners


# --- Reading other municipalities' cases ---------------------------------------------------------

READERS = ACTIVITY.case_reading.readers
MOST_READ_POOL = ACTIVITY.case_reading.pool  # readers pick among these, so some are read by several


@transaction.atomic
def demo_case_reading_ensure() -> int:
    """Some of Bergen's and Stavanger's staff have read other municipalities' cases over the
    last half year; returns how many reads this run recorded."""
    now = timezone.now()
    recorded = 0
    for municipality, readers in READERS.items():
        people, (fewest, most) = readers.people, readers.cases_each
        organization = Organization.objects.get(kind="municipality", name=municipality)
        staff = demo_staff_ensure(organization)[:people]
        if CaseRead.objects.filter(user__in=staff).exists():
            continue
        own = CaseParticipant.objects.filter(organization=organization).values("page_id")
        cases = list(
            CasePage.objects.live()
            .public()
            .exclude(pk__in=own)
            .order_by("first_published_at", "pk")
        )
        pool = cases[:MOST_READ_POOL]
        rng = random.Random(f"spire-demo-reading-{municipality}")
        for user in staff:
            for case in rng.sample(pool, min(len(pool), rng.randint(fewest, most))):
                case_read_record(user=user, case=case)
                CaseRead.objects.filter(user=user, case=case).update(
                    first_read_at=_work_hours(now - timedelta(days=rng.randint(1, 180)), rng)
                )
                recorded += 1
    return recorded


# --- Snapshots ---------------------------------------------------------------------------------


def demo_snapshots_refresh() -> int:
    """Compute what the nightly task would: every organisation's dashboards, then the national
    picture (built from them). Returns how many dashboards were computed."""
    computed = sum(snapshots_refresh(organization) for organization in organizations_with_members())
    national_snapshot_refresh()
    return computed
