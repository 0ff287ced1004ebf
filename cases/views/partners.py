"""Leads register interest in planned joint procurements, accept partners, follow areas.

Registering interest commits an organisation, so only its leads may do it; a learner is told
why with a 403 page rather than a bare error. Accepting is for the lead organisation of the
case alone, and anyone else gets a 404, as for any other organisation's object."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cases import selectors, services
from cases.forms.partners import FollowForm, PartnerInterestForm
from core.forms import add_service_error
from organizations.access import current_membership, lead_required, mfa_step_response
from organizations.models import Role


def _seeks_partners(case) -> bool:
    return case.status is not None and case.status.seeks_partners


@login_required
def interest_register(request: HttpRequest, case_id: int) -> HttpResponse:
    """A lead of another organisation says theirs wants to join a planned procurement."""
    case = selectors.live_case(case_id)
    if case is None:
        raise Http404
    case_url = case.get_url(request)
    membership = current_membership(request)
    if membership is None or not membership.has_role(Role.LEAD):
        context = {"case": case, "case_url": case_url, "membership": membership}
        return render(request, "cases/partners/lead_only.html", context, status=403)
    refusal = mfa_step_response(request)  # a lead's action, as with lead_required
    if refusal is not None:
        return refusal
    if not _seeks_partners(case):
        messages.error(request, _("This case is not looking for partners."))
        return redirect(case_url)
    if selectors.can_propose_update(case, membership):  # the organisation already takes part
        messages.info(request, _("Your organisation already takes part in this case."))
        return redirect(case_url)

    context = {
        "case": case,
        "case_url": case_url,
        "membership": membership,
        "recipients": selectors.interest_recipients(case),
    }
    existing = selectors.own_partner_interest(case, membership)
    if existing is not None:
        return render(
            request, "cases/partners/interest_register.html", {**context, "existing": existing}
        )

    form = PartnerInterestForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            services.partner_interest_register(
                case=case, membership=membership, message=form.cleaned_data["message"]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _registered_message(context["recipients"]))
            return redirect(case_url)
    return render(request, "cases/partners/interest_register.html", {**context, "form": form})


def _registered_message(recipients: selectors.InterestRecipients) -> str:
    """What the registrant is told, true to who was emailed."""
    if recipients.reach == selectors.InterestReach.OWNER:
        return _(
            "Your organisation's interest is registered. The lead organisation gets an "
            "email and answers you here and by email."
        )
    owner = recipients.owner.name if recipients.owner else _("the lead organisation")
    told = {
        selectors.InterestReach.CONTACT: _("We have emailed the case's contact address."),
        selectors.InterestReach.EDITORS: _("We have told Spire's editors, who will help."),
    }.get(recipients.reach, _("Nobody could be emailed."))
    return _(
        "Your organisation's interest is registered. Nobody at %(owner)s can answer it on "
        "Spire yet. %(told)s When %(owner)s gets a lead on Spire, they see your interest on "
        "the case page, and you get an email when they accept."
    ) % {"owner": owner, "told": told}


@require_POST
@login_required
def interest_accept(request: HttpRequest, case_id: int, interest_id: int) -> HttpResponse:
    """The case's lead organisation takes an interested organisation in as a participant."""
    membership = current_membership(request)
    interest = (
        selectors.interest_to_decide(membership, case_id, interest_id) if membership else None
    )
    if interest is None:
        raise Http404
    case_url = interest.case.get_url(request)
    try:
        services.partner_interest_accept(interest=interest, membership=membership)
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(organisation)s now takes part in the case and has been told by email.")
            % {"organisation": interest.organization.name},
        )
    return redirect(case_url)


@lead_required
def follow(request: HttpRequest) -> HttpResponse:
    """Choose the service areas to get an email about when a new case is published."""
    followed = selectors.followed_area_ids(request.user)
    if request.method != "POST":
        form = FollowForm(initial={"areas": sorted(followed)})
        return render(request, "cases/partners/follow.html", {"form": form})
    form = FollowForm(request.POST)
    if not form.is_valid():
        return render(request, "cases/partners/follow.html", {"form": form})
    chosen = {area.pk for area in form.cleaned_data["areas"]}
    for area in form.fields["areas"].queryset:
        if (area.pk in chosen) != (area.pk in followed):
            services.service_area_follow_set(
                user=request.user, service_area=area, follow=area.pk in chosen
            )
    messages.success(request, _("Your choice of service areas is saved."))
    return redirect("cases:follow")
