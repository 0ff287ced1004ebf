"""Finding partners: leads register interest in planned joint procurements, the lead
organisation accepts them as participants, and leads follow service areas by email."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from cases import selectors, tasks
from cases.models import CasePage, InterestStatus, PartnerInterest, ServiceArea, ServiceAreaFollow
from core.groups import EDITORS
from tests.conftest import _tenant
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(client, settings):
    """These tests read the English source strings, in pages and in direct renders."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def planned(case_index, tenant):
    """A planned case led by the tenant, looking for partners."""
    return publish_case(
        case_index,
        title="Felles innkjøp av trygghetsalarmer",
        status="planlagt",
        organizations=[tenant.organization],
    )


def register_url(case) -> str:
    return reverse("cases:interest_register", args=[case.pk])


def accept_url(interest) -> str:
    return reverse("cases:interest_accept", args=[interest.case_id, interest.pk])


def register(client, case, message="Vi trenger 200 alarmer og vil gjerne være med."):
    return client.post(register_url(case), {"message": message})


def recipients() -> list[str]:
    return sorted(address for email in mail.outbox for address in email.to)


# --- Registering interest ---------------------------------------------------------------------


def test_lead_of_another_organisation_registers_interest(
    mfa_login, planned, tenant, other_tenant, django_capture_on_commit_callbacks
):
    client = mfa_login(other_tenant.lead)
    page = client.get(register_url(planned))
    assert page.status_code == 200
    assert 'name="message"' in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, planned)
    assert response.status_code == 302
    assert response.url == planned.url
    interest = PartnerInterest.objects.get(case=planned)
    assert interest.organization == other_tenant.organization
    assert interest.registered_by == other_tenant.lead.user
    assert interest.status == InterestStatus.PENDING
    # One email to each lead and admin of the lead organisation, none to its learners.
    assert recipients() == sorted([tenant.admin.user.email, tenant.lead.user.email])


def test_registering_twice_says_so_and_keeps_one_row(mfa_login, planned, other_tenant):
    client = mfa_login(other_tenant.lead)
    register(client, planned)
    again = register(client, planned, "En gang til")
    assert again.status_code == 200
    assert "already registered" in again.content.decode()
    assert 'name="message"' not in again.content.decode()
    assert PartnerInterest.objects.filter(case=planned).count() == 1
    assert PartnerInterest.objects.get(case=planned).message != "En gang til"


def test_an_empty_message_is_shown_at_the_field(mfa_login, planned, other_tenant):
    response = register(mfa_login(other_tenant.lead), planned, "   ")
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not PartnerInterest.objects.exists()


def test_a_learner_is_told_only_leads_may_register(mfa_login, planned, other_tenant):
    client = mfa_login(other_tenant.learner)
    for response in (client.get(register_url(planned)), register(client, planned)):
        assert response.status_code == 403
        assert "Only leads can register interest" in response.content.decode()
    assert not PartnerInterest.objects.exists()


def test_anonymous_people_are_sent_to_sign_in(client, planned):
    response = client.get(register_url(planned))
    assert response.status_code == 302
    assert "login" in response.url


def test_a_case_not_seeking_partners_is_refused(mfa_login, case_index, tenant, other_tenant):
    ongoing = publish_case(case_index, status="pagar", organizations=[tenant.organization])
    client = mfa_login(other_tenant.lead)
    response = register(client, ongoing)
    assert response.status_code == 302
    assert not PartnerInterest.objects.exists()
    followed = client.get(response.url)
    assert "not looking for partners" in followed.content.decode()


def test_an_organisation_taking_part_cannot_register(mfa_login, planned, tenant):
    response = register(mfa_login(tenant.lead), planned)
    assert response.status_code == 302
    assert not PartnerInterest.objects.exists()


def test_unpublished_cases_answer_404(mfa_login, case_index, tenant, other_tenant):
    draft = publish_case(
        case_index, status="planlagt", organizations=[tenant.organization], live=False
    )
    assert register(mfa_login(other_tenant.lead), draft).status_code == 404


# --- An owner with nobody on Spire to answer ----------------------------------------------------


@pytest.fixture
def unanswered(case_index):
    """A planned case whose lead organisation has no lead or admin on Spire (Bodø in the demo)."""
    from tests.factories import OrganizationFactory

    owner = OrganizationFactory(name="Bodø kommune")
    return publish_case(
        case_index,
        title="Felles innkjøp av velferdsteknologi",
        status="planlagt",
        organizations=[owner],
        contact_email="postmottak@bodo.example.no",
    )


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    user = UserFactory(email="redaktor@spire.example.no")
    user.groups.add(Group.objects.get_or_create(name=EDITORS)[0])
    return user


