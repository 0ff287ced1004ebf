import pytest
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("setup_demo", "--without-courses", verbosity=0)


def test_front_page_speaks_bokmal_with_landmarks(client, demo):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nb"' in html
    assert "Hopp til hovedinnhold" in html
    assert '<main id="main"' in html and "<footer" in html and "<nav" in html
    assert "Lær å kjøpe innovasjon" in html


@pytest.mark.parametrize(
    ("slug", "text"),
    [("personvern", "Datatilsynet"), ("tilgjengelighet", "WCAG 2.1"), ("om-spire", "KS")],
)
def test_standard_pages_exist_and_are_linked_from_the_footer(client, demo, slug, text):
    response = client.get(f"/{slug}/")
    assert response.status_code == 200
    assert text in response.content.decode()
    assert f'href="/{slug}/"' in client.get("/").content.decode()


def test_language_switcher_changes_language(client, demo):
    assert '<html lang="nb"' in client.get("/").content.decode()  # also stored in the page cache
    response = client.get(reverse("language"), {"language": "en", "next": "/om-spire/"})
    assert response.url == "/om-spire/"
    assert '<html lang="en"' in client.get("/").content.decode()
    client.get(reverse("language"), {"language": "nn", "next": "/"})
    assert '<html lang="nn"' in client.get("/").content.decode()


def test_language_switcher_goes_nowhere_else_and_ignores_unknown_languages(client, demo):
    response = client.get(reverse("language"), {"language": "xx", "next": "https://evil.example/"})
    assert response.url == "/"
    assert "django_language" not in response.cookies


def test_demo_logins_work(client, demo):
    from demo.people import DEMO_PASSWORD, DEMO_PEOPLE

    admin = next(person for person in DEMO_PEOPLE if person.is_admin)
    response = client.post(
        reverse("account_login"), {"login": admin.email, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(reverse("accounts:profile")).status_code == 200
    # An administrator's pages need MFA: the demo admin is led to set it up first.
    members = client.get(reverse("organizations:members"))
    assert members.status_code == 403
    assert members.templates[0].name == "account/mfa_required.html"
