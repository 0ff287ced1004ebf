"""Sending an email at most once per key, and forgetting old keys. Tasks in every app build on
this."""

from contextlib import suppress
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.models import SentEmail


def absolute_url(path: str) -> str:
    """A link for an email, which has no request to build it from."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def email_send_once(*, key: str, to: str, template: str, context: dict) -> bool:
    """Render `<template>_subject.txt` and `<template>_body.txt` and send them to one person,
    unless an email with this key has gone out within the retention period
    (SPIRE_SENT_EMAIL_RETENTION_DAYS). Returns whether it sent.

    Sending comes before recording, so a crash in between repeats the email rather than losing
    it: an invitation arriving twice is better than never."""
    if SentEmail.objects.filter(key=key).exists():
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    send_mail(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        message=body,
        from_email=None,
        recipient_list=[to],
    )
    # Another worker may have sent the same email at the same moment; both copies are out.
    with suppress(IntegrityError):
        SentEmail.objects.create(key=key, recipient=to)
    return True


def sent_emails_prune() -> int:
    """Delete the log of emails sent longer ago than the retention period; how many went."""
    cutoff = timezone.now() - timedelta(days=settings.SPIRE_SENT_EMAIL_RETENTION_DAYS)
    deleted, _by_model = SentEmail.objects.filter(sent_at__lt=cutoff).delete()
    return deleted
