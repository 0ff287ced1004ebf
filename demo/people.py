"""The demo installation that `make run` loads on top of `spire_setup`: two demo
municipalities with departments and people in every role, an editor, a platform administrator
and a superuser, as demo/content/people.yaml lists them.
The site pages, groups and their permissions are the product's (home/setup.py,
organizations/setup.py); the demo only puts people in them. Every step is idempotent."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction

from demo import content_files
from demo.schema import PersonData
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


def _person(data: PersonData) -> DemoPerson:
    return DemoPerson(
        email=data.email,
        full_name=data.name,
        description=data.description,
        municipality=data.municipality,
        department=data.department,
        **{f"is_{role}": True for role in data.roles},
    )


# From demo/content/people.yaml.
DEMO_PEOPLE = [_person(data) for data in content_files.people().people]
DEMO_DEPARTMENTS = content_files.people().departments


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
