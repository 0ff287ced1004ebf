"""Two-factor authentication for tests: a person with an authenticator app, and a test client
whose session passed MFA the way allauth records it after the login's second step."""

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import RequestFactory


def enable_mfa(user) -> Authenticator:
    """Give the person an authenticator app, as allauth's setup flow would."""
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, generate_totp_secret()).instance


def log_in_with_mfa(client, user):
    """Sign the client in as `user` with MFA set up, in a session that passed it: allauth's
    records of a password and then an authenticator code, as its login flow writes them."""
    authenticator = enable_mfa(user)
    client.force_login(user)
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = user
    record_authentication(request, user, method="password", email=user.email)
    record_authentication(request, user, method="mfa", id=authenticator.pk, type="totp")
    request.session.save()
    return client
