"""Wiring from Wagtail's moderation and publishing signals to the emails in cases.tasks. The
receivers only enqueue tasks, after the change has committed."""

from django.db import transaction
from wagtail.signals import page_published, workflow_approved, workflow_rejected

from cases import tasks
from cases.models import CasePage


def _review_finished(sender, instance, **kwargs) -> None:
    if issubclass(instance.content_type.model_class() or object, CasePage):
        transaction.on_commit(lambda: tasks.notify_case_reviewed.delay(instance.pk))


def _case_published(sender, instance, revision=None, **kwargs) -> None:
    if instance.first_published_at and instance.first_published_at == instance.last_published_at:
        transaction.on_commit(lambda: tasks.notify_followers_of_new_case.delay(instance.pk))


def connect() -> None:
    workflow_approved.connect(_review_finished, dispatch_uid="cases-review-approved")
    workflow_rejected.connect(_review_finished, dispatch_uid="cases-review-rejected")
    page_published.connect(_case_published, sender=CasePage, dispatch_uid="cases-published")
