"""The sent-email log (core/emails.py): an email goes out once per key, and the log forgets rows
past their retention (SPIRE_SENT_EMAIL_RETENTION_DAYS) when the nightly task prunes it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from core.emails import email_send_once
from core.models import SentEmail
from core.tasks import prune_sent_emails

pytestmark = pytest.mark.django_db

RETENTION_DAYS = 400


@pytest.fixture(autouse=True)
def _retention_and_plain_templates(settings, monkeypatch):
    settings.SPIRE_SENT_EMAIL_RETENTION_DAYS = RETENTION_DAYS
    monkeypatch.setattr("core.emails.render_to_string", lambda name, context: name)


def _logged(key: str, days_ago: int) -> SentEmail:
    row = SentEmail.objects.create(key=key, recipient="kari@example.no")
    SentEmail.objects.filter(pk=row.pk).update(sent_at=timezone.now() - timedelta(days=days_ago))
    return row


def _send(key: str) -> bool:
    return email_send_once(key=key, to="kari@example.no", template="t", context={})


def test_pruning_deletes_rows_past_retention_and_keeps_recent_ones():
    _logged("old", RETENTION_DAYS + 1)
    _logged("recent", RETENTION_DAYS - 1)
    _logged("today", 0)

    assert prune_sent_emails() == 1

    assert sorted(SentEmail.objects.values_list("key", flat=True)) == ["recent", "today"]


def test_send_once_still_refuses_a_duplicate_within_retention():
    _logged("invitation:1", RETENTION_DAYS - 1)
    prune_sent_emails()

    assert _send("invitation:1") is False
    assert mail.outbox == []


def test_a_key_sends_once_and_is_logged():
    assert _send("invitation:2") is True
    assert _send("invitation:2") is False

    assert len(mail.outbox) == 1
    assert SentEmail.objects.filter(key="invitation:2", recipient="kari@example.no").exists()


def test_the_retention_setting_decides_what_is_old(settings):
    _logged("a", 40)
    settings.SPIRE_SENT_EMAIL_RETENTION_DAYS = 30

    assert prune_sent_emails() == 1
    assert not SentEmail.objects.exists()


def test_beat_runs_the_pruning(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "core.tasks.prune_sent_emails" in tasks
