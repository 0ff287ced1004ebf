"""Who may see what inside an organisation. Every organisation view goes through these helpers,
so an object is always fetched within the current organisation and another organisation's
object answers 404."""

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse

from organizations.models import Membership, MembershipStatus, Role

SESSION_KEY = "current_organization_id"


def active_memberships(user):
    """A person's active memberships, with the organisation loaded."""
    if not user.is_authenticated:
        return Membership.objects.none()
    return (
        Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE)
        .select_related("organization", "department")
        .order_by("organization__name")
    )


def current_membership(request: HttpRequest) -> Membership | None:
    """The membership the person works in now: the one they switched to, else their first.
    Cached on the request so a page asks the database once."""
    if not hasattr(request, "_current_membership"):
        memberships = list(active_memberships(request.user))
        chosen = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
        request._current_membership = next(
            (m for m in memberships if m.organization_id == chosen),
            memberships[0] if memberships else None,
        )
        request._active_memberships = memberships
    return request._current_membership


def switch_organization(request: HttpRequest, organization_id: int) -> Membership | None:
    """Make another of the person's organisations the current one; None if not a member."""
    membership = active_memberships(request.user).filter(organization_id=organization_id).first()
    if membership is not None:
        request.session[SESSION_KEY] = membership.organization_id
        request._current_membership = membership
    return membership


# Privileged sessions ---------------------------------------------------------------------------


def session_passed_mfa(request: HttpRequest) -> bool:
    """Whether this session, not just the person, passed the second step: allauth records each
    way the session authenticated (the MFA step at login, or a later confirmation with the
    authenticator), and forgets them when the session ends."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def mfa_step_response(request: HttpRequest) -> HttpResponse | None:
    """None when the signed-in person may go on to a privileged page (a lead's, an admin's, a
    platform administrator's, an editor's or staff's): they have MFA and this session passed
    it. Otherwise what to answer instead:

    - without MFA: a page that explains, with a link to set it up and back here;
    - with MFA, in a session that did not pass it (opened with the password before MFA was
      set up, say): allauth's confirmation with the authenticator, and back here.

    The one place this rule lives: the role decorators below, the dashboards and the
    middleware for /admin/ and /django-admin/ (config/middleware.py) all ask it."""
    here = request.get_full_path()
    if not is_mfa_enabled(request.user):
        setup_url = f"{reverse('mfa_activate_totp')}?{urlencode({REDIRECT_FIELD_NAME: here})}"
        return render(request, "account/mfa_required.html", {"setup_url": setup_url}, status=403)
    if session_passed_mfa(request):
        return None
    return HttpResponseRedirect(
        f"{reverse('mfa_reauthenticate')}?{urlencode({REDIRECT_FIELD_NAME: here})}"
    )


def has_admin_access(user) -> bool:
    """Staff, superusers and everyone in a group that opens the Wagtail admin (editors,
    moderators, platform administrators)."""
    return user.is_authenticated and (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def role_required(role: Role) -> Callable:
    """View decorator: the person must hold `role` in their current organisation, and for the
    lead and admin roles this session must have passed MFA (mfa_step_response). The view gets
    the membership as `request.membership`; organisation data is scoped to it."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            membership = current_membership(request)
            if membership is None or not membership.has_role(role):
                raise PermissionDenied
            if role != Role.LEARNER:
                refusal = mfa_step_response(request)
                if refusal is not None:
                    return refusal
            request.membership = membership
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


admin_required = role_required(Role.ADMIN)
lead_required = role_required(Role.LEAD)


def lead_or_admin_required(view: Callable) -> Callable:
    """Like lead_required, for the pages both leads and admins see (the dashboards)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        membership = current_membership(request)
        if membership is None or not (
            membership.has_role(Role.LEAD) or membership.has_role(Role.ADMIN)
        ):
            raise PermissionDenied
        refusal = mfa_step_response(request)
        if refusal is not None:
            return refusal
        request.membership = membership
        return view(request, *args, **kwargs)

    return wrapper
