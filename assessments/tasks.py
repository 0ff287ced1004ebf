"""Survey invitations by email, sent once per person and round; closed rounds sealed nightly."""

from celery import shared_task
from django.urls import reverse
from django.utils import timezone

from assessments.models import SurveyRound
from assessments.selectors import survey_round_members
from core.emails import absolute_url, email_send_once


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


@shared_task
def seal_closed_survey_rounds() -> int:
    """Write out the waiting answers of every round that has closed, in random order, and fix
    its figures (see ``services.survey_round_seal``), so no answers wait longer than a night
    after the round closes. Idempotent: a sealed round is left as it is."""
    from assessments import services  # services enqueue this module's tasks

    rounds = SurveyRound.objects.filter(
        results_frozen_at__isnull=True, closes_on__lt=timezone.localdate()
    )
    for survey_round in rounds:
        services.survey_round_seal(survey_round=survey_round)
    return len(rounds)
