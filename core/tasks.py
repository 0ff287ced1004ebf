"""Housekeeping with no domain, run by Celery beat."""

from celery import shared_task

from core.emails import sent_emails_prune


@shared_task
def prune_sent_emails() -> int:
    """Nightly: forget the sent-email log's rows past their retention (core/emails.py)."""
    return sent_emails_prune()
