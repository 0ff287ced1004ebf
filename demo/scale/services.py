"""Generating and removing scale data: real municipalities filled with generated people, their
learning, quiz attempts, survey rounds and assignments, course copies and cases, in the sizes
of plan.py. Behind `manage.py generate_scale_data`.

Everything generated is marked (plan.py: the people's email domain, the prefix of course-copy
and case slugs, the suffix of department names, the prefix of survey-round titles), which is
how `scale_data_remove` finds exactly it and nothing else. Demo people, courses and cases are
never created, changed or deleted here, apart from loading the demo courses (as setup_demo
would) when there are no courses to copy at all."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from random import Random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from assessments.models import (
    Answer,
    Attempt,
    SurveyAnswer,
    SurveyParticipation,
    SurveyResponse,
    SurveyRound,
    SurveyStatement,
)
from assessments.setup import survey_instrument_ensure
from cases.models import CaseIndexPage, CasePage
from cases.services import vocabularies_ensure
from courses.models import CourseIndexPage, CoursePage
from demo.cases import case_index_ensure
from demo.courses import demo_courses_ensure
from demo.people import DEMO_PASSWORD
from demo.quizzes import demo_quizzes_ensure
from demo.scale import cases as case_data
from demo.scale.generate import (
    COPY_MARK,
    Catalogue,
    ScaleOrganization,
    analyze,
    assignments_create,
    catalogue_load,
    courses_extend,
    learning_generate,
    members_create,
    survey_round_answered,
)
from demo.scale.plan import (
    CASE_SLUG_PREFIX,
    DEPARTMENT_SUFFIX,
    EMAIL_DOMAIN,
    SLUG_PREFIX,
    TITLE_PREFIX,
    OrganizationPlan,
    Size,
    plan,
)
from home.models import HomePage
from home.setup import site_pages_ensure
from learning.models import Assignment, CourseCompletion, Enrolment, StepCompletion
from organizations.models import Department, Membership, Organization, OrganizationKind
from organizations.reference_data import municipalities_load, municipality_rows_read

LEADS_PER = 75
ADMINS_PER = 150
"""One lead per 75 and one admin per 150 members: about 2 % of the people."""
UNUSABLE_PASSWORD = "!scale-data"  # noqa: S105 - Django's prefix for "cannot sign in"
LEAD_PASSWORD_SALT = "spirescaledata"  # noqa: S105 - a salt, not a secret
"""Leads and admins sign in with the demo password; a fixed salt keeps their rows repeatable."""
WRITTEN = (
    get_user_model(),
    Membership,
    Department,
    Enrolment,
    StepCompletion,
    CourseCompletion,
    Attempt,
    SurveyParticipation,
    SurveyResponse,
    SurveyAnswer,
    Page,
    CasePage,
)
"""The tables that grow most, whose planner statistics are refreshed at the end."""
SURVEY_ROUNDS_CLOSED_DAYS_AGO = (7, 7 + 330)
"""The latest round closed a week ago; larger organisations also had one eleven months before
(a different month, so the two titles differ)."""


class ScaleDataExists(Exception):
    """Generated data is already in the database: generating again would double it."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts
        found = ", ".join(f"{count:,} {kind}" for kind, count in counts.items() if count)
        super().__init__(f"Scale data is already loaded ({found}).")


# --- Finding generated rows -------------------------------------------------------------------


def generated_people() -> models.QuerySet:
    return get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")


def generated_courses() -> models.QuerySet[CoursePage]:
    return CoursePage.objects.filter(slug__startswith=SLUG_PREFIX, slug__contains=COPY_MARK)


def generated_cases() -> models.QuerySet[CasePage]:
    return CasePage.objects.filter(slug__startswith=CASE_SLUG_PREFIX)


def generated_departments() -> models.QuerySet[Department]:
    return Department.objects.filter(name__endswith=DEPARTMENT_SUFFIX)


def generated_survey_rounds() -> models.QuerySet[SurveyRound]:
    return SurveyRound.objects.filter(
        Q(title__startswith=TITLE_PREFIX) | Q(created_by__in=generated_people().values("pk"))
    )


