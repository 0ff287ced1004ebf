"""Issue 13, parts 2 and 3: no survey figure lets anyone work out one person's answers.

- Results only after the round closes and only for 5 or more; once shown they never change
  (the 6 x m6 - 5 x m5 attack, and editors or admins changing things after the close).
- No two overlapping rounds for the same people; department figures only when no group of 1 to
  4 could be isolated by subtraction.
- Alpha only from 30 respondents, with words where it is left out or low.
- The thanks page is the response to the submission and keeps nothing in the session.
- The stored order of responses and answers says nothing about who answered when.
"""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import SurveyDimension, SurveyResponse, SurveyRound, SurveyStatement
from assessments.setup import survey_instrument_ensure
from dashboards.selectors.capacity import capacity
from tests.factories import DepartmentFactory, MembershipFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


def _round(tenant, **kwargs) -> SurveyRound:
    survey_instrument_ensure()
    return services.survey_round_create(
        organization=tenant.organization,
        title=kwargs.pop("title", "Runden"),
        opens_on=kwargs.pop("opens_on", TODAY()),
        closes_on=kwargs.pop("closes_on", TODAY() + timedelta(days=7)),
        created_by=tenant.lead.user,
        **kwargs,
    )


def _all(value: int) -> dict:
    return dict.fromkeys(SurveyStatement.objects.values_list("pk", flat=True), value)


def _answer(survey_round, people, answers) -> None:
    for membership in people:
        services.survey_response_submit(
            survey_round=survey_round, user=membership.user, answers=answers
        )


def _close(survey_round) -> None:
    SurveyRound.objects.filter(pk=survey_round.pk).update(closes_on=TODAY() - timedelta(days=1))


def _results_page(client, survey_round):
    return client.get(reverse("assessments:survey_results", args=[survey_round.pk]))


def _figures(page) -> list:
    results = page.context["results"]
    if results is None:
        return []
    return [(row.key, row.result and row.result.mean) for row in results.dimensions]


# --- 2. Results only after close, for 5 or more, fixed once shown -------------------------


def test_no_figures_while_open_so_six_m6_minus_five_m5_gives_nothing(tenant, mfa_login):
    survey_round = _round(tenant)
    people = [MembershipFactory(organization=tenant.organization) for _ in range(6)]
    lead = mfa_login(tenant.lead)
    _answer(survey_round, people[:5], _all(4))
    before = _results_page(lead, survey_round)
    _answer(survey_round, people[5:], _all(7))
    after = _results_page(lead, survey_round)
    for page in (before, after):
        html = page.content.decode()
        assert page.status_code == 200
        assert page.context["results"] is None
        assert "4,00" not in html and "4,50" not in html and "4.50" not in html
        assert page.context["available_on"] == survey_round.closes_on + timedelta(days=1)
    # Participation is a count of people, not a score: it may be shown.
    assert after.context["participation"].answered == 6


def test_after_close_the_figures_are_fixed_whatever_changes(tenant, mfa_login):
    department = tenant.admin.department
    survey_round = _round(tenant, by_department=True)
    people = [
        MembershipFactory(organization=tenant.organization, department=department) for _ in range(5)
    ]
    _answer(survey_round, people, _all(5))
    _answer(survey_round, [tenant.admin], _all(2))
    _close(survey_round)
    lead = mfa_login(tenant.lead)
    shown = _results_page(lead, survey_round)
    figures = _figures(shown)
    assert figures and all(mean is not None for _key, mean in figures)
    dashboard = capacity(tenant.organization)
    assert [(row.key, row.result.mean) for row in dashboard.dimensions] == figures

    # An editor moves a statement to another dimension and retires another; an admin deletes
    # the department; people join; a late answer is refused.
    statement = SurveyStatement.objects.filter(dimension__key="acquisition").first()
    statement.dimension = SurveyDimension.objects.get(key="exploitation")
    statement.save()
    SurveyStatement.objects.filter(dimension__key="assimilation").update(is_active=False)
    department.delete()
    MembershipFactory(organization=tenant.organization)
    with pytest.raises(ValidationError):
        _answer(survey_round, [tenant.learner], _all(1))

    again = _results_page(lead, survey_round)
    assert _figures(again) == figures
    assert again.context["results"] == shown.context["results"]
    assert [(row.key, row.result.mean) for row in capacity(tenant.organization).dimensions] == (
        figures
    )


def test_a_closed_round_with_four_answers_never_shows_figures(tenant, mfa_login):
    survey_round = _round(tenant)
    _answer(survey_round, [tenant.admin, tenant.lead, tenant.learner], _all(3))
    _answer(survey_round, [MembershipFactory(organization=tenant.organization)], _all(3))
    _close(survey_round)
    page = _results_page(mfa_login(tenant.lead), survey_round)
    assert page.context["results"].too_few
    assert len(page.context["results"].dimensions) == 4
    assert all(row.result is None for row in page.context["results"].dimensions)
    assert "3,00" not in page.content.decode()


