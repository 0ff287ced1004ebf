"""The capacity survey's statements, and demo rounds with anonymous answers from demo people:
a closed round with enough answers in each demo municipality, and one with too few."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from assessments import demo_survey
from assessments import services as survey_services
from assessments.models import SurveyDimension, SurveyRound, SurveyStatement
from home.demo import DEMO_PASSWORD
from organizations.models import Membership, MembershipStatus, Organization

User = get_user_model()
RESPONDENTS_PER_MUNICIPALITY = 7


@transaction.atomic
def survey_instrument_ensure() -> None:
    for order, data in enumerate(demo_survey.DIMENSIONS):
        SurveyDimension.objects.get_or_create(
            key=data["key"],
            defaults={
                "sort_order": order,
                **{f"name_{lang}": text for lang, text in data["name"].items()},
                **{f"description_{lang}": text for lang, text in data["description"].items()},
            },
        )
    dimensions = {d.key: d for d in SurveyDimension.objects.all()}
    for order, data in enumerate(demo_survey.STATEMENTS):
        SurveyStatement.objects.get_or_create(
            key=data["key"],
            defaults={
                "dimension": dimensions.get(data["dimension"]),
                "is_core": data["core"],
                "sort_order": order,
                **{f"text_{lang}": text for lang, text in data["text"].items()},
            },
        )


def _respondents(organization: Organization, domain: str) -> list:
    people = []
    for n in range(1, RESPONDENTS_PER_MUNICIPALITY + 1):
        email = f"ansatt{n}@{domain}"
        user = User.objects.filter(email=email).first() or User.objects.create_user(
            email=email, password=DEMO_PASSWORD, full_name=f"Ansatt {n} {organization.name}"
        )
        Membership.objects.get_or_create(
            user=user, organization=organization, defaults={"status": MembershipStatus.ACTIVE}
        )
        people.append(user)
    return people


def _answer_round(survey_round: SurveyRound, people: list, rng: random.Random, base: int) -> None:
    statements = list(SurveyStatement.objects.values_list("pk", flat=True))
    for user in people:
        answers = {pk: max(1, min(7, base + rng.choice((-1, 0, 0, 1, 1)))) for pk in statements}
        survey_services.survey_response_submit(
            survey_round=survey_round, user=user, answers=answers
        )


@transaction.atomic
def demo_survey_rounds_ensure() -> None:
    """Rounds are answered through the real service while open, then closed."""
    rng = random.Random(2016)
    today = timezone.localdate()
    for name, domain, base in (
        ("Bergen", "bergen.kommune.no", 5),
        ("Stavanger", "stavanger.kommune.no", 4),
    ):
        organization = Organization.objects.get(kind="municipality", name=name)
        if organization.survey_rounds.exists():
            continue
        lead = Membership.objects.filter(organization=organization, is_lead=True).first()
        people = _respondents(organization, domain)
        spring = survey_services.survey_round_create(
            organization=organization,
            title="Kapasitetsundersøkelse våren 2026",
            opens_on=today - timedelta(days=60),
            closes_on=today,
            created_by=lead.user,
        )
        _answer_round(spring, people, rng, base)
        follow_up = survey_services.survey_round_create(
            organization=organization,
            title="Oppfølging i innkjøpsteamet",
            opens_on=today - timedelta(days=20),
            closes_on=today,
            created_by=lead.user,
        )
        _answer_round(follow_up, people[:3], rng, base)
        SurveyRound.objects.filter(pk__in=[spring.pk, follow_up.pk]).update(
            closes_on=today - timedelta(days=1)
        )