def scale_data_counts() -> dict[str, int]:
    """How much generated data the database holds, by kind (all zero when there is none)."""
    return {
        "people": generated_people().count(),
        "course copies": generated_courses().count(),
        "cases": generated_cases().count(),
        "departments": generated_departments().count(),
        "survey rounds": generated_survey_rounds().count(),
    }


# --- Timing -----------------------------------------------------------------------------------


@dataclass
class Phases:
    """Seconds spent per phase, summed over organisations, in the order phases first ran."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(phase, time.perf_counter() - started)

    def add(self, phase: str, seconds: float) -> None:
        self.seconds[phase] = self.seconds.get(phase, 0.0) + seconds

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


@dataclass
class ScaleResult:
    """What `scale_data_generate` made: the plan it followed, rows by kind, time by phase."""

    size: Size
    seed: int
    organizations: list[OrganizationPlan]
    rows: dict[str, int]
    phases: Phases
    lead_email: str


# --- Generating -------------------------------------------------------------------------------


def reference_data_ensure() -> HomePage:
    """What generation builds on, loaded only where missing: the municipalities, the site's
    pages, the survey instrument, the case lists and index, and (when there is no course at
    all) the demo courses and quizzes to copy."""
    rows = municipality_rows_read()
    if Organization.objects.filter(kind=OrganizationKind.MUNICIPALITY).count() < len(rows):
        municipalities_load(rows=rows)
    home = HomePage.objects.first() or site_pages_ensure()
    if not SurveyStatement.objects.filter(is_active=True).exists():
        survey_instrument_ensure()
    vocabularies_ensure()
    if not CaseIndexPage.objects.exists():
        case_index_ensure(home)
    originals = CoursePage.objects.live().exclude(slug__contains=COPY_MARK)
    if not CourseIndexPage.objects.exists() or not originals.exists():
        demo_quizzes_ensure(demo_courses_ensure(home))
    return home


def catalogue_ensure(size: Size) -> Catalogue:
    """Copies of every original course (marked), which only generated people take. The copies'
    links to cases stay out of Wagtail's reference index, so a demo case does not list
    generated lessons among those that cite it (and copying is quicker)."""
    with transaction.atomic(), disable_reference_index_auto_update():
        courses_extend(size.course_copies, slug_prefix=SLUG_PREFIX, title_prefix=TITLE_PREFIX)
    catalogue = catalogue_load(generated_courses())
    if not catalogue.courses:
        raise RuntimeError("No course with steps to copy.")
    return catalogue


def person_email(official_number: str, n: int) -> str:
    return f"k{official_number}.{n:06d}@{EMAIL_DOMAIN}"


def survey_title(closes_on: date) -> str:
    return f"{TITLE_PREFIX}Kapasitetsundersøkelse {closes_on:%m.%Y}"


@dataclass(frozen=True)
class Shared:
    """What every organisation's generation shares."""

    size: Size
    seed: int
    catalogue: Catalogue
    now: datetime
    lead_password: str


def organization_fill(
    organization: Organization, share: OrganizationPlan, shared: Shared, phases: Phases
) -> ScaleOrganization:
    """One municipality's generated people, learning, assignments and survey rounds, in one
    transaction. Its own random generator (seeded by size and municipality number) keeps its
    rows the same whatever else is generated."""
    size, catalogue, now = shared.size, shared.catalogue, shared.now
    rng = Random(f"{shared.seed}-{size.name}-{share.official_number}")
    today = timezone.localdate(now)
    with transaction.atomic():
        # The database checks the foreign keys of every row at commit: timed below.
        with phases.timed("people and memberships"):
            scale = members_create(
                organization,
                members=share.members,
                departments=share.departments,
                rng=rng,
                email_for=lambda n: person_email(share.official_number, n),
                department_suffix=DEPARTMENT_SUFFIX,
                leads_per=LEADS_PER,
                admins_per=ADMINS_PER,
                password=UNUSABLE_PASSWORD,
                lead_password=shared.lead_password,
                now=now,
            )
        learning_generate(
            scale,
            catalogue,
            rng,
            steps_per_member=size.steps_per_member,
            now=now,
            timed=phases.timed,
        )
        with phases.timed("assignments"):
            scale.counts["assignments"] = len(assignments_create(scale, catalogue, today=today))
        with phases.timed("survey rounds"):
            rounds = []
            for days_ago in SURVEY_ROUNDS_CLOSED_DAYS_AGO:
                if rounds and share.members < size.second_survey_from:
                    break
                rounds.append(
                    survey_round_answered(
                        scale,
                        catalogue,
                        rng,
                        closed_days_ago=days_ago,
                        title=survey_title(today - timedelta(days=days_ago)),
                        today=today,
                    )
                )
            scale.counts["survey rounds"] = len(rounds)
            scale.counts["survey responses"] = SurveyResponse.objects.filter(
                round__in=rounds
            ).count()
        written = time.perf_counter()
    phases.add("commit", time.perf_counter() - written)
    return scale


