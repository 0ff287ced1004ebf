import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_front_page_speaks_bokmal_with_landmarks(client, installed_site):
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
def test_standard_pages_exist_and_are_linked_from_the_footer(client, installed_site, slug, text):
    response = client.get(f"/{slug}/")
    assert response.status_code == 200
    assert text in response.content.decode()
    assert f'href="/{slug}/"' in client.get("/").content.decode()


def test_language_switcher_changes_language(client, installed_site):
    assert '<html lang="nb"' in client.get("/").content.decode()  # also stored in the page cache
    response = client.get(reverse("language"), {"language": "en", "next": "/om-spire/"})
    assert response.url == "/om-spire/"
    assert '<html lang="en"' in client.get("/").content.decode()
    client.get(reverse("language"), {"language": "nn", "next": "/"})
    assert '<html lang="nn"' in client.get("/").content.decode()


def test_language_switcher_goes_nowhere_else_and_ignores_unknown_languages(client, installed_site):
    response = client.get(reverse("language"), {"language": "xx", "next": "https://evil.example/"})
    assert response.url == "/"
    assert "django_language" not in response.cookies
