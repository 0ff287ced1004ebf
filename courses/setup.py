"""The course catalogue every installation has, under the home page, with its title and intro
from courses/data/catalogue.md. Part of `manage.py spire_setup`: the catalogue is created once
and then belongs to the editors; running setup again changes nothing."""

from pathlib import Path

from django.db import transaction
from wagtail.models import Page

from core.page_text import page_text_read
from courses.models import CourseIndexPage

CATALOGUE_TEXT_PATH = Path(__file__).resolve().parent / "data" / "catalogue.md"


@transaction.atomic
def course_catalogue_ensure(*, parent: Page) -> CourseIndexPage:
    """The catalogue (there is one), created and published under `parent` when missing."""
    index = CourseIndexPage.objects.first()
    if index is None:
        text = page_text_read(CATALOGUE_TEXT_PATH)
        index = CourseIndexPage(title=text["title"], slug=text["slug"], intro=text["intro"])
        parent.add_child(instance=index)
        index.save_revision().publish()
    return index
