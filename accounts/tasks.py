"""Periodic housekeeping of accounts, run by Celery beat."""

from celery import shared_task

from accounts.services import inactive_accounts_delete


@shared_task
def delete_inactive_accounts() -> int:
    """Nightly: delete accounts unused for 24 months, as the privacy notice promises."""
    return inactive_accounts_delete()
