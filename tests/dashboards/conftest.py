import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import is_mfa_enabled


def enable_mfa(user) -> None:
    """Give the person an authenticator app, as allauth's setup flow would."""
    if not is_mfa_enabled(user):
        TOTP.activate(user, generate_totp_secret())


@pytest.fixture
def mfa_login(login):
    """Sign in as a membership's person who has set up MFA."""

    def _login(membership):
        enable_mfa(membership.user)
        return login(membership)

    return _login


def released_knowledge(organization, department=None):
    """Release the organisation's knowledge figures now, as the nightly run would, and read
    what a lead sees of them."""
    from dashboards.selectors.knowledge import knowledge
    from dashboards.services import knowledge_release

    knowledge_release(organization, list(organization.departments.all()))
    return knowledge(organization, department)
