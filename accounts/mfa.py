"""Setting up two-factor authentication takes two proofs that the person is who they say:
their password and a code sent to a confirmed email address. allauth's own activation asks for
one recent reauthentication of any kind (the password alone), so a stolen password would be
enough to put the thief's authenticator on a lead's account. This view stands in front of
allauth's: it sends the person through allauth's password reauthentication and then its
reauthentication by emailed code (one-time code, expiry and attempt limit are allauth's),
and hands over to allauth's activation once both are recent.

A person who signed in with their password minutes ago is asked only for the emailed code: the
sign-in is the password proof. Once both proofs stand, they also stand in for allauth's own
five-minute reauthentication (accounts/adapter.py), so installing the authenticator app may take
a while without the password being asked again. And a person who has just typed a code from their
new authenticator has passed MFA in this session: the recovery codes and the page they were going
to open without asking for yet another code."""

import time

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.views import activate_totp
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

# Both proofs must be this fresh; long enough to fetch the email, short enough to matter.
SETUP_PROOF_SECONDS = 15 * 60
# Where the person was going when a privileged page sent them here; the recovery codes page
# (templates/mfa/recovery_codes/index.html) links back to it.
NEXT_SESSION_KEY = "spire_mfa_setup_next"
# Set on the request once both proofs stand; the account adapter reads it.
SETUP_PROVED_ATTRIBUTE = "spire_mfa_setup_proved"


def _proved_recently(request: HttpRequest, method: str) -> bool:
    """The session has an authentication record of `method` from the last minutes: a sign-in
    or reauthentication with the password, or a code sent to a confirmed email address."""
    now = time.time()
    for record in get_authentication_records(request, request.user):
        if record.get("method") != method or now - record.get("at", 0) > SETUP_PROOF_SECONDS:
            continue
        if method == "code" and not (record.get("reauthenticated") and record.get("email")):
            continue
        return True
    return False


def _via(url_name: str, request: HttpRequest) -> HttpResponseRedirect:
    query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
    return HttpResponseRedirect(f"{reverse(url_name)}?{query}")


def mfa_activate_totp(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if is_mfa_enabled(request.user, [Authenticator.Type.TOTP]):
        return activate_totp(request)  # allauth sends them to the page that turns it off
    next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        request.session[NEXT_SESSION_KEY] = next_url
    if not _proved_recently(request, "password"):
        return _via("account_reauthenticate", request)
    if not _proved_recently(request, "code"):
        return _via("account_request_reauthentication_code", request)
    setattr(request, SETUP_PROVED_ATTRIBUTE, True)
    response = activate_totp(request)
    authenticator = Authenticator.objects.filter(
        user=request.user, type=Authenticator.Type.TOTP
    ).first()
    if authenticator is not None:  # activated just now, with a code from the new app
        record_authentication(
            request,
            request.user,
            method="mfa",
            id=authenticator.pk,
            type=authenticator.type,
            reauthenticated=True,
        )
    return response
