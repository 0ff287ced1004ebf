"""Leads assign courses; people are enrolled, reminded once, and leads get a weekly digest."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from learning import services
from learning.models import Assignment, Enrolment, EnrolmentSource
from learning.selectors import assignments_for
from learning.tasks import send_assignment_reminders, send_weekly_lead_digest
from organizations.models import Department

pytestmark = pytest.mark.django_db


def _assign(tenant, course, days=10, **kwargs):
    return services.assignment_create(
        organization=tenant.organization,
        course=course.course,
        due_date=timezone.localdate() + timedelta(days=days),
        assigned_by=tenant.lead.user,
        **kwargs,
    )


def test_assigning_enrols_everyone_in_the_organisation_only(tenant, other_tenant, course):
    _assign(tenant, course)
    enrolled = set(Enrolment.objects.values_list("user_id", flat=True))
    assert enrolled == {tenant.admin.user_id, tenant.lead.user_id, tenant.learner.user_id}
    assert set(Enrolment.objects.values_list("source", flat=True)) == {EnrolmentSource.ASSIGNMENT}


def test_assigning_to_a_department_enrols_only_its_members(tenant, course):
    department = Department.objects.get(organization=tenant.organization)
    _assign(tenant, course, department=department)
    assert list(Enrolment.objects.values_list("user_id", flat=True)) == [tenant.admin.user_id]


def test_a_due_date_in_the_past_is_refused(tenant, course):
    with pytest.raises(ValidationError):
        _assign(tenant, course, days=0)
    assert not Assignment.objects.exists()


def test_assigned_people_see_the_course_with_its_due_date(login, tenant, course):
    assignment = _assign(tenant, course, role="lead")
    assert [a.assignment for a in assignments_for(tenant.lead.user)] == [assignment]
    assert assignments_for(tenant.learner.user) == []
    html = login(tenant.lead).get(reverse("learning:my_courses")).content.decode()
    assert course.course.title in html


def test_reminders_go_once_to_those_not_done(tenant, course):
    _assign(tenant, course, days=5)
    services.enrolment_create(user=tenant.learner.user, course=course.course)
    for step in course.steps:
        services.step_complete(user=tenant.learner.user, step=step)
    assert send_assignment_reminders() == 2
    assert send_assignment_reminders() == 0
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([tenant.admin.user.email, tenant.lead.user.email])


def test_overdue_reminder_is_sent_once_more(tenant, course):
    assignment = _assign(tenant, course, days=5)
    send_assignment_reminders()
    Assignment.objects.filter(pk=assignment.pk).update(
        due_date=timezone.localdate() - timedelta(days=1)
    )
    assert send_assignment_reminders() == 3
    assert send_assignment_reminders() == 0


def test_weekly_digest_reaches_each_lead_once_a_week(tenant, course):
    _assign(tenant, course)
    assert send_weekly_lead_digest() == 1
    assert send_weekly_lead_digest() == 0
    assert mail.outbox[-1].to == [tenant.lead.user.email]
    assert course.course.title in mail.outbox[-1].body


def test_only_leads_reach_the_assignment_page(login, mfa_login, tenant, course):
    assert login(tenant.learner).get(reverse("learning:assignments")).status_code == 403
    client = mfa_login(tenant.lead)
    due = (timezone.localdate() + timedelta(days=14)).isoformat()
    response = client.post(
        reverse("learning:assignments"), {"course": course.course.pk, "due_date": due}
    )
    assert response.status_code == 302
    assert Assignment.objects.get().organization == tenant.organization
