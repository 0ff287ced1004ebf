"""Who may open the dashboard and its export, and what they see."""

import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from dashboards.services import snapshots_refresh
from learning import services
from learning.models import Enrolment
from tests.factories import members
from tests.factories.exports import csv_rows
from tests.factories.mfa import enable_mfa
from tests.factories.quizzes import submitted_attempt

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("dashboards:organization")
EXPORT = reverse("dashboards:export", kwargs={"key": "deltakelse-kurs", "fmt": "csv"})
XLSX = reverse("dashboards:export", kwargs={"key": "deltakelse-kurs", "fmt": "xlsx"})


@pytest.mark.parametrize("url", [DASHBOARD, EXPORT])
def test_anonymous_is_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("account_login") in response.url


@pytest.mark.parametrize("url", [DASHBOARD, EXPORT])
def test_learner_is_refused(login, tenant, url):
    enable_mfa(tenant.learner.user)
    assert login(tenant.learner).get(url).status_code == 403


@pytest.mark.parametrize("url", [DASHBOARD, EXPORT])
def test_lead_without_mfa_gets_the_setup_page_and_no_figures(login, tenant, course, url):
    services.enrolment_create(user=tenant.learner.user, course=course.course)

    response = login(tenant.lead).get(url)

    assert response.status_code == 403
    assert response.templates[0].name == "account/mfa_required.html"
    assert "page" not in response.context
    assert reverse("mfa_activate_totp") in response.content.decode()
    assert "Testkurs" not in response.content.decode()


@pytest.mark.parametrize("role", ["lead", "admin"])
def test_lead_and_admin_with_mfa_see_the_figures(mfa_login, tenant, course, role):
    services.enrolment_create(user=tenant.learner.user, course=course.course)

    response = mfa_login(getattr(tenant, role)).get(DASHBOARD)

    assert response.status_code == 200
    totals = response.context["page"].sections["participation"][0]
    assert totals.rows[0][1] == 3  # members
    html = response.content.decode()
    assert "Testkurs" in html
    assert '<th scope="col">' in html and "<caption" in html
    assert f'href="{DASHBOARD}"' in html  # the header link


def test_header_link_is_for_leads_and_admins_only(login, tenant):
    html = login(tenant.learner).get(reverse("learning:my_courses")).content.decode()
    assert DASHBOARD not in html


def test_dashboard_shows_only_the_current_organisation(mfa_login, tenant, other_tenant, course):
    services.enrolment_create(user=other_tenant.learner.user, course=course.course)

    response = mfa_login(tenant.lead).get(DASHBOARD)

    [totals, _monthly, by_course, *_rest] = response.context["page"].sections["participation"]
    assert totals.rows[1][1] == 0  # enrolled
    assert by_course.rows == []


@pytest.mark.parametrize("url", [DASHBOARD, EXPORT])
def test_another_organisations_department_answers_404(mfa_login, tenant, other_tenant, url):
    client = mfa_login(tenant.lead)
    foreign = other_tenant.admin.department
    assert client.get(url, {"avdeling": foreign.pk}).status_code == 404
    assert client.get(url, {"avdeling": "tull"}).status_code == 404
    assert client.get(url, {"avdeling": 999999}).status_code == 404


def test_department_filter_narrows_the_figures(mfa_login, tenant, course):
    department = tenant.admin.department
    services.enrolment_create(user=tenant.admin.user, course=course.course)
    services.enrolment_create(user=tenant.learner.user, course=course.course)

    response = mfa_login(tenant.lead).get(DASHBOARD, {"avdeling": department.pk, "periode": "x"})

    assert response.status_code == 200
    totals = response.context["page"].sections["participation"][0]
    assert (totals.rows[0][1], totals.rows[1][1]) == (1, 1)  # members, enrolled
    assert response.context["filters"].period == "all"


def test_knowledge_shows_too_few_answers_below_five(mfa_login, tenant, quiz):
    for membership in members(tenant, 4):
        submitted_attempt(membership, quiz.quiz, 80)

    html = mfa_login(tenant.lead).get(DASHBOARD).content.decode()

    assert "Too few answers" in html or "For få svar" in html
    assert "Quiz modul 1" in html


def test_csv_export_has_the_course_table(mfa_login, tenant, other_tenant, course):
    services.enrolment_create(user=tenant.learner.user, course=course.course)
    services.enrolment_create(user=tenant.admin.user, course=course.course)
    for step in course.steps:
        services.step_complete(user=tenant.learner.user, step=step)
    services.enrolment_create(user=other_tenant.learner.user, course=course.course)

    response = mfa_login(tenant.lead).get(EXPORT)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "deltakelse-kurs.csv" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[1:] == [["Testkurs", "2", "1"]]


def test_csv_export_follows_the_filters(mfa_login, tenant, course):
    services.enrolment_create(user=tenant.learner.user, course=course.course)
    services.enrolment_create(user=tenant.admin.user, course=course.course)

    response = mfa_login(tenant.lead).get(EXPORT, {"avdeling": tenant.admin.department.pk})
    assert csv_rows(response)[1:] == [["Testkurs", "1", "0"]]

    Enrolment.objects.update(started_at=timezone.now() - timedelta(days=100))
    snapshots_refresh(tenant.organization)
    response = mfa_login(tenant.lead).get(EXPORT, {"periode": "3m"})
    assert csv_rows(response)[1:] == []
    response = mfa_login(tenant.lead).get(EXPORT, {"periode": "12m"})
    assert csv_rows(response)[1:] == [["Testkurs", "2", "0"]]


def test_excel_export_has_the_same_rows(mfa_login, tenant, course):
    services.enrolment_create(user=tenant.learner.user, course=course.course)

    response = mfa_login(tenant.lead).get(XLSX)

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[2]][:3] == ["Testkurs", 1, 0]


def test_unknown_table_or_format_answers_404(mfa_login, tenant):
    client = mfa_login(tenant.lead)
    assert client.get(reverse("dashboards:export", args=["finnes-ikke", "csv"])).status_code == 404
    assert (
        client.get(reverse("dashboards:export", args=["deltakelse-kurs", "pdf"])).status_code == 404
    )


def test_dashboard_query_count_is_constant(mfa_login, tenant, quiz):
    client = mfa_login(tenant.lead)

    def measure():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(DASHBOARD).status_code == 200
        return len(queries)

    def populate(count):
        for membership in members(tenant, count):
            services.enrolment_create(user=membership.user, course=quiz.course)
            submitted_attempt(membership, quiz.quiz, 80)

    measure()  # the first request caches the site and page tree lookups
    populate(3)
    snapshots_refresh(tenant.organization)
    small = measure()
    populate(27)
    snapshots_refresh(tenant.organization)
    assert measure() == small
