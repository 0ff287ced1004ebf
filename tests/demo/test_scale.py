"""Scale data (`manage.py generate_scale_data`): the planner skews members like Norway, XS
generates consistent learning, surveys and cases, a second run is refused, and `--remove`
deletes exactly the generated rows, after which the same seed gives the same rows again.

The courses to copy are a small test course with a quiz, not the demo courses, which take
seconds to load; on PostgreSQL the same tests run the COPY path."""

import hashlib
import statistics
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.models import Page

from assessments.models import (
    Attempt,
    SurveyAnswer,
    SurveyParticipation,
    SurveyResponse,
    SurveyRound,
)
from cases.models import CaseIndexPage, CasePage, CaseParticipant
from courses.models import CoursePage
from demo.activity import demo_staff_ensure
from demo.people import DEMO_PEOPLE, demo_people_ensure
from demo.scale.generate import catalogue_load
from demo.scale.plan import (
    EMAIL_DOMAIN,
    OSLO,
    SIZES,
    TITLE_PREFIX,
    plan,
)
from demo.scale.services import (
    generated_cases,
    generated_courses,
    generated_departments,
    generated_people,
    generated_survey_rounds,
    scale_data_counts,
    scale_data_generate,
)
from learning import services as learning
from learning.models import Assignment, CourseCompletion, Enrolment, StepCompletion
from organizations.models import Department, Membership, Organization
from tests.factories.cases import publish_case

XS = SIZES["XS"]


def _command(*args: str) -> str:
    out = StringIO()
    call_command("generate_scale_data", *args, "--force", stdout=out)
    return out.getvalue()


# --- The plan, without the database -----------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "organizations", "learners"),
    [("XS", 1, 100), ("S", 10, 5_000), ("M", 50, 50_000), ("L", 357, 200_000)],
)
def test_each_size_plans_its_organisations_and_people(size, organizations, learners):
    shares = plan(size)
    assert len(shares) == organizations
    assert len({share.official_number for share in shares}) == organizations
    assert sum(share.members for share in shares) == learners
    assert all(share.members >= SIZES[size].min_members for share in shares)
    if size != "XS":
        assert shares[0].official_number == OSLO  # the very large one, first
    assert plan(size) == shares  # a seed gives the same plan


def test_s_is_skewed_like_reality_one_very_large_many_small():
    members = [share.members for share in plan("S")]
    assert members == sorted(members, reverse=True)
    assert members[0] >= 10 * statistics.median(members)
    assert sum(m < 100 for m in members) >= 5  # most are small
    assert [s.official_number for s in plan("S", seed=7)] != [s.official_number for s in plan("S")]


# --- Generating XS ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_xs_makes_one_municipality_of_100_people_with_consistent_learning(quiz):
    output = _command("--size", "XS")

    [share] = plan("XS")
    people = generated_people()
    assert people.count() == 100
    assert not people.exclude(email__endswith=f"@{EMAIL_DOMAIN}").exists()
    memberships = Membership.objects.filter(user__in=people)
    assert memberships.count() == 100
    [organization_id] = set(memberships.values_list("organization", flat=True))
    organization = Organization.objects.get(pk=organization_id)
    assert organization.official_number == share.official_number
    assert (
        1
        <= memberships.filter(is_lead=True).count() + memberships.filter(is_admin=True).count()
        <= 5
    )
    assert set(Department.objects.filter(memberships__in=memberships)) <= set(
        generated_departments().filter(organization=organization)
    )

    copies = list(generated_courses())
    assert copies and all(c.title.startswith(TITLE_PREFIX) for c in copies)
    catalogue = catalogue_load(generated_courses())
    course_of = {step: c.course_id for c in catalogue.courses for step in c.step_ids}
    steps_in = {c.course_id: len(c.step_ids) for c in catalogue.courses}

    completions = StepCompletion.objects.filter(user__in=people)
    assert completions.count() > 100
    enrolled = Enrolment.objects.filter(user=OuterRef("user"), course=OuterRef("course"))
    assert not completions.exclude(Exists(enrolled)).exists()
    assert all(course_of[s] == c for s, c in completions.values_list("step", "course"))
    # The original course stays the demo's: nobody generated learns in it.
    assert not Enrolment.objects.filter(course=quiz.course).exists()

    finished = CourseCompletion.objects.filter(user__in=people)
    assert finished.exists()
    for user_id, course_id in finished.values_list("user", "course"):
        assert completions.filter(user=user_id, course=course_id).count() == steps_in[course_id]
        assert Enrolment.objects.get(user=user_id, course=course_id).completed_at

    attempts = Attempt.objects.filter(user__in=people)
    assert attempts.filter(passed=True).exists()
    for user_id, quiz_id in attempts.values_list("user", "quiz").distinct():
        assert Enrolment.objects.filter(user=user_id, course=course_of[quiz_id]).exists()

    rounds = SurveyRound.objects.filter(organization=organization)
    assert rounds.count() == 2 and set(rounds) == set(generated_survey_rounds())
    for survey_round in rounds:
        answered = SurveyResponse.objects.filter(round=survey_round).count()
        assert 10 <= answered <= 50  # about 30 % of 99 active members
        assert SurveyParticipation.objects.filter(round=survey_round).count() == answered
        assert survey_round.closes_on < timezone.localdate()
    user_model = get_user_model()
    for model in (SurveyResponse, SurveyAnswer):  # the person is never on the answers
        assert not [f for f in model._meta.get_fields() if f.related_model is user_model]
    assert SurveyAnswer.objects.filter(response__round__in=rounds).exists()

    assigned = Assignment.objects.filter(organization=organization)
    assert assigned.exists() and not assigned.exclude(course__in=copies).exists()
    cases = generated_cases()
    assert cases.count() == XS.cases
    buyers = CaseParticipant.objects.filter(page__in=cases)
    assert set(buyers.values_list("organization", flat=True)) == {organization.pk}
    assert not cases.exclude(Exists(buyers.filter(page=OuterRef("pk")))).exists()
    assert not any(Page.find_problems())  # the page tree is whole

    assert "Time per phase" in output and "step completions" in output and "total" in output


