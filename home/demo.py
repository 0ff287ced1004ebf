"""The demo installation that `make run` loads: site pages, two demo municipalities with
departments and people in every role, an editor, a platform administrator and a superuser.
The groups and their permissions are the product's (home/setup.py, organizations/setup.py);
the demo only puts people in them. Every step is idempotent."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from home import demo_texts
from home.models import HomePage, StandardPage
from home.setup import editor_group_ensure
from organizations.models import Department, Membership, MembershipStatus, Organization
from organizations.setup import platform_admin_group_ensure

User = get_user_model()
DEMO_PASSWORD = "spire-demo-2026"  # noqa: S105 - printed for the demo, never for production


@dataclass(frozen=True)
class DemoPerson:
    email: str
    full_name: str
    description: str
    municipality: str = ""
    department: str = ""
    is_lead: bool = False
    is_admin: bool = False
    is_editor: bool = False
    is_platform_admin: bool = False
    is_superuser: bool = False


DEMO_PEOPLE = [
    DemoPerson(
        "laerer@bergen.kommune.no",
        "Kari Nordmann",
        "Deltaker i Bergen",
        "Bergen",
        "Helse og omsorg",
    ),
    DemoPerson(
        "leder@bergen.kommune.no",
        "Per Hansen",
        "Innkjøpsleder (lead) i Bergen",
        "Bergen",
        "Innkjøp",
        is_lead=True,
    ),
    DemoPerson(
        "admin@bergen.kommune.no",
        "Ingrid Berg",
        "Organisasjonsadministrator i Bergen",
        "Bergen",
        "HR",
        is_admin=True,
    ),
    DemoPerson(
        "laerer@stavanger.kommune.no", "Ola Olsen", "Deltaker i Stavanger", "Stavanger", "Oppvekst"
    ),
    DemoPerson(
        "leder@stavanger.kommune.no",
        "Siri Larsen",
        "HR-leder (lead) i Stavanger",
        "Stavanger",
        "HR",
        is_lead=True,
    ),
    DemoPerson(
        "admin@stavanger.kommune.no",
        "Anders Moe",
        "Organisasjonsadministrator i Stavanger",
        "Stavanger",
        "Digitalisering",
        is_admin=True,
    ),
    DemoPerson(
        "redaktor@spire.example.no", "Eva Redaktør", "Innholdsredaktør (Wagtail)", is_editor=True
    ),
    DemoPerson(
        "plattform@spire.example.no",
        "Petter Plattform",
        "Plattformforvalter: organisasjoner, medlemskap og e-postdomener (Wagtail)",
        is_platform_admin=True,
    ),
    DemoPerson(
        "superbruker@spire.example.no", "Sara Superbruker", "Superbruker", is_superuser=True
    ),
]
DEMO_DEPARTMENTS = {
    "Bergen": ["Helse og omsorg", "Innkjøp", "HR", "Byggeier"],
    "Stavanger": ["Oppvekst", "HR", "Digitalisering", "Innkjøp"],
}


def _stream(blocks: list[tuple[str, str]]) -> list[dict]:
    return [{"type": kind, "value": value} for kind, value in blocks]


def _tree_root_create() -> Page:
    """Wagtail's migrations make the tree root; a flushed database (browser tests) has none."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant("nb"))
    return Page.add_root(instance=Page(title="Root", slug="root"))


def site_pages_ensure() -> HomePage:
    """Give the front page its demo text and add the about, privacy and accessibility pages.
    The HomePage itself comes from a migration; a flushed database (browser tests) gets one."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or _tree_root_create()
        home = root.add_child(
            instance=HomePage(
                title="Spire",
                slug="hjem",
                hero_heading=demo_texts.HOME["hero_heading"],
                hero_text=demo_texts.HOME["hero_text"],
            )
        )
    if not home.body:
        home.title = demo_texts.HOME["title"]
        home.hero_heading = demo_texts.HOME["hero_heading"]
        home.hero_text = demo_texts.HOME["hero_text"]
        home.body = _stream(demo_texts.HOME["body"])
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="Spire"
        )
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = "Spire"
        site.save()
        if placeholder.specific_class is Page and placeholder.depth > 1:
            placeholder.delete()
    for texts in (demo_texts.ABOUT, demo_texts.PRIVACY, demo_texts.ACCESSIBILITY):
        if not StandardPage.objects.filter(slug=texts["slug"]).exists():
            home.add_child(
                instance=StandardPage(
                    title=texts["title"],
                    slug=texts["slug"],
                    intro=texts["intro"],
                    body=_stream(texts["body"]),
                )
            )
    return home


def _user_ensure(person: DemoPerson) -> User:
    user = User.objects.filter(email=person.email).first()
    if user is None:
        user = User.objects.create_user(
            email=person.email,
            password=DEMO_PASSWORD,
            full_name=person.full_name,
            is_staff=person.is_superuser,
            is_superuser=person.is_superuser,
        )
    EmailAddress.objects.update_or_create(
        user=user, email=person.email, defaults={"verified": True, "primary": True}
    )
    return user


@transaction.atomic
def demo_people_ensure() -> list[DemoPerson]:
    editors = editor_group_ensure()
    platform_admins = platform_admin_group_ensure()
    for municipality, names in DEMO_DEPARTMENTS.items():
        organization = Organization.objects.get(kind="municipality", name=municipality)
        for name in names:
            Department.objects.get_or_create(organization=organization, name=name)
    for person in DEMO_PEOPLE:
        user = _user_ensure(person)
        if person.is_editor:
            user.groups.add(editors)
        if person.is_platform_admin:
            user.groups.add(platform_admins)
        if person.municipality:
            organization = Organization.objects.get(kind="municipality", name=person.municipality)
            Membership.objects.update_or_create(
                user=user,
                organization=organization,
                defaults={
                    "status": MembershipStatus.ACTIVE,
                    "department": Department.objects.get(
                        organization=organization, name=person.department
                    ),
                    "is_lead": person.is_lead,
                    "is_admin": person.is_admin,
                },
            )
    return DEMO_PEOPLE
