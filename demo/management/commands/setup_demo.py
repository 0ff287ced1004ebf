"""Load everything the demo needs and print the demo logins. Safe to run again.
`setup_demo --check` only reads the content files in demo/content/ and lists what is wrong."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from demo import content_files
from home.models import HomePage


class Command(BaseCommand):
    help = "Laster referansedata og demoinnhold, og skriver ut demobrukerne."

    def add_arguments(self, parser):
        parser.add_argument(
            "--without-courses",
            action="store_true",
            help="Hopp over demokursene (raskere, for tester av resten av nettstedet).",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Bare sjekk innholdsfilene i demo/content/ (skriver ikke til databasen).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Last demodata også når DEBUG er av (aldri i en ekte produksjon).",
        )

    def handle(self, *args, **options):
        problems = content_files.problems()
        if problems:
            raise CommandError(f"{len(problems)} feil i innholdsfilene:\n" + "\n".join(problems))
        if options["check"]:
            self.stdout.write(self.style.SUCCESS("Innholdsfilene i demo/content/ er i orden."))
            return
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Demodata lastes bare i utviklingsoppsettet (DEBUG=True). Bruk --force for å "
                "overstyre."
            )
        # The demo goes on top of a complete installation: the site pages, catalogue, case
        # database, workflow, groups and survey instrument are all the product's (idempotent:
        # `make demo` has run it).
        call_command("spire_setup", stdout=self.stdout)
        self._load(options)

    def _load(self, options):
        # Imported here, after the check: the loaders read the content files when imported, and
        # a broken file should be reported as above, not as an import error.
        from demo.activity import (
            assigned_course_overdue_ensure,
            demo_activity_ensure,
            demo_case_reading_ensure,
            demo_snapshots_refresh,
        )
        from demo.cases import demo_cases_ensure
        from demo.courses import (
            demo_assignments_ensure,
            demo_courses_ensure,
            demo_progress_ensure,
        )
        from demo.people import DEMO_PASSWORD, demo_people_ensure
        from demo.quizzes import demo_quizzes_ensure
        from demo.survey import demo_survey_rounds_ensure

        # The demo's own invitations and notices are not real mail: keep them off the terminal.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            home = HomePage.objects.get()
            people = demo_people_ensure()
            demo_survey_rounds_ensure()
            cases = demo_cases_ensure(home)
            self.stdout.write(f"Saker: {len(cases)}")
            if not options["without_courses"]:
                courses = demo_courses_ensure(home)
                questions = demo_quizzes_ensure(courses)
                demo_progress_ensure()
                demo_assignments_ensure()
                assigned_course_overdue_ensure()
                learners = demo_activity_ensure()
                self.stdout.write(f"Kurs: {len(courses)}, spørsmål: {questions}")
                self.stdout.write(f"Nye deltakere med aktivitet: {learners}")
            demo_case_reading_ensure()
            # Last, so the dashboards show everything loaded above.
            dashboards = demo_snapshots_refresh()
            self.stdout.write(f"Dashbord beregnet: {dashboards}")
        self.stdout.write(self.style.SUCCESS("Demoinnholdet er klart."))
        self.stdout.write(f"\nDemobrukere (passord for alle: {DEMO_PASSWORD}):")
        for person in people:
            self.stdout.write(f"  {person.email:<32} {person.description}")
