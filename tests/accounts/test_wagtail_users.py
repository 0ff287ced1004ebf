"""The Wagtail admin's user forms fit Spire's user (one full name, no first and last name): a
superuser can give a person a group there, as the README tells operators to."""

import pytest
from django.urls import reverse

from home.setup import editor_group_ensure
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(mfa_login):
    return mfa_login(UserFactory(email="drift@example.org", is_superuser=True, is_staff=True))


def test_the_edit_form_asks_for_the_full_name_not_first_and_last(superuser_client):
    person = UserFactory(full_name="Kari Nordmann")
    response = superuser_client.get(reverse("wagtailusers_users:edit", args=[person.pk]))
    form = response.context["form"]
    assert "full_name" in form.fields
    assert "first_name" not in form.fields and "last_name" not in form.fields
    assert b'name="full_name"' in response.content


def test_a_superuser_puts_a_person_in_the_editors_group(superuser_client):
    person = UserFactory(full_name="Kari Nordmann")
    editors = editor_group_ensure()
    response = superuser_client.post(
        reverse("wagtailusers_users:edit", args=[person.pk]),
        {
            "email": person.email,
            "full_name": "Kari Nordmann",
            "is_active": "on",
            "groups": [editors.pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert list(person.groups.all()) == [editors]
    person.refresh_from_db()
    assert person.full_name == "Kari Nordmann"


def test_a_superuser_creates_a_person_with_a_full_name(superuser_client):
    response = superuser_client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "ny@example.org",
            "full_name": "Ola Ny",
            "password1": "Et-langt-passord-42",
            "password2": "Et-langt-passord-42",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert UserFactory._meta.model.objects.get(email="ny@example.org").full_name == "Ola Ny"
