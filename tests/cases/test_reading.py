"""Reading a case: a signed-in person's first visit to a published case is remembered once, for
one query; anonymous visits, drafts and previews are not."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from cases.models import CaseRead
from cases.services import case_read_record
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db


def test_a_signed_in_person_reading_a_case_twice_is_one_read(case_index, tenant, client, login):
    case = publish_case(case_index, organizations=[tenant.organization])
    login(tenant.learner)

    assert client.get(case.url).status_code == 200
    first = CaseRead.objects.get()
    assert client.get(case.url).status_code == 200

    read = CaseRead.objects.get()
    assert (read.user_id, read.case_id) == (tenant.learner.user_id, case.pk)
    assert read.first_read_at == first.first_read_at


def test_each_person_and_case_is_its_own_read(case_index, tenant, other_tenant, client, login):
    first = publish_case(case_index, title="Første", organizations=[tenant.organization])
    second = publish_case(case_index, title="Andre", organizations=[other_tenant.organization])
    for membership in (tenant.learner, other_tenant.lead):
        login(membership)
        client.get(first.url)
        client.get(second.url)

    assert CaseRead.objects.count() == 4


def test_anonymous_visits_are_not_recorded(case_index, tenant, client):
    case = publish_case(case_index, organizations=[tenant.organization])

    assert client.get(case.url).status_code == 200

    assert not CaseRead.objects.exists()


def test_drafts_are_not_recorded(case_index, tenant, client, login):
    draft = publish_case(case_index, organizations=[tenant.organization], live=False)
    login(tenant.learner)

    assert client.get(draft.url).status_code == 404

    assert not CaseRead.objects.exists()


def test_previews_are_not_recorded(case_index, tenant):
    case = publish_case(case_index, organizations=[tenant.organization])
    request = RequestFactory().get("/")
    request.user = tenant.lead.user

    response = case.serve_preview(request, case.default_preview_mode)
    response.render()

    assert response.status_code == 200
    assert not CaseRead.objects.exists()


def test_recording_is_one_query_and_idempotent(case_index, tenant, django_assert_num_queries):
    case = publish_case(case_index, organizations=[tenant.organization])
    user = tenant.learner.user

    for _ in range(2):
        with django_assert_num_queries(1):
            case_read_record(user=user, case=case)

    assert CaseRead.objects.filter(user=user, case=case).count() == 1


def test_a_page_view_writes_the_read_with_one_insert_and_no_select(
    case_index, tenant, client, login
):
    """Skipping an existing row in the INSERT itself leaves no race between two views."""
    case = publish_case(case_index, organizations=[tenant.organization])
    login(tenant.learner)
    client.get(case.url)

    with CaptureQueriesContext(connection) as queries:
        client.get(case.url)

    inserts = [q["sql"] for q in queries if "cases_caseread" in q["sql"]]
    assert len(inserts) == 1
    assert inserts[0].lstrip().upper().startswith("INSERT")
