"""Make a fresh installation complete: `manage.py migrate` and then this. Each app's part is an
idempotent function in the app, so running it again changes nothing."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.setup import editor_group_ensure, moderator_group_ensure
from organizations.setup import platform_admin_group_ensure


class Command(BaseCommand):
    help = "Gjør en ny installasjon komplett: referansedata, grupper og rettigheter."

    def handle(self, *args, **options):
        call_command("load_municipalities", stdout=self.stdout)
        for ensure in (editor_group_ensure, moderator_group_ensure, platform_admin_group_ensure):
            group = ensure()
            self.stdout.write(f"Gruppe: {group.name} ({group.permissions.count()} rettigheter)")
        self.stdout.write(self.style.SUCCESS("Spire er satt opp."))
