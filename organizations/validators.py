"""Validators for Norwegian public identifiers and the email domains that place people in an
organisation."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORG_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
# Addresses anyone can get for free. An organisation that owned one of these domains would take
# in every person with such an address, so no organisation may have one (checked on the model
# field, so the admin and every form refuse it, and again when a person joins by domain).
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        # International providers
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "outlook.no",
        "hotmail.com",
        "hotmail.no",
        "live.com",
        "live.no",
        "msn.com",
        "yahoo.com",
        "yahoo.no",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "protonmail.com",
        "proton.me",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "mail.com",
        "yandex.com",
        "zoho.com",
        "fastmail.com",
        "tutanota.com",
        "hey.com",
        # Norwegian internet providers and free mail
        "online.no",
        "altibox.no",
        "lyse.net",
        "broadpark.no",
        "getmail.no",
        "c2i.net",
        "chello.no",
        "frisurf.no",
        "start.no",
        "tele2.no",
        "ebnett.no",
        "bluezone.no",
        "telenor.no",
        "sol.no",
    }
)
DOMAIN_PATTERN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def org_number_check_digit(first_eight: str) -> int | None:
    """Brønnøysundregistrene's modulus-11 check digit, or None when no valid digit exists."""
    remainder = sum(int(d) * w for d, w in zip(first_eight, ORG_NUMBER_WEIGHTS, strict=True)) % 11
    digit = 11 - remainder
    if digit == 11:
        return 0
    if digit == 10:
        return None
    return digit


def validate_org_number(value: str) -> None:
    if not re.fullmatch(r"\d{9}", value or ""):
        raise ValidationError(_("An organisation number has exactly 9 digits."), code="format")
    if org_number_check_digit(value[:8]) != int(value[8]):
        raise ValidationError(
            _(
                "The organisation number %(value)s has a wrong check digit. Check it in the "
                "Brønnøysund Register Centre."
            ),
            code="check_digit",
            params={"value": value},
        )


def normalize_domain(value: str) -> str:
    return (value or "").strip().lower().lstrip("@").rstrip(".")


def is_public_mail_domain(value: str) -> bool:
    """True for a free-mail provider's domain or any subdomain of one."""
    domain = normalize_domain(value)
    return any(domain == public or domain.endswith(f".{public}") for public in PUBLIC_MAIL_DOMAINS)


def validate_email_domain(value: str) -> None:
    if not DOMAIN_PATTERN.match(normalize_domain(value)):
        raise ValidationError(
            _("“%(value)s” is not a valid email domain. Write it like bergen.kommune.no."),
            code="domain",
            params={"value": value},
        )
    if is_public_mail_domain(value):
        raise ValidationError(
            _(
                "“%(value)s” is a public email service that anyone can use. Only a domain the "
                "organisation owns can let people join it."
            ),
            code="public_mail_domain",
            params={"value": value},
        )