def cases_add(
    size: Size, seed: int, shares: list[OrganizationPlan], organizations: dict, now: datetime
) -> int:
    """The size's cases, bought by the generated municipalities: larger ones more often, by
    the square root of their members, so the small ones still share some."""
    buyers = [organizations[share.official_number] for share in shares]
    vocab = case_data.vocabularies_load(buyers, [share.members**0.5 for share in shares])
    return case_data.cases_generate(
        size.cases,
        Random(f"{seed}-{size.name}-cases"),
        naming=case_data.CaseNaming(slug_prefix=CASE_SLUG_PREFIX, title_prefix=TITLE_PREFIX),
        vocab=vocab,
        now=now,
    )


def scale_data_generate(
    *,
    size: Size,
    seed: int,
    progress: Callable[[str], None] = lambda _message: None,
    now: datetime | None = None,
) -> ScaleResult:
    """Generate scale data of `size` from `seed`. Raises ScaleDataExists when generated data is
    already there. Timestamps count back from the start of today (or `now`), so the same seed
    gives the same rows all day. `progress` hears about each large organisation."""
    counts = scale_data_counts()
    if any(counts.values()):
        raise ScaleDataExists(counts)
    now = now or timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    phases = Phases()
    with phases.timed("reference data"):
        reference_data_ensure()
        shares = plan(size, seed)
        organizations = {
            org.official_number: org
            for org in Organization.objects.filter(
                kind=OrganizationKind.MUNICIPALITY,
                official_number__in=[share.official_number for share in shares],
            )
        }
    with phases.timed("course copies"):
        catalogue = catalogue_ensure(size)
    progress(
        f"{len(catalogue.courses)} course copies with {catalogue.step_count} steps; "
        f"{len(shares)} organisations, {sum(s.members for s in shares):,} people"
    )
    shared = Shared(
        size=size,
        seed=seed,
        catalogue=catalogue,
        now=now,
        lead_password=make_password(DEMO_PASSWORD, salt=LEAD_PASSWORD_SALT),
    )
    rows: dict[str, int] = defaultdict(int)
    for number, share in enumerate(shares, start=1):
        started = time.perf_counter()
        scale = organization_fill(organizations[share.official_number], share, shared, phases)
        for kind, count in scale.counts.items():
            rows[kind] += count
        if share.members >= 1_000:
            progress(
                f"  [{number}/{len(shares)}] {share.name}: {share.members:,} people, "
                f"{scale.counts['step completions']:,} step completions in "
                f"{time.perf_counter() - started:.1f} s"
            )
    with phases.timed("cases"):
        rows["cases"] = cases_add(size, seed, shares, organizations, now)
    with phases.timed("planner statistics (ANALYZE)"):
        analyze(WRITTEN)
    return ScaleResult(
        size=size,
        seed=seed,
        organizations=shares,
        rows=dict(rows),
        phases=phases,
        lead_email=person_email(shares[0].official_number, 0),
    )


# --- Removing ---------------------------------------------------------------------------------


def _rows_delete(queryset: models.QuerySet) -> int:
    """One DELETE for every row of `queryset`, without loading them: Django's delete() would
    collect millions of rows into memory first. Only for rows nothing else points at (or whose
    dependants were deleted first); the database's foreign keys check that at commit."""
    return queryset._raw_delete(queryset.db)


def _delete_counted(queryset: models.QuerySet) -> int:
    """Django's delete (with cascades and signals), counting only the queryset's own rows."""
    return queryset.delete()[1].get(queryset.model._meta.label, 0)


