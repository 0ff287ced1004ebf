"""The signed token in an invitation link. Signing (not storing) keeps no secret in the
database; the invitation row decides whether the link still works (accepted, withdrawn or
expired). The token has no timestamp, so an invitation always has the same link."""

from django.core import signing

INVITATION_SALT = "organizations.invitation"


def invitation_token(invitation_id: int) -> str:
    return signing.Signer(salt=INVITATION_SALT).sign_object(invitation_id)


def invitation_id_from_token(token: str) -> int:
    """The invitation id in a token; raises signing.BadSignature when forged or mangled."""
    return signing.Signer(salt=INVITATION_SALT).unsign_object(token)