def flashed(client, response) -> str:
    return client.get(response.url).content.decode()


def test_with_no_lead_at_the_owner_the_case_contact_is_emailed_and_the_page_says_so(
    mfa_login, unanswered, other_tenant, editor, django_capture_on_commit_callbacks
):
    client = mfa_login(other_tenant.lead)
    form = client.get(register_url(unanswered)).content.decode()
    assert 'data-testid="owner-unreachable"' in form
    assert "They get an email" not in form
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, unanswered)
    assert recipients() == ["postmottak@bodo.example.no"]
    assert "Bodø kommune" in mail.outbox[0].body
    page = flashed(client, response)
    assert "The lead organisation gets an email" not in page
    assert "contact address" in page


def test_with_no_lead_and_no_contact_the_editors_are_emailed(
    mfa_login, unanswered, other_tenant, editor, django_capture_on_commit_callbacks
):
    CasePage.objects.filter(pk=unanswered.pk).update(contact_email="")
    client = mfa_login(other_tenant.lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, unanswered)
    assert recipients() == [editor.email]
    page = flashed(client, response)
    assert "The lead organisation gets an email" not in page
    assert "editors" in page


def test_with_nobody_to_tell_the_registrant_is_told_so(
    mfa_login, unanswered, other_tenant, django_capture_on_commit_callbacks
):
    CasePage.objects.filter(pk=unanswered.pk).update(contact_email="")
    client = mfa_login(other_tenant.lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, unanswered)
    assert mail.outbox == []
    assert "Nobody could be emailed" in flashed(client, response)


def test_a_lead_appointed_later_finds_the_waiting_interest(
    client, login, mfa_login, unanswered, other_tenant
):
    from tests.factories import MembershipFactory, UserFactory

    register(mfa_login(other_tenant.lead), unanswered)
    interest = PartnerInterest.objects.get(case=unanswered)
    owner = unanswered.participants.get().organization
    lead = MembershipFactory(
        organization=owner, user=UserFactory(email="leder@bodo.example.no"), is_lead=True
    )
    assert accept_url(interest) in panel(unanswered, lead)  # on the case page
    login(lead)
    my_cases = client.get(reverse("cases:my_cases")).content.decode()
    assert 'data-testid="pending-interests"' in my_cases
    assert other_tenant.organization.name in my_cases and unanswered.url in my_cases
    assert client.post(accept_url(interest)).status_code == 302
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED
    assert (
        'data-testid="pending-interests"'
        not in client.get(reverse("cases:my_cases")).content.decode()
    )


def test_the_waiting_interest_is_not_shown_to_learners_or_other_organisations(
    client, login, mfa_login, planned, tenant, other_tenant
):
    register(mfa_login(other_tenant.lead), planned)
    for member in (tenant.learner, other_tenant.lead):
        login(member)
        html = client.get(reverse("cases:my_cases")).content.decode()
        assert 'data-testid="pending-interests"' not in html


# --- Accepting a partner ----------------------------------------------------------------------


@pytest.fixture
def interest(mfa_login, planned, other_tenant):
    register(mfa_login(other_tenant.lead), planned)
    mail.outbox.clear()
    return PartnerInterest.objects.get(case=planned)


