"""Reminders about assigned courses and the weekly digest to leads, run by Celery beat.

Each email has a key naming what it is about and for whom (and, for the digest, which week),
so a task that runs twice, or is redelivered, sends each email once."""

from datetime import timedelta

from celery import shared_task
from django.urls import reverse
from django.utils import timezone

from core.emails import absolute_url, email_send_once
from learning.models import Assignment, CourseCompletion
from learning.selectors import assignment_members, assignments_of
from organizations.models import Membership, MembershipStatus, Organization

REMIND_DAYS_BEFORE = 7


def _people_not_done(assignment: Assignment):
    done = CourseCompletion.objects.filter(course_id=assignment.course_id).values("user_id")
    return assignment_members(assignment).exclude(user_id__in=done).select_related("user")


@shared_task
def send_assignment_reminders() -> int:
    """Daily: remind people a week before an assigned course is due, and once when overdue."""
    today = timezone.localdate()
    sent = 0
    assignments = Assignment.objects.filter(
        due_date__lte=today + timedelta(days=REMIND_DAYS_BEFORE),
        due_date__gte=today - timedelta(days=30),
    ).select_related("course", "organization")
    for assignment in assignments:
        kind = "overdue" if assignment.due_date < today else "due-soon"
        for membership in _people_not_done(assignment):
            sent += email_send_once(
                key=f"assignment-{kind}:{assignment.pk}:{membership.user_id}",
                to=membership.user.email,
                template=f"learning/email/assignment_{kind.replace('-', '_')}",
                context={
                    "assignment": assignment,
                    "course_url": absolute_url(assignment.course.url or "/"),
                },
            )
    return sent


@shared_task
def send_weekly_lead_digest() -> int:
    """Weekly: each lead gets the status of their organisation's assignments, once a week."""
    year, week, _day = timezone.localdate().isocalendar()
    sent = 0
    for organization in Organization.objects.filter(assignments__isnull=False).distinct():
        rows = assignments_of(organization)
        leads = Membership.objects.filter(
            organization=organization, status=MembershipStatus.ACTIVE, is_lead=True
        ).select_related("user")
        for lead in leads:
            sent += email_send_once(
                key=f"lead-digest:{organization.pk}:{lead.user_id}:{year}-W{week:02}",
                to=lead.user.email,
                template="learning/email/lead_digest",
                context={
                    "organization": organization,
                    "rows": rows,
                    "assignments_url": absolute_url(reverse("learning:assignments")),
                },
            )
    return sent
