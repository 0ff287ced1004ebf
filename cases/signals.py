"""Wiring from Wagtail's and Django's signals to cases' services and tasks: emails about
reviews and new cases, and making cached searches stale when what they show changes. The
receivers only call a service or enqueue a task, after the change has committed."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    workflow_approved,
    workflow_rejected,
)

from cases import services, tasks
from cases.models import CasePage, CaseParticipant
from cases.vocabularies import LISTS
from organizations.models import Organization


def _review_finished(sender, instance, **kwargs) -> None:
    if issubclass(instance.content_type.model_class() or object, CasePage):
        transaction.on_commit(lambda: tasks.notify_case_reviewed.delay(instance.pk))


def _case_published(sender, instance, revision=None, **kwargs) -> None:
    if instance.first_published_at and instance.first_published_at == instance.last_published_at:
        transaction.on_commit(lambda: tasks.notify_followers_of_new_case.delay(instance.pk))


def _searches_stale(sender, **kwargs) -> None:
    # Now, so this transaction reads fresh results, and again after commit, so a search that
    # another request cached in between from the old data does not outlive the change.
    services.case_search_cache_invalidate()
    transaction.on_commit(services.case_search_cache_invalidate)


def connect() -> None:
    workflow_approved.connect(_review_finished, dispatch_uid="cases-review-approved")
    workflow_rejected.connect(_review_finished, dispatch_uid="cases-review-rejected")
    page_published.connect(_case_published, sender=CasePage, dispatch_uid="cases-published")
    for name, signal in [
        ("published", page_published),
        ("unpublished", page_unpublished),
        ("deleted", post_delete),
    ]:
        signal.connect(_searches_stale, sender=CasePage, dispatch_uid=f"cases-stale-{name}")
    # Accepting a partner publishes too; moves and view restrictions change what is public.
    post_page_move.connect(_searches_stale, dispatch_uid="cases-stale-move")
    for model in (PageViewRestriction, Organization, CaseParticipant):
        post_save.connect(_searches_stale, sender=model, dispatch_uid=f"cases-stale-{model}")
        post_delete.connect(_searches_stale, sender=model, dispatch_uid=f"cases-stale-d-{model}")
    for model_name, _entries, _fields in LISTS:
        post_save.connect(
            _searches_stale, sender=f"cases.{model_name}", dispatch_uid=f"cs-{model_name}"
        )
