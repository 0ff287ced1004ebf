"""Who may see what inside an organisation. Every organisation view goes through these helpers,
so an object is always fetched within the current organisation and another organisation's
object answers 404."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

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


def role_required(role: Role) -> Callable:
    """View decorator: the person must hold `role` in their current organisation. The view
    gets the membership as `request.membership`; organisation data is scoped to it."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            membership = current_membership(request)
            if membership is None or not membership.has_role(role):
                raise PermissionDenied
            request.membership = membership
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


admin_required = role_required(Role.ADMIN)
lead_required = role_required(Role.LEAD)
