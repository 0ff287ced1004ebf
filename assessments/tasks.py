"""Survey invitations by email, sent once per person and round."""

from celery import shared_task
from django.urls import reverse

from assessments.models import SurveyRound
from assessments.selectors import survey_round_members
from organizations.emails import absolute_url, email_send_once


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_survey_invitations(round_id: int) -> int:
    survey_round = SurveyRound.objects.filter(pk=round_id).select_related("organization").first()
    if survey_round is None:
        return 0
    members = survey_round_members(survey_round)
    url = absolute_url(reverse("assessments:survey_answer", args=[survey_round.pk]))
    return sum(
        email_send_once(
            key=f"survey-invitation:{survey_round.pk}:{m.user_id}",
            to=m.user.email,
            template="assessments/email/survey_invitation",
            context={"round": survey_round, "url": url},
        )
        for m in members.select_related("user")
    )