# --- 2. Overlapping rounds, and departments that subtract -------------------------------


def test_an_overlapping_round_for_the_same_people_is_refused(tenant):
    first = _round(tenant, title="Hele kommunen")
    department = tenant.admin.department
    with pytest.raises(ValidationError) as refused:
        _round(tenant, title="Bare innkjøp", departments=[department])
    assert refused.value.code == "overlapping_round"
    with pytest.raises(ValidationError) as refused:
        _round(
            tenant,
            opens_on=first.closes_on,
            closes_on=first.closes_on + timedelta(days=3),
        )
    assert refused.value.code == "overlapping_round"
    # After the first has closed, the same people may be asked again.
    later = _round(
        tenant,
        opens_on=first.closes_on + timedelta(days=1),
        closes_on=first.closes_on + timedelta(days=8),
    )
    assert later.pk


def test_rounds_for_different_departments_may_run_together_but_not_shared_ones(tenant, mfa_login):
    purchasing = tenant.admin.department
    other = DepartmentFactory(organization=tenant.organization, name="Helse")
    _round(tenant, departments=[purchasing])
    assert _round(tenant, departments=[other], title="Helse").pk
    third = DepartmentFactory(organization=tenant.organization, name="Skole")
    with pytest.raises(ValidationError) as refused:
        _round(tenant, departments=[third, purchasing], title="Skole og innkjøp")
    assert refused.value.code == "overlapping_round"
    # The lead's form says why instead of opening it.
    page = mfa_login(tenant.lead).post(
        reverse("assessments:survey_rounds"),
        {
            "title": "Igjen",
            "opens_on": TODAY().isoformat(),
            "closes_on": (TODAY() + timedelta(days=3)).isoformat(),
        },
    )
    assert page.status_code == 200
    assert page.context["form"].errors
    assert SurveyRound.objects.filter(title="Igjen").count() == 0


def _by_department_round(tenant, in_purchasing: int, in_health: int, without: int):
    purchasing = tenant.admin.department
    health = DepartmentFactory(organization=tenant.organization, name="Helse")
    survey_round = _round(tenant, by_department=True)
    people = [
        MembershipFactory(organization=tenant.organization, department=purchasing)
        for _ in range(in_purchasing)
    ]
    people += [
        MembershipFactory(organization=tenant.organization, department=health)
        for _ in range(in_health)
    ]
    people += [MembershipFactory(organization=tenant.organization) for _ in range(without)]
    _answer(survey_round, people, _all(5))
    _close(survey_round)
    return survey_round


@pytest.mark.parametrize(
    ("purchasing", "health", "without", "shown"),
    [
        (5, 5, 0, True),
        (6, 0, 5, True),
        (5, 1, 0, False),  # the total minus purchasing is the one person in health
        (5, 5, 2, False),  # the total minus both departments is the two without one
    ],
)
def test_department_figures_only_when_no_group_of_one_to_four_can_be_subtracted(
    tenant, mfa_login, purchasing, health, without, shown
):
    survey_round = _by_department_round(tenant, purchasing, health, without)
    results = _results_page(mfa_login(tenant.lead), survey_round).context["results"]
    assert not results.too_few
    assert bool(results.departments) is shown
    assert results.departments_withheld is not shown
    for department in results.departments:
        assert department.answered >= 5


# --- 2. Alpha only from 30 respondents, explained ---------------------------------------


def test_alpha_is_hidden_below_thirty_with_the_reason_in_words(tenant, mfa_login):
    survey_round = _round(tenant)
    people = [MembershipFactory(organization=tenant.organization) for _ in range(6)]
    for number, membership in enumerate(people):
        _answer(survey_round, [membership], _all(2 + number % 5))
    _close(survey_round)
    page = _results_page(mfa_login(tenant.lead), survey_round)
    results = page.context["results"]
    assert len(results.dimensions) == 4
    assert all(row.result.alpha is None for row in results.dimensions)
    html = page.content.decode()
    assert html.count('data-alpha="withheld"') == 4 and 'data-alpha="shown"' not in html
    assert 'id="alpha-withheld"' in html


def test_a_low_alpha_from_thirty_respondents_is_shown_with_an_explanation(tenant, mfa_login):
    survey_round = _round(tenant)
    statements = list(SurveyStatement.objects.filter(is_core=True).order_by("sort_order"))
    people = [MembershipFactory(organization=tenant.organization) for _ in range(30)]
    for number, membership in enumerate(people):
        # Each person's items pull in opposite directions: alpha comes out negative.
        answers = {s.pk: (1 + (number + i) % 7 if i % 2 else 7 - (number % 7)) for i, s in
                   enumerate(statements)}  # fmt: skip
        _answer(survey_round, [membership], answers)
    _close(survey_round)
    page = _results_page(mfa_login(tenant.lead), survey_round)
    alphas = [row.result.alpha for row in page.context["results"].dimensions if row.result]
    assert alphas and all(alpha is not None for alpha in alphas)
    assert min(alphas) < 0.70
    assert 'id="alpha-low"' in page.content.decode()


