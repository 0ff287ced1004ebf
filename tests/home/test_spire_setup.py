"""The operator's path: `migrate` (the test database) and `spire_setup`, and nothing else, give
a complete site. Running it again changes nothing, and never undoes an editor's work."""

from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page, Revision, Site, WorkflowPage

from assessments.models import SurveyDimension, SurveyStatement
from cases.models import CaseIndexPage, Procedure, ServiceArea
from cases.services import CASE_REVIEW_WORKFLOW
from core.groups import EDITORS, MODERATORS, PLATFORM_ADMINS
from courses.models import CourseIndexPage
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

STANDARD_SLUGS = {"om-spire", "personvern", "tilgjengelighet"}


def _spire_setup() -> None:
    call_command("spire_setup", stdout=StringIO())


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_a_fresh_installation_is_complete(client):
    _spire_setup()

    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.live and home.body
    children = {type(page.specific) for page in home.get_children().live()}
    assert {CourseIndexPage, CaseIndexPage, StandardPage} <= children

    case_database = CaseIndexPage.objects.get()
    workflow = WorkflowPage.objects.get(page=case_database).workflow
    assert workflow.name == CASE_REVIEW_WORKFLOW and workflow.active
    reviewers = {
        group.name for task in workflow.tasks.all() for group in task.specific.groups.all()
    }
    assert reviewers == {EDITORS, MODERATORS}

    pages = {page.slug: page for page in StandardPage.objects.live().child_of(home)}
    assert set(pages) == STANDARD_SLUGS
    for page in pages.values():
        assert page.intro and page.body and any(b.block_type == "paragraph" for b in page.body)

    assert SurveyDimension.objects.count() == 4
    assert SurveyStatement.objects.filter(is_core=True, dimension__isnull=False).count() == 14
    assert SurveyStatement.objects.filter(is_core=False, dimension__isnull=True).count() == 3
    for statement in SurveyStatement.objects.all():
        assert statement.text_nb and statement.text_nn and statement.text_en

    assert ServiceArea.objects.exists()
    assert Procedure.objects.exclude(eforms_code="").exists()
    assert {EDITORS, MODERATORS, PLATFORM_ADMINS} <= set(
        Group.objects.values_list("name", flat=True)
    )

    for path in ("/", "/kurs/", "/saker/", "/personvern/", "/om-spire/", "/tilgjengelighet/"):
        assert client.get(path).status_code == 200, path


def test_running_it_again_changes_nothing():
    _spire_setup()
    counts = _row_counts()
    revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))

    _spire_setup()

    assert _row_counts() == counts
    assert dict(Page.objects.values_list("pk", "latest_revision_id")) == revisions


def test_running_it_again_keeps_what_editors_changed():
    _spire_setup()
    home = HomePage.objects.get()
    home.title = "Forsiden vår"
    home.body = [{"type": "paragraph", "value": "<p>Skrevet av redaksjonen.</p>"}]
    home.save_revision().publish()
    privacy = StandardPage.objects.get(slug="personvern")
    privacy.title = "Personvern hos oss"
    privacy.slug = "personvern-hos-oss"
    privacy.body = [{"type": "paragraph", "value": "<p>Vår egen erklæring.</p>"}]
    privacy.save_revision().publish()
    catalogue = CourseIndexPage.objects.get()
    catalogue.intro = "Våre kurs."
    catalogue.save_revision().publish()
    statement = SurveyStatement.objects.get(key="acq-1")
    statement.text_nb = "Redaksjonens utsagn."
    statement.save()
    pages = Page.objects.count()
    revisions = Revision.objects.count()

    _spire_setup()

    home.refresh_from_db()
    privacy.refresh_from_db()
    assert home.title == "Forsiden vår"
    assert home.body[0].value.source == "<p>Skrevet av redaksjonen.</p>"
    assert privacy.title == "Personvern hos oss"
    assert privacy.body[0].value.source == "<p>Vår egen erklæring.</p>"
    assert not StandardPage.objects.filter(slug="personvern").exists()  # not made again
    assert CourseIndexPage.objects.get().intro == "Våre kurs."
    assert SurveyStatement.objects.get(key="acq-1").text_nb == "Redaksjonens utsagn."
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions


def test_the_demo_builds_on_it(settings):
    """The demo adds people, cases and activity, but no second copy of the product's pages."""
    settings.DEBUG = True
    _spire_setup()
    pages = {
        model: model.objects.count()
        for model in (HomePage, StandardPage, CourseIndexPage, CaseIndexPage)
    }
    statements = SurveyStatement.objects.count()
    call_command("setup_demo", "--without-courses", stdout=StringIO())
    assert {model: model.objects.count() for model in pages} == pages
    assert SurveyStatement.objects.count() == statements
