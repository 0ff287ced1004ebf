"""The differencing attacks of issue 13 against the real dashboard: a lead subtracts two
releases of the same figures after one person took a quiz, joined, or was moved between
departments, and reads that person's score. Each release here is what a lead gets from the
nightly run or the «Compute the figures now» button."""

import pytest
from django.contrib import messages
from django.core.cache import cache
from django.urls import reverse

from dashboards.models import Snapshot
from dashboards.selectors.snapshots import stored_dashboard
from dashboards.services import snapshots_refresh
from organizations.models import Membership
from tests.factories import DepartmentFactory, members
from tests.factories.dashboards import released_knowledge
from tests.factories.quizzes import submitted_attempt

pytestmark = pytest.mark.django_db

REFRESH = reverse("dashboards:refresh")


def _shown(organization, department=None):
    """The quiz row a lead sees on the dashboard after a release."""
    snapshots_refresh(organization)
    [row] = stored_dashboard(organization, department).data.knowledge.quizzes
    return row


def test_one_more_attempt_leaves_the_figures_and_their_date_as_they_were(tenant, quiz):
    for membership, percent in zip(members(tenant, 5), [40, 50, 60, 70, 80], strict=True):
        submitted_attempt(membership, quiz.quiz, percent)
    before = _shown(tenant.organization)
    assert (before.people, before.mean_percent) == (5, 60)

    submitted_attempt(members(tenant, 1)[0], quiz.quiz, 100)  # 6 * new - 5 * old would give 100
    after = _shown(tenant.organization)

    assert after == before  # same people, mean, band counts and release date


def test_the_score_bands_do_not_move_by_one(tenant, quiz):
    for membership in members(tenant, 7):
        submitted_attempt(membership, quiz.quiz, 50)
    before = _shown(tenant.organization).distribution

    submitted_attempt(members(tenant, 1)[0], quiz.quiz, 95)

    assert _shown(tenant.organization).distribution == before == [0, 0, 7, 0, 0]


def test_a_member_who_joins_with_a_result_changes_nothing(tenant, other_tenant, quiz):
    for membership in members(tenant, 6):
        submitted_attempt(membership, quiz.quiz, 60)
    before = _shown(tenant.organization)
    newcomer = other_tenant.learner  # took the quiz elsewhere, then joins this organisation
    submitted_attempt(newcomer, quiz.quiz, 10)
    Membership.objects.create(user=newcomer.user, organization=tenant.organization)

    assert _shown(tenant.organization) == before


def test_moving_one_person_between_departments_changes_neither_department(tenant, quiz):
    first = DepartmentFactory(organization=tenant.organization, name="Første")
    second = DepartmentFactory(organization=tenant.organization, name="Andre")
    movers = members(tenant, 6, first)
    for membership in movers:
        submitted_attempt(membership, quiz.quiz, 90)
    for membership in members(tenant, 6, second):
        submitted_attempt(membership, quiz.quiz, 30)
    before = (_shown(tenant.organization, first), _shown(tenant.organization, second))

    Membership.objects.filter(pk=movers[0].pk).update(department=second)

    after = (_shown(tenant.organization, first), _shown(tenant.organization, second))
    assert after == before


def test_five_people_together_do_change_the_figures(tenant, quiz):
    for membership in members(tenant, 5):
        submitted_attempt(membership, quiz.quiz, 40)
    assert _shown(tenant.organization).people == 5
    for membership in members(tenant, 5):
        submitted_attempt(membership, quiz.quiz, 100)

    after = _shown(tenant.organization)

    assert (after.people, after.mean_percent) == (10, 70)


def test_a_department_beside_a_small_one_never_gives_the_small_one_away(tenant, quiz):
    """The organisation minus the shown departments must not be a group of fewer than five."""
    large = DepartmentFactory(organization=tenant.organization, name="Stor")
    small = DepartmentFactory(organization=tenant.organization, name="Liten")
    for membership in members(tenant, 6, large):
        submitted_attempt(membership, quiz.quiz, 80)
    for membership in members(tenant, 2, small):
        submitted_attempt(membership, quiz.quiz, 20)

    whole = released_knowledge(tenant.organization).quizzes[0]
    parts = [
        released_knowledge(tenant.organization, department).quizzes[0]
        for department in (large, small)
    ]

    remainder = whole.people - sum(p.people for p in parts if not p.suppressed)
    assert remainder == 0 or remainder >= 5


def test_the_button_computes_at_most_once_an_hour(mfa_login, tenant, quiz):
    cache.clear()
    client = mfa_login(tenant.lead)

    first = client.post(REFRESH, follow=True)
    computed = Snapshot.objects.get(key=Snapshot.key_for(tenant.organization.pk)).computed_at
    second = client.post(REFRESH, follow=True)

    assert first.status_code == second.status_code == 200
    again = Snapshot.objects.get(key=Snapshot.key_for(tenant.organization.pk)).computed_at
    assert again == computed  # the second press computed nothing
    [refusal] = second.context["messages"]
    assert refusal.level == messages.WARNING