def test_lead_organisation_accepts_a_partner(
    client, mfa_login, planned, interest, tenant, other_tenant, django_capture_on_commit_callbacks
):
    mfa_login(tenant.lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(accept_url(interest))
    assert response.status_code == 302
    assert response.url == planned.url
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED
    live = CasePage.objects.get(pk=planned.pk)
    assert other_tenant.organization.pk in {p.organization_id for p in live.participants.all()}
    latest = live.get_latest_revision_as_object()
    assert other_tenant.organization.pk in {p.organization_id for p in latest.participants.all()}
    assert not live.has_unpublished_changes
    assert recipients() == [other_tenant.lead.user.email]
    assert "now takes part" in client.get(response.url).content.decode()


def test_an_admin_of_the_lead_organisation_may_accept(client, mfa_login, interest, tenant):
    mfa_login(tenant.admin)
    assert client.post(accept_url(interest)).status_code == 302
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED


@pytest.mark.parametrize("who", ["learner of the lead organisation", "registrant", "third lead"])
def test_anyone_else_gets_404_when_accepting(
    client, mfa_login, planned, interest, tenant, other_tenant, who
):
    member = {
        "learner of the lead organisation": lambda: tenant.learner,
        "registrant": lambda: other_tenant.lead,
        "third lead": lambda: _tenant("Tredje kommune", "tredje.kommune.no").lead,
    }[who]()
    mfa_login(member)
    assert client.post(accept_url(interest)).status_code == 404
    interest.refresh_from_db()
    assert interest.status == InterestStatus.PENDING
    assert CasePage.objects.get(pk=planned.pk).participants.count() == 1


def test_accept_wants_a_post_and_the_right_case(client, mfa_login, case_index, interest, tenant):
    mfa_login(tenant.lead)
    assert client.get(accept_url(interest)).status_code == 405
    other_case = publish_case(case_index, status="planlagt", organizations=[tenant.organization])
    wrong = reverse("cases:interest_accept", args=[other_case.pk, interest.pk])
    assert client.post(wrong).status_code == 404


# --- The panel on the case page ---------------------------------------------------------------


def panel(case, membership=None) -> str:
    request = RequestFactory().get(case.url)
    request.user = membership.user if membership else AnonymousUser()
    context = {
        "page": CasePage.objects.get(pk=case.pk),
        "partner": selectors.partner_state(case, membership),
        "request": request,
        "user": request.user,
        "csrf_token": "token",
    }
    return render_to_string("cases/includes/partner_panel.html", context, request=request)


def test_panel_invites_other_leads_and_shows_their_status(planned, other_tenant):
    assert register_url(planned) in panel(planned, other_tenant.lead)
    PartnerInterest.objects.create(
        case=planned, organization=other_tenant.organization, message="Gjerne"
    )
    html = panel(planned, other_tenant.lead)
    assert register_url(planned) not in html
    assert "Interest registered – waiting for an answer" in html


def test_panel_lists_pending_interest_for_the_lead_organisation(interest, planned, tenant):
    html = panel(planned, tenant.lead)
    assert interest.organization.name in html
    assert interest.message in html
    assert accept_url(interest) in html
    assert 'method="post"' in html
    assert accept_url(interest) not in panel(planned, tenant.learner)


def test_panel_is_empty_when_the_case_does_not_seek_partners(case_index, tenant, other_tenant):
    ongoing = publish_case(case_index, status="pagar", organizations=[tenant.organization])
    assert panel(ongoing, other_tenant.lead).strip() == ""
    assert panel(ongoing).strip() == ""


def test_panel_asks_anonymous_visitors_to_sign_in(planned):
    assert reverse("account_login") in panel(planned)


# --- Following service areas ------------------------------------------------------------------


def checked_areas(client) -> set[int]:
    html = client.get(reverse("cases:follow")).content.decode()
    return {int(pk) for pk in re.findall(r'<input[^>]*value="(\d+)"[^>]*checked', html)}


def test_a_lead_follows_and_unfollows_service_areas(client, mfa_login, tenant):
    mfa_login(tenant.lead)
    health, energy = (
        ServiceArea.objects.get(slug="helse-omsorg"),
        ServiceArea.objects.get(slug="energi"),
    )
    page = client.get(reverse("cases:follow"))
    assert page.status_code == 200
    assert page.content.decode().count('type="checkbox"') == ServiceArea.objects.count()
    response = client.post(reverse("cases:follow"), {"areas": [health.pk, energy.pk]})
    assert response.status_code == 302
    assert set(
        ServiceAreaFollow.objects.filter(user=tenant.lead.user).values_list(
            "service_area", flat=True
        )
    ) == {
        health.pk,
        energy.pk,
    }
    assert checked_areas(client) == {health.pk, energy.pk}
    client.post(reverse("cases:follow"), {"areas": [energy.pk]})
    assert checked_areas(client) == {energy.pk}
    client.post(reverse("cases:follow"), {})
    assert not ServiceAreaFollow.objects.filter(user=tenant.lead.user).exists()


def test_following_is_for_leads(client, mfa_login, tenant):
    mfa_login(tenant.learner)
    assert client.get(reverse("cases:follow")).status_code == 403


def test_a_new_case_is_emailed_once_to_each_follower(
    client, mfa_login, case_index, tenant, other_tenant, django_capture_on_commit_callbacks
):
    health = ServiceArea.objects.get(slug="helse-omsorg")
    for member in (tenant.lead, other_tenant.lead):
        mfa_login(member)
        client.post(reverse("cases:follow"), {"areas": [health.pk]})
    mfa_login(tenant.admin)  # not a follower
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        case = publish_case(
            case_index, title="Ny sak om velferdsteknologi", organizations=[tenant.organization]
        )
        publish_case(
            case_index,
            title="Ny sak om bygg",
            service_area="bygg-eiendom",
            organizations=[tenant.organization],
        )
    assert recipients() == sorted([tenant.lead.user.email, other_tenant.lead.user.email])
    assert all("Ny sak om velferdsteknologi" in email.subject + email.body for email in mail.outbox)
    assert tasks.notify_followers_of_new_case(case.pk) == 0
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()  # an update is not a new case
    assert len(mail.outbox) == 2
