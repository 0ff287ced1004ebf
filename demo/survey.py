"""Demo rounds of the capacity survey with anonymous answers from demo staff, as
demo/content/activity.yaml lists them: in Bergen and Stavanger two closed rounds with enough
answers and a trial round with too few, and one closed round in each of five neighbours, so the
county and national averages can be shown."""

import random
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from assessments import services as survey_services
from assessments.models import SurveyRound, SurveyStatement
from demo import content_files
from demo.activity import demo_staff_ensure
from demo.schema import SurveyRoundData
from organizations.models import Department, Membership, Organization

# From demo/content/activity.yaml, where each field is explained.
DEMO_ROUNDS: dict[str, list[SurveyRoundData]] = content_files.activity().survey_rounds
# Organisations tend to say they find and take in new knowledge more readily than they put it
# to use; a little of that shows in the demo answers.
DIMENSION_LEAN = {
    "acquisition": 0.5,
    "assimilation": 0.2,
    "transformation": -0.2,
    "exploitation": -0.5,
}


def _round_title(closes_on: date) -> str:
    season = "våren" if closes_on.month <= 6 else "høsten"
    return f"Kapasitetsundersøkelse {season} {closes_on.year}"


def _value(base: int, lean: float, rng: random.Random) -> int:
    return max(1, min(7, round(base + lean + rng.choice((-1, 0, 0, 1)))))


def _answer_round(
    survey_round: SurveyRound, people: list, rng: random.Random, plan: SurveyRoundData
) -> None:
    statements = list(SurveyStatement.objects.values_list("pk", "dimension__key"))
    for number, user in enumerate(people):
        person = rng.uniform(-0.8, 0.8)
        camp = 2 if number % 2 else -2
        answers = {
            pk: _value(
                plan.base,
                (camp if key == plan.divided else person) + DIMENSION_LEAN.get(key, 0),
                rng,
            )
            for pk, key in statements
        }
        survey_services.survey_response_submit(
            survey_round=survey_round, user=user, answers=answers
        )


def _round_add(
    organization: Organization, people: list, plan: SurveyRoundData, rng: random.Random
) -> None:
    """Open the round (the service only opens rounds that have not closed yet), answer it while
    open, then move its dates back to when it ran."""
    today = timezone.localdate()
    lead = Membership.objects.filter(organization=organization, is_lead=True).first()
    department = (
        Department.objects.get(organization=organization, name=plan.department)
        if plan.department
        else None
    )
    closes_on = today - timedelta(days=plan.closed_days_ago)
    survey_round = survey_services.survey_round_create(
        organization=organization,
        title=plan.title or _round_title(closes_on),
        opens_on=today - timedelta(days=plan.opened_days_ago),
        closes_on=today,
        created_by=lead.user if lead else None,
        departments=[department] if department else None,
    )
    if department:
        asked = set(
            Membership.objects.filter(department=department).values_list("user_id", flat=True)
        )
        people = [user for user in people if user.pk in asked]
    _answer_round(survey_round, people[: plan.respondents], rng, plan)
    opened = today - timedelta(days=plan.opened_days_ago)
    SurveyRound.objects.filter(pk=survey_round.pk).update(
        closes_on=closes_on,
        created_at=timezone.make_aware(datetime.combine(opened, time(9))),
    )
    # Closed now: its answers are written out in random order and its figures fixed, as the
    # nightly task would have done the day after it closed.
    survey_services.survey_round_seal(survey_round=survey_round)


@transaction.atomic
def demo_survey_rounds_ensure() -> None:
    """Closed rounds answered through the real service by each municipality's demo staff."""
    rng = random.Random(2016)
    for name, rounds in DEMO_ROUNDS.items():
        organization = Organization.objects.get(kind="municipality", name=name)
        people = demo_staff_ensure(organization)
        if organization.survey_rounds.exists():
            continue
        for plan in rounds:
            _round_add(organization, people, plan, rng)
