"""«Mine kurs»: the courses a lead assigned, with due date, overdue flag and where to start."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from learning import services
from learning.models import Assignment
from organizations.models import Department
from tests.factories import DepartmentFactory, MembershipFactory
from tests.factories.courses import build_course

pytestmark = pytest.mark.django_db


def _card(html: str, assignment: Assignment) -> str:
    match = re.search(rf'data-assignment="{assignment.pk}">(.*?)</li>', html, re.S)
    assert match, "the assignment has no card on «Mine kurs»"
    return match.group(1)


def test_a_department_assignment_shows_with_its_due_date(
    login, mfa_login, tenant, other_tenant, course
):
    department = Department.objects.get(organization=tenant.organization)
    in_department = MembershipFactory(organization=tenant.organization, department=department)
    elsewhere = MembershipFactory(
        organization=tenant.organization,
        department=DepartmentFactory(organization=tenant.organization),
    )
    due = timezone.localdate() + timedelta(days=20)
    response = mfa_login(tenant.lead).post(
        reverse("learning:assignments"),
        {"course": course.course.pk, "department": department.pk, "due_date": due.isoformat()},
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get()

    response = login(in_department).get(reverse("learning:my_courses"))
    assert [item.assignment for item in response.context["assigned"]] == [assignment]
    card = _card(response.content.decode(), assignment)
    assert f'datetime="{due.isoformat()}"' in card
    with translation.override("nb"):
        assert date_format(due, "DATE_FORMAT") in card  # «4. desember 2026»
    assert "data-overdue" not in card
    assert f'href="{course.course.url}"' in card
    # Never started: the button starts the course; the course is not listed twice.
    assert response.context["rows"] == []

    for outsider in (elsewhere, other_tenant.learner, tenant.learner):
        response = login(outsider).get(reverse("learning:my_courses"))
        assert response.context["assigned"] == []
        assert f'data-assignment="{assignment.pk}"' not in response.content.decode()


def test_an_organisation_wide_assignment_past_its_date_is_flagged(login, tenant, course):
    assignment = services.assignment_create(
        organization=tenant.organization,
        course=course.course,
        due_date=timezone.localdate() + timedelta(days=3),
        assigned_by=tenant.lead.user,
    )
    Assignment.objects.filter(pk=assignment.pk).update(
        due_date=timezone.localdate() - timedelta(days=1)
    )
    html = login(tenant.learner).get(reverse("learning:my_courses")).content.decode()
    assert "data-overdue" in _card(html, assignment)


def test_a_completed_assignment_is_not_overdue_and_offers_the_certificate(login, tenant, course):
    assignment = services.assignment_create(
        organization=tenant.organization,
        course=course.course,
        due_date=timezone.localdate() + timedelta(days=3),
        assigned_by=tenant.lead.user,
    )
    for step in course.steps:
        services.step_complete(user=tenant.learner.user, step=step)
    Assignment.objects.filter(pk=assignment.pk).update(
        due_date=timezone.localdate() - timedelta(days=1)
    )
    response = login(tenant.learner).get(reverse("learning:my_courses"))
    card = _card(response.content.decode(), assignment)
    assert "data-overdue" not in card
    assert response.context["assigned"][0].completion.certificate_code in card


def test_start_until_a_step_is_done_then_continue(login, tenant, course, course_index):
    other = build_course(course_index, title="Annet kurs")
    services.enrolment_create(user=tenant.learner.user, course=other.course)
    client = login(tenant.learner)
    mine = client.get(reverse("learning:my_courses")).content.decode()
    page = client.get(other.course.url).content.decode()
    assert 'data-action="start"' in mine and 'data-action="continue"' not in mine
    assert 'data-action="start"' in page and 'data-action="continue"' not in page
    services.step_complete(user=tenant.learner.user, step=other.steps[0])
    mine = client.get(reverse("learning:my_courses")).content.decode()
    page = client.get(other.course.url).content.decode()
    assert 'data-action="continue"' in mine and 'data-action="start"' not in mine
    assert 'data-action="continue"' in page and 'data-action="start"' not in page
