"""Regenerate the shipped municipality file from Statistics Norway's classification."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from organizations.reference_data import (
    SHIPPED_CSV_PATH,
    ReferenceDataError,
    municipality_rows_read,
    municipality_rows_with_domains,
    municipality_rows_write,
)

DEFAULT_SOURCE = "../shared/data/municipalities-2024.csv"


class Command(BaseCommand):
    help = (
        "Build organizations/data/municipalities.csv from a KLASS export "
        "(municipality_number,name,name_sami,county_number,county_name), adding guessed "
        "email domains."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "source",
            nargs="?",
            default=None,
            help=f"Source CSV (default: {DEFAULT_SOURCE}, relative to the project directory).",
        )
        parser.add_argument(
            "--output",
            default=str(SHIPPED_CSV_PATH),
            help="Where to write (default: the shipped organizations/data/municipalities.csv).",
        )

    def handle(self, *args: object, source: str | None, output: str, **options: object) -> None:
        source_path = Path(source) if source else Path(settings.BASE_DIR) / DEFAULT_SOURCE
        try:
            rows = municipality_rows_with_domains(municipality_rows_read(source_path))
        except (OSError, ReferenceDataError) as error:
            raise CommandError(str(error)) from error
        municipality_rows_write(Path(output), rows)
        without_domain = [row.name for row in rows if not row.email_domain]
        self.stdout.write(
            f"Skrev {len(rows)} kommuner i {len({r.county_number for r in rows})} fylker "
            f"til {output}. Uten e-postdomene: {', '.join(without_domain) or 'ingen'}."
        )