# --- 3. Thanks: once, in the response, nothing in the session ---------------------------


def test_the_thanks_page_is_the_submission_response_and_the_session_keeps_nothing(tenant, login):
    survey_round = _round(tenant)
    client = login(tenant.learner)
    statements = list(SurveyStatement.objects.order_by("sort_order"))
    data = {f"s-{s.pk}": "6" for s in statements[:5]}
    url = reverse("assessments:survey_answer", args=[survey_round.pk])
    session_before = dict(client.session.items())
    response = client.post(url, data)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert [row[0] for row in response.context["rows"]] == statements[:5]
    assert dict(client.session.items()) == session_before
    assert not any("survey" in key for key in dict(client.session.items()))
    # Sending it again shows no answers: the round is answered.
    again = client.post(url, data)
    assert again.status_code == 400
    assert "rows" not in again.context
    assert client.get(f"{url}takk/").status_code == 404


# --- 3. The stored order carries nothing -------------------------------------------------

PEOPLE = 40


def _signature(number: int, statements: list[int]) -> dict[int, int]:
    """Answers that tell the test (only) who gave them: the number in base 7 on three items."""
    digits = [number // 49 % 7, number // 7 % 7, number % 7]
    return {pk: (digits[i] + 1 if i < 3 else 4) for i, pk in enumerate(statements)}


def _who(response_ids: list, statements: list[int]) -> list[int]:
    answers: dict = {}
    for response_id, statement_id, value in _fetch(
        "SELECT response_id, statement_id, value FROM assessments_surveyanswer"
    ):
        answers.setdefault(str(response_id).replace("-", ""), {})[statement_id] = value
    people = []
    for response_id in response_ids:
        row = answers[str(response_id).replace("-", "")]
        people.append(sum((row[statements[i]] - 1) * 7 ** (2 - i) for i in range(3)))
    return people


def _fetch(sql: str) -> list:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def _unique(values: list) -> list:
    seen, ordered = set(), []
    for value in values:
        if value not in seen:
            seen.add(value)
            ordered.append(value)
    return ordered


def _rank_correlation(order: list[int]) -> float:
    """Spearman's rho between the stored position and the order of answering."""
    n = len(order)
    d2 = sum((position - person) ** 2 for position, person in enumerate(order))
    return 1 - 6 * d2 / (n * (n * n - 1))


PHYSICAL_ORDER = {
    "sqlite": {
        "responses": "SELECT id FROM assessments_surveyresponse ORDER BY rowid",
        "answers": "SELECT response_id FROM assessments_surveyanswer ORDER BY rowid",
    },
    "postgresql": {
        "responses": "SELECT id FROM assessments_surveyresponse ORDER BY ctid",
        "answers": "SELECT response_id FROM assessments_surveyanswer ORDER BY ctid",
    },
}


def _stored_orders() -> dict[str, list]:
    physical = PHYSICAL_ORDER[connection.vendor]
    return {
        "plain select": [r[0] for r in _fetch("SELECT id FROM assessments_surveyresponse")],
        "physical": [r[0] for r in _fetch(physical["responses"])],
        "primary key": [
            r[0] for r in _fetch("SELECT id FROM assessments_surveyresponse ORDER BY id")
        ],
        "answers, plain select": _unique(
            [r[0] for r in _fetch("SELECT response_id FROM assessments_surveyanswer")]
        ),
        "answers, physical": _unique([r[0] for r in _fetch(physical["answers"])]),
    }


def test_no_stored_order_follows_the_order_people_answered(tenant, mfa_login):
    survey_round = _round(tenant)
    statements = list(
        SurveyStatement.objects.filter(is_active=True)
        .order_by("sort_order")
        .values_list("pk", flat=True)
    )
    people = [MembershipFactory(organization=tenant.organization) for _ in range(PEOPLE)]
    for number, membership in enumerate(people):
        _answer(survey_round, [membership], _signature(number, statements))
        # While the round is open, answers are written only in groups of at least five.
        assert SurveyResponse.objects.count() % 5 == 0
        assert SurveyResponse.objects.count() >= number + 1 - 4
    _close(survey_round)
    assert not _results_page(mfa_login(tenant.lead), survey_round).context["results"].too_few
    assert SurveyResponse.objects.count() == PEOPLE
    for name, ids in _stored_orders().items():
        order = _who(ids, statements)
        assert sorted(order) == list(range(PEOPLE)), name
        assert order != list(range(PEOPLE)), name
        # A shuffled order of 40 has |rho| above 0.7 with probability about 1e-5; written in
        # answering order (or in groups of five in that order) it is 1 or nearly.
        assert abs(_rank_correlation(order)) < 0.7, (name, order)
