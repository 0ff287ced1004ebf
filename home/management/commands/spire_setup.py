"""Make a fresh installation complete: `manage.py migrate` and then this, at every deploy. Each
app's part is an idempotent function in the app reading the app's own product data, so running
it again changes nothing, and what editors have changed since stays as they left it."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from assessments.models import SurveyStatement
from assessments.setup import survey_instrument_ensure
from cases.setup import case_database_ensure
from courses.setup import course_catalogue_ensure
from home.setup import editor_group_ensure, moderator_group_ensure, site_pages_ensure
from organizations.setup import platform_admin_group_ensure


class Command(BaseCommand):
    help = (
        "Gjør en ny installasjon komplett: kommuner og fylker, grupper og rettigheter, "
        "forsiden og standardsidene, kurskatalogen, saksdatabasen med gjennomgangsflyten, "
        "kategoriene og kapasitetsundersøkelsen. Trygg å kjøre på nytt."
    )

    def handle(self, *args, **options):
        call_command("load_municipalities", stdout=self.stdout)
        # The groups first: the case review workflow is given to the editors and moderators.
        for ensure in (editor_group_ensure, moderator_group_ensure, platform_admin_group_ensure):
            group = ensure()
            self.stdout.write(f"Gruppe: {group.name} ({group.permissions.count()} rettigheter)")
        home = site_pages_ensure()
        self.stdout.write(f"Forside: {home.title} ({home.get_children().count()} undersider)")
        catalogue = course_catalogue_ensure(parent=home)
        self.stdout.write(f"Kurskatalog: {catalogue.url_path}")
        case_database = case_database_ensure(parent=home)
        self.stdout.write(f"Saksdatabase: {case_database.url_path}")
        survey_instrument_ensure()
        self.stdout.write(f"Utsagn i kapasitetsundersøkelsen: {SurveyStatement.objects.count()}")
        self.stdout.write(self.style.SUCCESS("Spire er satt opp."))
