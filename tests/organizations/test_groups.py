"""The groups a Spire installation has and exactly what each may do, from `spire_setup` (product
setup, not the demo). A permission added to a group by mistake fails the first test."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from core.groups import EDITORS, MODERATORS, PLATFORM_ADMINS
from home.setup import editor_group_ensure
from organizations.setup import platform_admin_group_ensure

pytestmark = pytest.mark.django_db

CASE_LISTS = [
    "servicearea",
    "casestatus",
    "procurementphase",
    "procedure",
    "innovationtype",
    "innovativeacquisitioncode",
    "marketdialogueactivity",
    "effectcategory",
]
CONTENT = {
    "wagtailadmin.access_admin",
    "assessments.add_question",
    "assessments.change_question",
    "assessments.delete_question",
    "assessments.view_question",
    "assessments.add_surveystatement",
    "assessments.change_surveystatement",
    "assessments.view_surveystatement",
    "assessments.change_surveydimension",
    "assessments.view_surveydimension",
    *(f"cases.{action}_{model}" for action in ("add", "change", "view") for model in CASE_LISTS),
}
COLLECTIONS = {
    ("Root", "wagtailimages.add_image"),
    ("Root", "wagtailimages.change_image"),
    ("Root", "wagtailimages.choose_image"),
    ("Root", "wagtaildocs.add_document"),
    ("Root", "wagtaildocs.change_document"),
    ("Root", "wagtaildocs.choose_document"),
}
# The case review workflow (cases/setup.py) gives its reviewers edit and publish on the case
# database itself, so approving works even where the root grants are narrowed by hand.
CASE_REVIEW = {("Saker", "change_page"), ("Saker", "publish_page")}
EXPECTED = {
    EDITORS: {
        "permissions": CONTENT,
        "pages": {("Root", "add_page"), ("Root", "change_page"), ("Root", "publish_page")}
        | CASE_REVIEW,
        "collections": COLLECTIONS,
    },
    MODERATORS: {
        "permissions": CONTENT,
        "pages": {
            ("Root", "add_page"),
            ("Root", "change_page"),
            ("Root", "publish_page"),
            ("Root", "lock_page"),
            ("Root", "unlock_page"),
        }
        | CASE_REVIEW,
        "collections": COLLECTIONS,
    },
    PLATFORM_ADMINS: {
        "permissions": {
            "wagtailadmin.access_admin",
            "organizations.add_organization",
            "organizations.change_organization",
            "organizations.view_organization",
            "organizations.add_emaildomain",
            "organizations.change_emaildomain",
            "organizations.delete_emaildomain",
            "organizations.view_emaildomain",
            "organizations.add_department",
            "organizations.change_department",
            "organizations.delete_department",
            "organizations.view_department",
            "organizations.add_membership",
            "organizations.change_membership",
            "organizations.delete_membership",
            "organizations.view_membership",
        },
        "pages": set(),
        "collections": set(),
    },
}
TENANT_APPS = {"organizations", "accounts", "auth", "wagtailusers"}


def _groups() -> dict:
    return {
        group.name: {
            "permissions": {
                f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()
            },
            "pages": {
                (gp.page.title, gp.permission.codename)
                for gp in GroupPagePermission.objects.filter(group=group)
            },
            "collections": {
                (
                    gc.collection.name,
                    f"{gc.permission.content_type.app_label}.{gc.permission.codename}",
                )
                for gc in GroupCollectionPermission.objects.filter(group=group)
            },
        }
        for group in Group.objects.all()
    }


def _setup() -> None:
    call_command("spire_setup", stdout=StringIO())


def test_every_group_has_exactly_its_permissions():
    _setup()
    assert _groups() == EXPECTED


def test_content_groups_have_nothing_about_tenants():
    _setup()
    for name in (EDITORS, MODERATORS):
        apps = {permission.partition(".")[0] for permission in _groups()[name]["permissions"]}
        assert not apps & TENANT_APPS, name


def test_running_setup_again_changes_nothing():
    _setup()
    before = _groups()
    _setup()
    assert _groups() == before


def test_setup_takes_back_a_permission_added_by_hand():
    editors = editor_group_ensure()
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="organizations", codename="add_membership")
    )
    _setup()
    assert _groups()[EDITORS] == EXPECTED[EDITORS]


def test_the_demo_puts_people_in_the_product_groups_without_changing_them():
    from demo.people import DEMO_PEOPLE, demo_people_ensure

    _setup()
    before = _groups()
    demo_people_ensure()
    assert _groups() == before
    by_email = {person.email: person for person in DEMO_PEOPLE}
    editor = Group.objects.get(name=EDITORS).user_set.get()
    assert by_email[editor.email].is_editor
    platform_admin = platform_admin_group_ensure().user_set.get()
    assert by_email[platform_admin.email].is_platform_admin
