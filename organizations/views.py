"""Views for an organisation's admins (members, requests, invitations, departments) and for
anyone joining one. Each view parses input, checks the role, calls one service or selector."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.forms import add_service_error
from core.numbers import MAX_ID, parse_id, parse_positive_int
from organizations import selectors, services
from organizations.access import admin_required, switch_organization
from organizations.forms import (
    DepartmentForm,
    InvitationForm,
    JoinRequestForm,
    MemberFilterForm,
    MemberRolesForm,
    OrganizationSearchForm,
)

MEMBERS_PER_PAGE = 25


# Members ---------------------------------------------------------------------------------


@admin_required
def member_list(request: HttpRequest) -> HttpResponse:
    organization = request.membership.organization
    filters = MemberFilterForm(request.GET or None, organization=organization)
    criteria = filters.cleaned_data if filters.is_valid() else {}
    members = selectors.member_search(
        organization,
        query=criteria.get("q", ""),
        department_id=getattr(criteria.get("department"), "pk", None),
        role=criteria.get("role", ""),
    )
    page_number = parse_positive_int(request.GET.get("side"), maximum=MAX_ID) or 1
    page = Paginator(members, MEMBERS_PER_PAGE).get_page(page_number)
    return render(
        request,
        "organizations/member_list.html",
        {
            "filters": filters,
            "page": page,
            "pending_count": selectors.pending_requests_of(organization).count(),
        },
    )


@admin_required
def member_edit(request: HttpRequest, membership_id: int) -> HttpResponse:
    organization = request.membership.organization
    membership = get_object_or_404(selectors.members_of(organization), pk=membership_id)
    form = MemberRolesForm(
        request.POST or None,
        organization=organization,
        initial={
            "department": membership.department,
            "is_lead": membership.is_lead,
            "is_admin": membership.is_admin,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_update(membership=membership, roles=form.roles())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request, _("The changes for %(name)s are saved.") % {"name": membership.user}
            )
            return redirect("organizations:members")
    return render(request, "organizations/member_edit.html", {"form": form, "member": membership})


@admin_required
def member_remove(request: HttpRequest, membership_id: int) -> HttpResponse:
    membership = get_object_or_404(
        selectors.members_of(request.membership.organization), pk=membership_id
    )
    error = None
    if request.method == "POST":
        try:
            services.membership_remove(membership=membership)
        except ValidationError as refusal:
            error = refusal.messages[0]
        else:
            messages.success(
                request, _("%(name)s is removed from the organisation.") % {"name": membership.user}
            )
            return redirect("organizations:members")
    return render(
        request, "organizations/member_remove.html", {"member": membership, "error": error}
    )


# Requests to join ------------------------------------------------------------------------


@admin_required
def request_list(request: HttpRequest) -> HttpResponse:
    pending = selectors.pending_requests_of(request.membership.organization)
    return render(request, "organizations/request_list.html", {"pending": pending})


@require_POST
@admin_required
def request_decide(request: HttpRequest, membership_id: int) -> HttpResponse:
    membership = get_object_or_404(
        selectors.pending_requests_of(request.membership.organization), pk=membership_id
    )
    if request.POST.get("decision") == "approve":
        services.membership_approve(membership=membership)
        messages.success(request, _("%(name)s is now a member.") % {"name": membership.user})
    else:
        services.membership_reject(membership=membership)
        messages.success(
            request, _("The request from %(name)s is turned down.") % {"name": membership.user}
        )
    return redirect("organizations:requests")


# Invitations -----------------------------------------------------------------------------


@admin_required
def invitation_list(request: HttpRequest) -> HttpResponse:
    organization = request.membership.organization
    form = InvitationForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invitation_create(
                organization=organization,
                email=form.cleaned_data["email"],
                roles=form.roles(),
                invited_by=request.user,
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("An invitation is on its way to %(email)s.") % {"email": invitation.email},
            )
            return redirect("organizations:invitations")
    invitations = selectors.invitations_of(organization)[:200]
    return render(
        request, "organizations/invitation_list.html", {"form": form, "invitations": invitations}
    )


@require_POST
@admin_required
def invitation_revoke(request: HttpRequest, invitation_id: int) -> HttpResponse:
    invitation = get_object_or_404(
        selectors.invitations_of(request.membership.organization), pk=invitation_id
    )
    try:
        services.invitation_revoke(invitation=invitation)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, _("The invitation to %(email)s is withdrawn.") % {"email": invitation.email}
        )
    return redirect("organizations:invitations")


def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    """The page an invitation link opens. Anyone may look; accepting needs the right login."""
    try:
        invitation = services.invitation_from_token(token)
    except services.InvitationError as error:
        return render(
            request, "organizations/invitation_accept.html", {"problem": str(error)}, status=404
        )
    problem = services.invitation_problem(invitation)
    if request.method == "POST" and not problem:
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        try:
            membership = services.invitation_accept(token=token, user=request.user)
        except services.InvitationError as error:
            problem = str(error)
        else:
            switch_organization(request, membership.organization_id)
            messages.success(request, _("Welcome to %(org)s!") % {"org": membership.organization})
            return redirect("accounts:profile")
    return render(
        request,
        "organizations/invitation_accept.html",
        {"invitation": invitation, "problem": problem, "login_url": reverse("account_login")},
        status=410 if problem else 200,
    )


# Departments -----------------------------------------------------------------------------


@admin_required
def department_list(request: HttpRequest) -> HttpResponse:
    organization = request.membership.organization
    form = DepartmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            department = services.department_create(
                organization=organization, name=form.cleaned_data["name"]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request, _("The department %(name)s is created.") % {"name": department.name}
            )
            return redirect("organizations:departments")
    departments = selectors.departments_of(organization)
    return render(
        request, "organizations/department_list.html", {"form": form, "departments": departments}
    )


@admin_required
def department_edit(request: HttpRequest, department_id: int) -> HttpResponse:
    department = get_object_or_404(
        selectors.departments_of(request.membership.organization), pk=department_id
    )
    form = DepartmentForm(request.POST or None, initial={"name": department.name})
    if request.method == "POST":
        if request.POST.get("action") == "delete":
            services.department_delete(department=department)
            messages.success(
                request, _("The department %(name)s is deleted.") % {"name": department.name}
            )
            return redirect("organizations:departments")
        if form.is_valid():
            try:
                services.department_rename(department=department, name=form.cleaned_data["name"])
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("The department is renamed."))
                return redirect("organizations:departments")
    return render(
        request, "organizations/department_edit.html", {"form": form, "department": department}
    )


# Joining and switching -------------------------------------------------------------------


@login_required
def join(request: HttpRequest) -> HttpResponse:
    """Find an organisation and ask to join it."""
    search = OrganizationSearchForm(request.GET or None)
    query = search.cleaned_data.get("q", "") if search.is_valid() else ""
    results = selectors.joinable_organizations(query=query)[:20] if query else []
    return render(
        request,
        "organizations/join.html",
        {
            "search": search,
            "results": results,
            "query": query,
            "form": JoinRequestForm(),
            "memberships": request.user.memberships.select_related("organization"),
        },
    )


@require_POST
@login_required
def join_request(request: HttpRequest, organization_id: int) -> HttpResponse:
    organization = get_object_or_404(selectors.joinable_organizations(), pk=organization_id)
    form = JoinRequestForm(request.POST)
    message = form.cleaned_data["message"] if form.is_valid() else ""
    try:
        services.membership_request(user=request.user, organization=organization, message=message)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request,
            _(
                "Your request to join %(org)s is sent. You get an email "
                "when an administrator has answered."
            )
            % {"org": organization},
        )
    return redirect("organizations:join")


@require_POST
@login_required
def switch(request: HttpRequest) -> HttpResponse:
    """Make another of the person's organisations the current one."""
    organization_id = parse_id(request.POST.get("organization")) or 0
    membership = switch_organization(request, organization_id)
    if membership is None:
        messages.error(request, _("You are not a member of that organisation."))
    else:
        messages.success(
            request, _("You are now working in %(org)s.") % {"org": membership.organization}
        )
    # A path on this site only: redirect() would take any other text for a URL name.
    target = request.POST.get("next", "/")
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, {request.get_host()}
    ):
        target = "/"
    return HttpResponseRedirect(target)
