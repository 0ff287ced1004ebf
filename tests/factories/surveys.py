"""Capacity survey rounds for tests."""

from datetime import timedelta

from django.utils import timezone

from assessments import services
from assessments.models import SurveyRound, SurveyStatement
from assessments.setup import survey_instrument_ensure
from tests.factories import MembershipFactory


def answered_round(organization, title: str, value: int, people: int, days_ago: int):
    """A round that has closed, answered by `people` members with `value` on every item."""
    survey_instrument_ensure()
    today = timezone.localdate()
    survey_round = SurveyRound.objects.create(
        organization=organization,
        title=title,
        opens_on=today - timedelta(days=days_ago + 14),
        closes_on=today + timedelta(days=1),
    )
    answers = dict.fromkeys(SurveyStatement.objects.values_list("pk", flat=True), value)
    for _ in range(people):
        member = MembershipFactory(organization=organization)
        services.survey_response_submit(
            survey_round=survey_round, user=member.user, answers=answers
        )
    SurveyRound.objects.filter(pk=survey_round.pk).update(
        closes_on=today - timedelta(days=days_ago)
    )
    return survey_round
