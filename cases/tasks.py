"""Emails about cases, sent by Celery after the change that causes them has committed.

Each email has a key naming what it is about and for whom, so a task that runs twice, or is
redelivered, sends each email once."""

from celery import shared_task
from django.urls import reverse
from wagtail.models import WorkflowState

from cases.models import CasePage, PartnerInterest, ServiceAreaFollow
from cases.selectors import InterestReach, interest_recipients
from core.emails import absolute_url, email_send_once


def _case_url(case) -> str:
    return absolute_url(case.get_url() or "/")


@shared_task
def notify_case_reviewed(workflow_state_id: int) -> int:
    """Tell the person who submitted a case that editors published it or asked for changes."""
    state = (
        WorkflowState.objects.filter(pk=workflow_state_id).select_related("requested_by").first()
    )
    if state is None or state.requested_by is None or not state.requested_by.email:
        return 0
    outcome = {
        WorkflowState.STATUS_APPROVED: "published",
        WorkflowState.STATUS_NEEDS_CHANGES: "changes_requested",
    }.get(state.status)
    if outcome is None:
        return 0
    case = state.content_object.specific
    comment = state.current_task_state.comment if state.current_task_state else ""
    return int(
        email_send_once(
            key=f"case-reviewed:{state.pk}:{outcome}:{state.current_task_state_id}",
            to=state.requested_by.email,
            template=f"cases/email/case_{outcome}",
            context={
                "case": case,
                "comment": comment,
                "case_url": _case_url(case),
                "my_cases_url": absolute_url(reverse("cases:my_cases")),
            },
        )
    )


@shared_task
def notify_followers_of_new_case(case_id: int) -> int:
    """Tell everyone who follows the case's service area that a new case is published."""
    case = (
        CasePage.objects.live()
        .public()
        .filter(pk=case_id)
        .select_related("service_area", "status")
        .first()
    )
    if case is None or case.service_area_id is None:
        return 0
    follows = ServiceAreaFollow.objects.filter(service_area_id=case.service_area_id).select_related(
        "user"
    )
    sent = 0
    for follow in follows:
        if not follow.user.is_active or not follow.user.email:
            continue
        sent += email_send_once(
            key=f"case-new:{case.pk}:{follow.user_id}",
            to=follow.user.email,
            template="cases/email/case_new_in_area",
            context={
                "case": case,
                "case_url": _case_url(case),
                "follow_url": absolute_url(reverse("cases:follow")),
            },
        )
    return sent


@shared_task
def notify_partner_interest(interest_id: int) -> int:
    """Tell the leads and admins of the case's lead organisation that another organisation
    wants to join; when it has none on Spire yet, the case's contact address or the platform's
    editors (cases.selectors.interest_recipients)."""
    interest = (
        PartnerInterest.objects.filter(pk=interest_id)
        .select_related("case", "organization")
        .first()
    )
    if interest is None:
        return 0
    recipients = interest_recipients(interest.case)
    template = (
        "cases/email/partner_interest"
        if recipients.reach == InterestReach.OWNER
        else "cases/email/partner_interest_unanswered"
    )
    context = {
        "interest": interest,
        "case_url": _case_url(interest.case),
        "owner": recipients.owner,
        "reach": recipients.reach,
    }
    sent = 0
    for address in recipients.emails:
        sent += email_send_once(
            key=f"partner-interest:{interest.pk}:{address.lower()}",
            to=address,
            template=template,
            context=context,
        )
    return sent


@shared_task
def notify_interest_accepted(interest_id: int) -> int:
    """Tell the lead who registered interest that their organisation now takes part."""
    interest = (
        PartnerInterest.objects.filter(pk=interest_id)
        .select_related("case", "organization", "registered_by")
        .first()
    )
    if interest is None or interest.registered_by is None:
        return 0
    return int(
        email_send_once(
            key=f"interest-accepted:{interest.pk}",
            to=interest.registered_by.email,
            template="cases/email/interest_accepted",
            context={"interest": interest, "case_url": _case_url(interest.case)},
        )
    )