@pytest.mark.django_db
def test_a_second_run_is_refused_with_a_clear_message(quiz, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("generate_scale_data", "--size", "XS", stdout=StringIO())
    with pytest.raises(CommandError, match="--size"):
        _command()
    assert "no scale data" in _command("--remove")

    _command("--size", "XS")
    counts = scale_data_counts()
    with pytest.raises(CommandError, match="already loaded.*--remove"):
        _command("--size", "S")
    assert scale_data_counts() == counts


# --- Removing, and generating the same again --------------------------------------------------


def _demo_load(quiz) -> dict[str, object]:
    """Demo people (with `ansatt*` staff), a demo person's learning in the original course, an
    assignment, a survey round and a case; returns what must survive, as comparable rows."""
    call_command("load_municipalities", stdout=StringIO())
    demo_people_ensure()
    bergen = Organization.objects.get(kind="municipality", name="Bergen")
    demo_staff_ensure(bergen)
    learner = get_user_model().objects.get(email=DEMO_PEOPLE[0].email)
    learning.enrolment_create(user=learner, course=quiz.course, organization=bergen)
    learning.step_complete(user=learner, step=quiz.steps[0])
    lead = get_user_model().objects.get(email="leder@bergen.kommune.no")
    Assignment.objects.create(
        organization=bergen,
        course=quiz.course,
        due_date=timezone.localdate() + timedelta(days=9),
        assigned_by=lead,
    )
    demo_round = SurveyRound.objects.create(
        organization=bergen,
        title="Kapasitetsundersøkelse",
        opens_on=timezone.localdate(),
        closes_on=timezone.localdate() + timedelta(days=9),
        created_by=lead,
    )
    SurveyParticipation.objects.create(round=demo_round, user=learner)
    from tests.factories.cases import case_index_ensure

    publish_case(case_index_ensure(), title="Demosak", organizations=[bergen])
    return _everything_but_generated()


def _everything_but_generated() -> dict[str, object]:
    people = generated_people()
    return {
        "users": sorted(
            get_user_model()
            .objects.exclude(pk__in=people)
            .values_list("pk", "email", "full_name", "password", "is_active")
        ),
        "memberships": sorted(
            Membership.objects.exclude(user__in=people).values_list(
                "pk", "user", "organization", "department", "is_lead", "is_admin", "status"
            )
        ),
        "departments": sorted(Department.objects.values_list("pk", "name", "organization")),
        "organizations": Organization.objects.count(),
        "learning": sorted(
            [
                *Enrolment.objects.values_list("pk", "user", "course", "completed_at"),
                *StepCompletion.objects.values_list("pk", "user", "step", "completed_at"),
            ]
        ),
        "assignments": sorted(Assignment.objects.values_list("pk", "course", "assigned_by")),
        "survey": sorted(SurveyRound.objects.values_list("pk", "title", "created_by")),
        "participations": SurveyParticipation.objects.count(),
        "pages": sorted(Page.objects.values_list("pk", "path", "slug", "numchild", "live")),
    }


def _fingerprint() -> str:
    """A checksum of what was generated, by values that do not depend on database ids."""
    people = generated_people()
    rows = [
        sorted(people.values_list("email", "full_name", "password", "date_joined")),
        sorted(
            Membership.objects.filter(user__in=people).values_list(
                "user__email",
                "organization__official_number",
                "department__name",
                "is_lead",
                "is_admin",
                "status",
            )
        ),
        sorted(
            StepCompletion.objects.filter(user__in=people).values_list(
                "user__email", "course__slug", "step__slug", "completed_at"
            )
        ),
        sorted(
            Attempt.objects.filter(user__in=people).values_list(
                "user__email", "quiz__slug", "number", "percent", "passed", "submitted_at"
            )
        ),
        sorted(
            CourseCompletion.objects.filter(user__in=people).values_list(
                "user__email", "course__slug", "certificate_code"
            )
        ),
        sorted(
            SurveyAnswer.objects.filter(response__round__in=generated_survey_rounds()).values_list(
                "response__round__title", "statement__key", "value"
            )
        ),
        sorted(generated_cases().values_list("slug", "title", "summary", "first_published_at")),
        sorted(
            CaseParticipant.objects.filter(page__in=generated_cases()).values_list(
                "page__slug", "organization__official_number", "role"
            )
        ),
    ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.django_db
def test_remove_deletes_exactly_the_generated_rows_and_the_seed_repeats_them(quiz):
    demo = _demo_load(quiz)
    now = timezone.now().replace(microsecond=0)

    scale_data_generate(size=XS, seed=11, now=now)
    first = _fingerprint()
    assert generated_people().count() == 100 and generated_cases().exists()

    output = _command("--remove")
    assert "Scale data removed" in output
    assert not any(scale_data_counts().values())
    assert _everything_but_generated() == demo
    assert not any(Page.find_problems())
    assert CaseIndexPage.objects.get().numchild == CasePage.objects.count() == 1
    assert not CoursePage.objects.filter(slug__startswith="skala-").exists()

    scale_data_generate(size=XS, seed=11, now=now)
    assert _fingerprint() == first
    assert _everything_but_generated()["users"] == demo["users"]
