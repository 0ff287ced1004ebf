"""Reads about a person, for the person themself."""

from collections import defaultdict
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db.models import IntegerField, Q
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Comment, CommentReply, Revision, WorkflowState

from assessments.models import Answer, Attempt, Option, Question, SurveyParticipation, SurveyRound
from cases.models import CasePage, CaseRead, PartnerInterest, ServiceAreaFollow
from learning.models import Assignment, CourseCompletion, Enrolment, StepCompletion
from organizations.models import Invitation, Membership

User = get_user_model()


def _when(value) -> str | None:
    return value.isoformat() if value else None


def user_addresses(user: User) -> set[str]:
    """Every address the person has given, lower-cased: the account's and allauth's."""
    addresses = {user.email.lower()}
    addresses.update(
        e.lower() for e in EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    )
    return addresses


def address_match(field: str, addresses: set[str]) -> Q:
    """Rows whose ``field`` is one of the addresses, in any case."""
    condition = Q(pk__in=[])
    for address in addresses:
        condition |= Q(**{f"{field}__iexact": address})
    return condition


def personal_data_export(user: User) -> dict[str, Any]:
    """Everything Spire stores about a person, in a machine-readable form (GDPR art. 15 and
    20). Survey answers are absent by design: they are not linked to the person. What each
    key covers, and what goes on deletion: accounts/personal_data.py."""
    memberships = Membership.objects.filter(user=user).select_related("organization", "department")
    addresses = user_addresses(user)
    invitations = Invitation.objects.filter(address_match("email", addresses)).select_related(
        "organization"
    )
    return {
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        "two_factor_methods": [
            # That a method exists and when it was used; never its secret or codes.
            {
                "type": a.type,
                "created_at": _when(a.created_at),
                "last_used_at": _when(a.last_used_at),
            }
            for a in Authenticator.objects.filter(user=user).order_by("created_at")
        ],
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
        "invitations_sent": [
            # The invitee's address is the invitee's data, not the inviter's.
            {
                "organization": i.organization.name,
                "created_at": _when(i.created_at),
                "accepted": i.accepted_at is not None,
                "revoked": i.revoked_at is not None,
            }
            for i in Invitation.objects.filter(invited_by=user).select_related("organization")
        ],
        "cases_read": [
            {"case": read.case.title, "first_read_at": _when(read.first_read_at)}
            for read in CaseRead.objects.filter(user=user).select_related("case")
        ],
        **_case_records(user, addresses),
        **_learning_records(user),
        **_editing_records(user),
    }


def _cases_submitted(user: User) -> list[dict[str, Any]]:
    """The cases the person started, saved a version of, or sent to the editors."""
    saved = defaultdict(list)
    for page_id, created_at in (
        Revision.page_revisions.filter(user=user)
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values_list("page_id", "created_at")
    ):
        saved[page_id].append(created_at)
    sent = defaultdict(list)
    for state in WorkflowState.objects.filter(requested_by=user).order_by("created_at"):
        sent[int(state.object_id)].append(
            {"sent_at": _when(state.created_at), "status": state.status}
        )
    cases = CasePage.objects.filter(Q(owner=user) | Q(pk__in=list(saved) + list(sent)))
    return [
        {
            "case": case.draft_title or case.title,
            "published": case.live,
            "started_by_you": case.owner_id == user.pk,
            "versions_you_saved": len(saved.get(case.pk, [])),
            "last_saved_by_you_at": _when(max(saved[case.pk])) if saved.get(case.pk) else None,
            "sent_for_review": sent.get(case.pk, []),
        }
        for case in cases.order_by("pk")
    ]


def _files_uploaded(user: User) -> list[dict[str, Any]]:
    files = []
    for model in (get_document_model(), get_image_model()):
        for item in model.objects.filter(uploaded_by_user=user).order_by("created_at"):
            files.append(
                {
                    "title": item.title,
                    "file": item.file.name.rpartition("/")[2],
                    "size_bytes": item.file_size,
                    "uploaded_at": _when(item.created_at),
                }
            )
    return files


def _case_records(user: User, addresses: set[str]) -> dict[str, list]:
    """Cases submitted and files uploaded with them, interests registered on behalf of an
    organisation, service areas followed, and published cases that name the person."""
    return {
        "cases_submitted": _cases_submitted(user),
        "files_uploaded": _files_uploaded(user),
        "partner_interests_registered": [
            {
                "case": i.case.title,
                "organization": i.organization.name,
                "message": i.message,
                "status": i.status,
                "created_at": _when(i.created_at),
            }
            for i in PartnerInterest.objects.filter(registered_by=user).select_related(
                "case", "organization"
            )
        ],
        "service_areas_followed": [
            {"service_area": f.service_area.name, "since": _when(f.created_at)}
            for f in ServiceAreaFollow.objects.filter(user=user).select_related("service_area")
        ],
        "cases_naming_you_as_contact": [
            {"case": case.title, "contact_email": case.contact_email}
            for case in CasePage.objects.filter(address_match("contact_email", addresses))
        ],
    }


def _editing_records(user: User) -> dict[str, list]:
    """What a lead or editor has done for others: assignments, survey rounds, page comments."""
    comments = [
        {"page": str(c.page), "text": c.text, "created_at": _when(c.created_at)}
        for c in Comment.objects.filter(user=user).select_related("page")
    ] + [
        {"page": str(r.comment.page), "text": r.text, "created_at": _when(r.created_at)}
        for r in CommentReply.objects.filter(user=user).select_related("comment__page")
    ]
    return {
        "assignments_made": [
            {
                "course": a.course.title,
                "organization": a.organization.name,
                "due_date": a.due_date.isoformat(),
            }
            for a in Assignment.objects.filter(assigned_by=user).select_related(
                "course", "organization"
            )
        ],
        "survey_rounds_created": [
            {"round": r.title, "organization": r.organization.name}
            for r in SurveyRound.objects.filter(created_by=user).select_related("organization")
        ],
        "page_comments": comments,
    }


def _answers(attempts: list[Attempt]) -> dict[int, list[dict[str, Any]]]:
    """Each attempt's answers as the person gave them: the question, the options chosen (their
    text), the number written, and the points once the attempt is submitted. Never which
    option was right."""
    answers = list(Answer.objects.filter(attempt__in=attempts).order_by("attempt_id", "pk"))
    questions = Question.objects.in_bulk({a.question_id for a in answers})
    option_ids = {
        option_id for a in answers for option_id in a.choices if isinstance(option_id, int)
    }
    options = dict(Option.objects.filter(pk__in=option_ids).values_list("pk", "text"))
    submitted = {a.pk for a in attempts if a.submitted_at}
    result = defaultdict(list)
    for answer in answers:
        question = questions.get(answer.question_id)
        result[answer.attempt_id].append(
            {
                "question": question.text if question else None,
                "chosen": [options.get(option_id) for option_id in answer.choices],
                "number": str(answer.number) if answer.number is not None else None,
                "points": answer.score if answer.attempt_id in submitted else None,
                "saved_at": _when(answer.updated_at),
            }
        )
    return result


def _learning_records(user: User) -> dict[str, list]:
    """Courses, steps, certificates, quiz attempts with their answers, and survey rounds taken
    part in."""
    attempts = list(Attempt.objects.filter(user=user).select_related("quiz").order_by("pk"))
    answers = _answers(attempts)
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
                "answers": answers.get(a.pk, []),
            }
            for a in attempts
        ],
        "survey_rounds_answered": [
            {"round": p.round.title, "organization": p.round.organization.name}
            for p in SurveyParticipation.objects.filter(user=user).select_related(
                "round__organization"
            )
        ],
    }
