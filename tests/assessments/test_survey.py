"""The capacity survey: anonymous by design, once per person and round, results only for 5+."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import (
    PendingSurveyResponse,
    SurveyAnswer,
    SurveyParticipation,
    SurveyResponse,
    SurveyRound,
    SurveyStatement,
)
from assessments.scale import SCALE_MAX, SCALE_MIN
from assessments.selectors import round_results
from assessments.setup import survey_instrument_ensure
from assessments.tasks import seal_closed_survey_rounds
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey_round(tenant, django_capture_on_commit_callbacks):
    survey_instrument_ensure()
    with django_capture_on_commit_callbacks(execute=True):
        return services.survey_round_create(
            organization=tenant.organization,
            title="Runde 1",
            opens_on=timezone.localdate(),
            closes_on=timezone.localdate() + timedelta(days=7),
            created_by=tenant.lead.user,
        )


def _all(value: int) -> dict:
    return dict.fromkeys(SurveyStatement.objects.values_list("pk", flat=True), value)


def test_no_path_leads_from_answers_to_a_person():
    """Neither a response nor an answer has any relation to users or participations, and
    neither carries a timestamp or a sequential key that could match them up."""
    user_model = get_user_model()
    for model in (SurveyResponse, SurveyAnswer, PendingSurveyResponse):
        for field in model._meta.get_fields():
            related = getattr(field, "related_model", None)
            assert related not in (user_model, SurveyParticipation), (model, field.name)
            assert field.get_internal_type() not in ("DateTimeField", "DateField"), field.name
        assert model._meta.pk.get_internal_type() == "UUIDField"
    reachable = {f.related_model for f in SurveyResponse._meta.get_fields() if f.related_model}
    assert user_model not in reachable and SurveyParticipation not in reachable


def test_members_are_invited_by_email(survey_round, tenant):
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [tenant.admin.user.email, tenant.lead.user.email, tenant.learner.user.email]
    )


def test_answering_records_participation_and_anonymous_answers(survey_round, tenant):
    services.survey_response_submit(
        survey_round=survey_round, user=tenant.learner.user, answers=_all(5)
    )
    assert SurveyParticipation.objects.filter(user=tenant.learner.user).count() == 1
    # Fewer than five waiting: nothing is written as a response yet, and the waiting answers
    # carry neither the person nor a time.
    assert not SurveyResponse.objects.exists()
    pending = PendingSurveyResponse.objects.get()
    assert len(pending.answers) == 17 and pending.department is None
    fields = {f.name for f in PendingSurveyResponse._meta.get_fields()}
    assert fields == {"id", "round", "department", "answers"}
    people = [MembershipFactory(organization=tenant.organization) for _ in range(4)]
    for membership in people:
        services.survey_response_submit(
            survey_round=survey_round, user=membership.user, answers=_all(5)
        )
    assert not PendingSurveyResponse.objects.exists()
    assert SurveyResponse.objects.count() == 5
    assert SurveyAnswer.objects.count() == 5 * 17


@pytest.mark.parametrize("value", [SCALE_MIN - 1, SCALE_MAX + 1, -1])
def test_values_outside_the_scale_store_nothing(survey_round, tenant, value):
    with pytest.raises(ValidationError) as refusal:
        services.survey_response_submit(
            survey_round=survey_round, user=tenant.learner.user, answers=_all(value)
        )
    assert refusal.value.code == "off_scale"
    assert not PendingSurveyResponse.objects.exists()
    assert not SurveyParticipation.objects.exists()


def test_a_second_response_is_refused(survey_round, tenant):
    services.survey_response_submit(
        survey_round=survey_round, user=tenant.learner.user, answers=_all(4)
    )
    with pytest.raises(ValidationError) as refused:
        services.survey_response_submit(
            survey_round=survey_round, user=tenant.learner.user, answers=_all(6)
        )
    assert refused.value.code == "already_answered"
    assert PendingSurveyResponse.objects.count() == 1


def test_a_closed_round_refuses_answers(survey_round, tenant):
    SurveyRound.objects.filter(pk=survey_round.pk).update(
        closes_on=timezone.localdate() - timedelta(days=1)
    )
    survey_round.refresh_from_db()
    with pytest.raises(ValidationError):
        services.survey_response_submit(
            survey_round=survey_round, user=tenant.learner.user, answers=_all(4)
        )
    assert not SurveyResponse.objects.exists()


def test_another_organisations_round_is_refused_and_answers_404(
    survey_round, other_tenant, login, mfa_login
):
    with pytest.raises(ValidationError):
        services.survey_response_submit(
            survey_round=survey_round, user=other_tenant.learner.user, answers=_all(4)
        )
    client = login(other_tenant.learner)
    assert (
        client.get(reverse("assessments:survey_answer", args=[survey_round.pk])).status_code == 404
    )
    lead = mfa_login(other_tenant.lead)
    url = reverse("assessments:survey_results", args=[survey_round.pk])
    assert lead.get(url).status_code == 404


def test_results_need_five_respondents_and_a_closed_round(survey_round, tenant, mfa_login):
    people = [tenant.admin, tenant.lead, tenant.learner]
    people += [MembershipFactory(organization=tenant.organization) for _ in range(2)]
    for membership in people[:4]:
        services.survey_response_submit(
            survey_round=survey_round, user=membership.user, answers=_all(5)
        )
    services.survey_response_submit(survey_round=survey_round, user=people[4].user, answers=_all(5))
    assert round_results(survey_round) is None
    assert services.survey_round_results_release(survey_round=survey_round) is None
    with pytest.raises(ValidationError) as refused:
        services.survey_round_seal(survey_round=survey_round)
    assert refused.value.code == "round_open"
    html = mfa_login(tenant.lead).get(reverse("assessments:survey_results", args=[survey_round.pk]))
    assert "5,00" not in html.content.decode() and "5.00" not in html.content.decode()

    SurveyRound.objects.filter(pk=survey_round.pk).update(
        closes_on=timezone.localdate() - timedelta(days=1)
    )
    survey_round.refresh_from_db()
    results = services.survey_round_results_release(survey_round=survey_round)
    assert not results.too_few
    assert [d.result.mean for d in results.dimensions] == [5.0, 5.0, 5.0, 5.0]
    assert results.potential.mean == 5.0
    survey_round.refresh_from_db()
    assert round_results(survey_round) == results
    sealed_at = survey_round.results_frozen_at
    services.survey_round_seal(survey_round=survey_round)
    survey_round.refresh_from_db()
    assert survey_round.results_frozen_at == sealed_at


def test_the_nightly_task_seals_closed_rounds_and_writes_out_waiting_answers(survey_round, tenant):
    services.survey_response_submit(
        survey_round=survey_round, user=tenant.learner.user, answers=_all(3)
    )
    assert seal_closed_survey_rounds() == 0
    SurveyRound.objects.filter(pk=survey_round.pk).update(
        closes_on=timezone.localdate() - timedelta(days=1)
    )
    assert seal_closed_survey_rounds() == 1
    assert seal_closed_survey_rounds() == 0
    assert not PendingSurveyResponse.objects.exists()
    assert SurveyResponse.objects.count() == 1
    survey_round.refresh_from_db()
    assert round_results(survey_round).too_few


def test_a_member_answers_in_the_browser_and_sees_their_answers_once(survey_round, tenant, login):
    client = login(tenant.learner)
    statements = list(SurveyStatement.objects.all())
    data = {f"s-{s.pk}": "6" for s in statements[:5]}
    response = client.post(reverse("assessments:survey_answer", args=[survey_round.pk]), data)
    assert response.status_code == 200
    assert str(statements[0]) in response.content.decode()
    [pending] = PendingSurveyResponse.objects.all()
    assert sorted(pending.answers.values()) == [6] * 5


def test_a_lead_opens_the_survey_rounds_page_with_the_own_departments_to_choose(
    mfa_login, tenant, other_tenant
):
    response = mfa_login(tenant.lead).get(reverse("assessments:survey_rounds"))

    assert response.status_code == 200
    choices = response.context["form"].fields["departments"].queryset
    assert list(choices) == list(tenant.organization.departments.all())
    assert other_tenant.admin.department not in choices
