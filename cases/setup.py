"""The case database every installation has: the controlled lists (cases/vocabularies.py), the
case database page under the home page with its intro from cases/data/case-database.md, and the
review workflow every submitted case goes through.

Part of `manage.py spire_setup`. Each part is created once and then belongs to the editors:
running setup again changes nothing."""

from pathlib import Path

from django.db import transaction
from wagtail.models import Page

from cases.models import CaseIndexPage
from cases.services import case_review_workflow_ensure, vocabularies_ensure
from core.page_text import page_text_read

CASE_DATABASE_TEXT_PATH = Path(__file__).resolve().parent / "data" / "case-database.md"


def case_index_ensure(*, parent: Page) -> CaseIndexPage:
    """The case database page (there is one), created and published under `parent` when
    missing."""
    index = CaseIndexPage.objects.first()
    if index is None:
        text = page_text_read(CASE_DATABASE_TEXT_PATH)
        index = CaseIndexPage(title=text["title"], slug=text["slug"], intro=text["intro"])
        parent.add_child(instance=index)
        index.save_revision().publish()
    return index


@transaction.atomic
def case_database_ensure(*, parent: Page) -> CaseIndexPage:
    """The lists, the case database page and its review workflow («Gjennomgang av saker»)."""
    vocabularies_ensure()
    index = case_index_ensure(parent=parent)
    case_review_workflow_ensure(index)
    return index
