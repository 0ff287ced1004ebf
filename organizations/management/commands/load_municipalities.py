"""Create or refresh every county and municipality from the shipped reference data."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from organizations.reference_data import (
    SHIPPED_CSV_PATH,
    ReferenceDataError,
    municipalities_load,
    municipality_rows_read,
)


class Command(BaseCommand):
    help = (
        "Create or update counties and municipalities (matched on official number) and add "
        "guessed email domains where free. Safe to run again; deletes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--file",
            default=str(SHIPPED_CSV_PATH),
            help="CSV to load (default: the shipped organizations/data/municipalities.csv).",
        )

    def handle(self, *args: object, file: str, **options: object) -> None:
        try:
            rows = municipality_rows_read(Path(file))
        except (OSError, ReferenceDataError) as error:
            raise CommandError(str(error)) from error
        summary = municipalities_load(rows=rows)
        self.stdout.write(summary.as_norwegian())
