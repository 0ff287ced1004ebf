"""Fill the database with scale data (real municipalities, generated people and their learning,
course copies, cases) in one of four sizes, or remove it again. See demo/scale/."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from demo.scale.plan import DEFAULT_SEED, SIZES
from demo.scale.services import (
    ScaleDataExists,
    ScaleResult,
    scale_data_counts,
    scale_data_generate,
    scale_data_remove,
)


class Command(BaseCommand):
    help = (
        "Generate scale data: XS 1 municipality and 100 people, S 10 and 5,000, M 50 and "
        "50,000 (about 2 million step completions), L all 357 and 200,000 (about 10 million; "
        "use PostgreSQL). Skewed like Norway (Oslo very large, most municipalities small), "
        "repeatable with --seed, and separate from the demo: --remove deletes exactly it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--size", choices=list(SIZES), help="how much to generate")
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED, help="the same seed gives the same data"
        )
        parser.add_argument(
            "--remove", action="store_true", help="delete all generated data, and nothing else"
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="run even when DEBUG is off (never on a real production database)",
        )

    def handle(self, *args, size: str | None, seed: int, remove: bool, force: bool, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Scale data is only generated in development (DEBUG=True); use --force to "
                "override on a test or benchmark database."
            )
        if remove:
            self._remove()
        elif size:
            self._generate(size, seed, verbosity=options["verbosity"])
        else:
            raise CommandError("Give --size XS, S, M or L, or --remove.")

    def _generate(self, size: str, seed: int, verbosity: int) -> None:
        self.stdout.write(f"Generating scale data {size} (seed {seed}) …")
        try:
            result = scale_data_generate(
                size=SIZES[size],
                seed=seed,
                progress=self.stdout.write if verbosity else lambda _message: None,
            )
        except ScaleDataExists as error:
            raise CommandError(
                f"{error} Remove it first: manage.py generate_scale_data --remove"
            ) from error
        self._report(result)

    def _report(self, result: ScaleResult) -> None:
        largest, *_rest = result.organizations
        self.stdout.write(
            f"{len(result.organizations)} organisations; the largest, {largest.name}, has "
            f"{largest.members:,} people, the smallest "
            f"{result.organizations[-1].members:,}."
        )
        self.stdout.write("Rows:")
        for kind, count in result.rows.items():
            self.stdout.write(f"  {kind:<26}{count:>12,}")
        self.stdout.write("Time per phase:")
        for phase, seconds in result.phases.seconds.items():
            self.stdout.write(f"  {phase:<30}{seconds:>8.1f} s")
        self.stdout.write(f"  {'total':<30}{result.phases.total:>8.1f} s")
        self.stdout.write(
            self.style.SUCCESS(f"Scale data {result.size.name} is loaded.")
            + f" {largest.name}'s lead: {result.lead_email} (the demo password). The "
            "dashboards show it after the nightly snapshot task (refresh_all_snapshots)."
        )

    def _remove(self) -> None:
        if not any(scale_data_counts().values()):
            self.stdout.write("There is no scale data to remove.")
            return
        started = time.perf_counter()
        removed = scale_data_remove()
        for kind, count in removed.items():
            self.stdout.write(f"  {kind:<26}{count:>12,}")
        self.stdout.write(
            self.style.SUCCESS("Scale data removed")
            + f" in {time.perf_counter() - started:.1f} s; nothing else was touched."
        )
