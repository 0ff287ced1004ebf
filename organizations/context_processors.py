"""Puts the person's current organisation and the others they can switch to in every page."""

from django.http import HttpRequest

from organizations.access import current_membership


def current_organization(request: HttpRequest) -> dict:
    """Lazy values: templates call them, so pages that never show them (the Wagtail admin)
    cost no query."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}

    def memberships():
        current_membership(request)
        return request._active_memberships

    return {
        "current_membership": lambda: current_membership(request),
        "my_memberships": memberships,
    }
