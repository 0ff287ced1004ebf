"""Every page type can be created by an editor somewhere in the tree that `spire_setup` makes.
The rules (parent_page_types, subpage_types, is_creatable, max_count) are walked from the tree
root, so a page type whose rules leave it nowhere to live fails here."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, get_page_models

from core.groups import EDITORS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _may_live_under(child: type[Page], parent: type[Page]) -> bool:
    return (
        child.is_creatable
        and child in parent.allowed_subpage_models()
        and parent in child.allowed_parent_page_models()
    )


def _types_reachable_from_the_root() -> set[type[Page]]:
    reachable = {Page}  # the tree root, which Wagtail makes
    grown = True
    while grown:
        found = {
            child
            for child in get_page_models()
            for parent in reachable
            if child not in reachable and _may_live_under(child, parent)
        }
        reachable |= found
        grown = bool(found)
    return reachable


def test_every_page_type_has_a_place_in_the_tree():
    unplaced = set(get_page_models()) - _types_reachable_from_the_root() - {Page}
    assert not unplaced, sorted(model._meta.label for model in unplaced)


def test_an_editor_may_create_each_page_type_under_the_pages_setup_makes():
    """Under the pages setup makes, each type that may live there may be created by an editor
    (a type kept to one page, such as the catalogue, only until that page exists)."""
    call_command("spire_setup", stdout=StringIO())
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=EDITORS))
    made = [Page.get_first_root_node(), *Page.get_first_root_node().get_descendants()]
    placed = set()
    for page in made:
        parent = page.specific
        room = False
        for child in get_page_models():
            if not _may_live_under(child, type(parent)):
                continue
            placed.add(child)
            if child.max_count is not None and child.objects.count() >= child.max_count:
                assert child.objects.exists(), child  # setup made the one there may be
            else:
                assert child.can_create_at(parent), (child, parent)
                room = True
        if room:
            assert page.permissions_for_user(editor).can_add_subpage(), page.title
    # The pages setup makes leave room for every type that may hang directly under them.
    assert {model._meta.label for model in placed} >= {
        "home.HomePage",
        "home.StandardPage",
        "courses.CourseIndexPage",
        "courses.CoursePage",
        "cases.CaseIndexPage",
        "cases.CasePage",
    }
