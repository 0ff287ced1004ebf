"""allauth's signals about a person's addresses, passed on to the services that act on them."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.http import HttpRequest
from django.utils.translation import gettext as _

from organizations.services import membership_offboard_by_email_domain


def address_gone_offboard(sender, request: HttpRequest | None = None, user=None, **kwargs) -> None:
    """A person removed an address (allauth's email_removed), or replaced it (email_changed
    with ACCOUNT_CHANGE_EMAIL): a membership that came from the domain of an address they no
    longer have ends (offboarding)."""
    user = user or getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return
    remaining = list(
        EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    )
    left = membership_offboard_by_email_domain(user=user, remaining_emails=remaining)
    if left and request is not None:
        messages.info(
            request,
            _(
                "You no longer have an address at %(orgs)s, so you are no longer a member "
                "there. Ask an administrator for an invitation if you should still be."
            )
            % {"orgs": ", ".join(left)},
        )
