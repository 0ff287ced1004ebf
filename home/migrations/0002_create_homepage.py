"""Replace Wagtail's placeholder welcome page with Spire's HomePage, so a new installation
shows Spire's front page even before any demo content is loaded."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.order_by("pk").first()
    homepage = HomePage.objects.create(
        title="Spire",
        draft_title="Spire",
        slug="hjem",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/hjem/",
        locale=locale,
        hero_heading="Lær å kjøpe innovasjon – sammen",
        hero_text="Kurs, felles casedatabase og oversikt over hvor organisasjonen står.",
        body=[],
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page_id": homepage.id, "site_name": "Spire"},
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(slug="hjem", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
