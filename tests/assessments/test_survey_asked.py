"""«N av M spurte personer»: M is the people a round asked when it opened, not later joiners."""

from datetime import timedelta

import pytest
from django.utils import timezone

from assessments import selectors, services
from assessments.setup import survey_instrument_ensure
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_a_member_joining_after_the_round_opened_is_not_counted_as_asked(
    tenant, django_capture_on_commit_callbacks
):
    survey_instrument_ensure()
    with django_capture_on_commit_callbacks(execute=True):
        survey_round = services.survey_round_create(
            organization=tenant.organization,
            title="Runde 1",
            opens_on=timezone.localdate(),
            closes_on=timezone.localdate() + timedelta(days=7),
            created_by=tenant.lead.user,
        )
    asked_at_opening = selectors.round_participation(survey_round).asked
    assert asked_at_opening == 3  # the tenant's admin, lead and learner

    MembershipFactory(organization=tenant.organization)
    survey_round.refresh_from_db()

    assert selectors.round_participation(survey_round).asked == asked_at_opening
