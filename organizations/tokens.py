"""The signed token in an invitation link. Signing (not storing) keeps no secret in the
database; the invitation row decides whether the link still works."""

from django.core import signing

INVITATION_SALT = "organizations.invitation"


def invitation_token(invitation_id: int) -> str:
    return signing.dumps(invitation_id, salt=INVITATION_SALT)


def invitation_id_from_token(token: str) -> int:
    """The invitation id in a token; raises signing.BadSignature when forged or mangled."""
    return signing.loads(token, salt=INVITATION_SALT)