def _people_relations_clear(people: models.QuerySet) -> None:
    """Whatever else points at the generated people (allauth addresses, authenticators, case
    reads, Wagtail's records, group memberships …): deleted where the link cascades, unlinked
    where it is set to null, as deleting the people one by one would."""
    user_model = get_user_model()
    for relation in user_model._meta.related_objects:
        if relation.many_to_many:
            continue
        related = relation.related_model._base_manager.filter(
            **{f"{relation.field.name}__in": people}
        )
        if relation.on_delete is models.CASCADE:
            related.delete()
        elif relation.on_delete is models.SET_NULL:
            related.update(**{relation.field.name: None})
    for many in user_model._meta.many_to_many:
        through = many.remote_field.through
        _rows_delete(through._base_manager.filter(**{f"{many.m2m_field_name()}__in": people}))


def _course_pages() -> Q:
    """A filter for the course copies and every page under them."""
    under = Q(pk__in=[])
    for path in generated_courses().values_list("path", flat=True):
        under |= Q(path__startswith=path)
    return under


def _pages_delete(top_ids: list[int]) -> int:
    """Delete these pages and everything under them as Wagtail would, but in bulk: unpublished
    in one UPDATE and their reference-index rows removed in one DELETE, where Wagtail's signals
    would unpublish and unindex page by page and row by row (minutes for thousands of cases).
    Returns how many of `top_ids` were deleted."""
    with_children = Page.objects.filter(pk__in=top_ids, numchild__gt=0)
    under = Q(pk__in=top_ids)
    for path in with_children.values_list("path", flat=True):
        under |= Q(path__startswith=path)
    ids = list(Page.objects.filter(under).values_list("pk", flat=True))
    Page.objects.filter(pk__in=ids).update(live=False)
    page_type = ContentType.objects.get_for_model(Page)
    object_ids = [str(pk) for pk in ids]
    ReferenceIndex.objects.filter(
        Q(base_content_type=page_type, object_id__in=object_ids)
        | Q(to_content_type=page_type, to_object_id__in=object_ids)
    ).delete()
    with disable_reference_index_auto_update():
        # Treebeard's delete takes the descendants along and mends the parents' child counts.
        Page.objects.filter(pk__in=top_ids).delete()
    return len(top_ids)


@transaction.atomic
def scale_data_remove() -> dict[str, int]:
    """Delete every generated row and nothing else; returns how many of each kind. Learning
    that anyone recorded in a generated course goes with the course."""
    people = generated_people().values("pk")
    copy_pages = Page.objects.filter(_course_pages()).values("pk")
    rounds = generated_survey_rounds()
    removed = {
        "survey answers": _rows_delete(SurveyAnswer.objects.filter(response__round__in=rounds)),
        "survey responses": _rows_delete(SurveyResponse.objects.filter(round__in=rounds)),
        "survey participations": _rows_delete(
            SurveyParticipation.objects.filter(Q(round__in=rounds) | Q(user__in=people))
        ),
    }
    removed["survey rounds"] = _delete_counted(rounds)
    removed["assignments"] = _delete_counted(
        Assignment.objects.filter(
            Q(assigned_by__in=people)
            | Q(course__in=copy_pages)
            | Q(department__in=generated_departments())
        )
    )
    learning = Q(user__in=people) | Q(course__in=copy_pages)
    removed["step completions"] = _rows_delete(StepCompletion.objects.filter(learning))
    attempts = Attempt.objects.filter(Q(user__in=people) | Q(quiz__in=copy_pages))
    _rows_delete(Answer.objects.filter(attempt__in=attempts.values("pk")))
    removed["quiz attempts"] = _rows_delete(attempts)
    removed["course completions"] = _rows_delete(CourseCompletion.objects.filter(learning))
    removed["enrolments"] = _rows_delete(Enrolment.objects.filter(learning))
    removed["memberships"] = _rows_delete(Membership.objects.filter(user__in=people))
    _people_relations_clear(people)
    removed["people"] = _rows_delete(generated_people())
    removed["departments"] = _delete_counted(generated_departments())
    removed["course copies"] = _pages_delete(list(generated_courses().values_list("pk", flat=True)))
    removed["cases"] = _pages_delete(list(generated_cases().values_list("pk", flat=True)))
    return removed
