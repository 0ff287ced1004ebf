"""Reads about a person, for the person themself."""

from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from assessments.models import Attempt, SurveyParticipation
from cases.models import CaseRead
from learning.models import CourseCompletion, Enrolment, StepCompletion
from organizations.models import Invitation, Membership

User = get_user_model()


def _when(value) -> str | None:
    return value.isoformat() if value else None


def personal_data_export(user: User) -> dict[str, Any]:
    """Everything Spire stores about a person, in a machine-readable form (GDPR art. 15 and
    20). Survey answers are absent by design: they are not linked to the person."""
    memberships = Membership.objects.filter(user=user).select_related("organization", "department")
    invitations = Invitation.objects.filter(email__iexact=user.email).select_related("organization")
    return {
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        "memberships": [
            {
                "organization": m.organization.name,
                "department": m.department.name if m.department else None,
                "status": m.status,
                "roles": m.roles,
                "request_message": m.request_message,
                "created_at": _when(m.created_at),
            }
            for m in memberships
        ],
        "invitations_received": [
            {
                "organization": i.organization.name,
                "created_at": _when(i.created_at),
                "accepted_at": _when(i.accepted_at),
            }
            for i in invitations
        ],
        "cases_read": [
            {"case": read.case.title, "first_read_at": _when(read.first_read_at)}
            for read in CaseRead.objects.filter(user=user).select_related("case")
        ],
        **_learning_records(user),
    }


def _learning_records(user: User) -> dict[str, list]:
    """Courses, steps, certificates, quiz attempts and survey rounds taken part in."""
    return {
        "enrolments": [
            {
                "course": e.course.title,
                "started_at": _when(e.started_at),
                "completed_at": _when(e.completed_at),
            }
            for e in Enrolment.objects.filter(user=user).select_related("course")
        ],
        "steps_completed": [
            {"step": c.step.title, "course": c.course.title, "completed_at": _when(c.completed_at)}
            for c in StepCompletion.objects.filter(user=user).select_related("step", "course")
        ],
        "certificates": [
            {
                "course": c.course_title,
                "code": c.certificate_code,
                "completed_at": _when(c.completed_at),
            }
            for c in CourseCompletion.objects.filter(user=user)
        ],
        "quiz_attempts": [
            {
                "quiz": a.quiz.title,
                "number": a.number,
                "started_at": _when(a.started_at),
                "submitted_at": _when(a.submitted_at),
                "percent": a.percent,
                "passed": a.passed,
            }
            for a in Attempt.objects.filter(user=user).select_related("quiz")
        ],
        "survey_rounds_answered": [
            {"round": p.round.title, "organization": p.round.organization.name}
            for p in SurveyParticipation.objects.filter(user=user).select_related(
                "round__organization"
            )
        ],
    }
