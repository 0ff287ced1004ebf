"""Norway's municipalities and counties as reference data: reading, domain guessing, loading.

The project ships its own copy of Statistics Norway's classification in
``organizations/data/municipalities.csv`` so that a fresh installation can offer every
municipality on sign-up without depending on files outside the repository.
"""

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from django.db import transaction
from wagtail.search.backends import get_search_backends

from organizations.models import EmailDomain, Organization, OrganizationKind

SHIPPED_CSV_PATH = Path(__file__).resolve().parent / "data" / "municipalities.csv"
SOURCE_COLUMNS = ("municipality_number", "name", "name_sami", "county_number", "county_name")
SHIPPED_COLUMNS = (*SOURCE_COLUMNS, "email_domain")

# KLASS tells municipalities with the same name apart by adding the county: "Herøy (Nordland)".
_DISAMBIGUATION_SUFFIX = re.compile(r"\s*\([^)]*\)\s*$")
_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "o", "å": "a", " ": "-"})


class ReferenceDataError(ValueError):
    """The CSV file does not look like the municipality classification we expect."""


@dataclass(frozen=True)
class MunicipalityRow:
    municipality_number: str
    name: str
    name_sami: str
    county_number: str
    county_name: str
    email_domain: str = ""


@dataclass(frozen=True)
class LoadSummary:
    counties: int
    counties_created: int
    counties_updated: int
    municipalities: int
    municipalities_created: int
    municipalities_updated: int
    domains_created: int
    domains_in_use_elsewhere: int

    def as_norwegian(self) -> str:
        """One line for the operator who ran the load."""
        return (
            f"Fylker: {self.counties} ({self.counties_created} nye, "
            f"{self.counties_updated} endret), "
            f"kommuner: {self.municipalities} ({self.municipalities_created} nye, "
            f"{self.municipalities_updated} endret), "
            f"e-postdomener: {self.domains_created} nye, "
            f"{self.domains_in_use_elsewhere} hoppet over fordi de er i bruk."
        )


def municipality_email_domain_guess(name: str) -> str:
    """The domain most municipalities use: ``<name>.kommune.no`` with Norwegian letters spelt
    out in ASCII (Bærum → baerum.kommune.no). It is only a guess: some municipalities use
    other domains, and editors correct those in the Wagtail admin."""
    base = _DISAMBIGUATION_SUFFIX.sub("", name).strip().lower().translate(_TRANSLITERATION)
    slug = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9-]", "", base)).strip("-")
    return f"{slug}.kommune.no" if slug else ""


def municipality_rows_with_domains(rows: Iterable[MunicipalityRow]) -> list[MunicipalityRow]:
    """Fill in the guessed email domain, leaving it empty wherever two municipalities would
    get the same one (Herøy, Våler): a shared domain could put a person in the wrong
    municipality, which is worse than having an editor add the right domain later."""
    rows = list(rows)
    guesses = [municipality_email_domain_guess(row.name) for row in rows]
    counts = Counter(guesses)
    return [
        replace(row, email_domain=guess if counts[guess] == 1 else "")
        for row, guess in zip(rows, guesses, strict=True)
    ]


def municipality_rows_read(path: Path = SHIPPED_CSV_PATH) -> list[MunicipalityRow]:
    """Read and check a municipality CSV: either Statistics Norway's columns or the shipped
    file, which adds ``email_domain``. Checking here means a broken file fails loudly before
    anything is written to the database."""
    with Path(path).open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        missing = set(SOURCE_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ReferenceDataError(f"{path}: missing columns {', '.join(sorted(missing))}")
        rows = [
            MunicipalityRow(
                **{column: (record.get(column) or "").strip() for column in SOURCE_COLUMNS},
                email_domain=(record.get("email_domain") or "").strip().lower(),
            )
            for record in reader
        ]
    _rows_check(rows, path=path)
    return rows


def _rows_check(rows: list[MunicipalityRow], *, path: Path) -> None:
    if not rows:
        raise ReferenceDataError(f"{path}: no municipalities")
    county_names: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        if not re.fullmatch(r"\d{4}", row.municipality_number):
            raise ReferenceDataError(f"{path}:{line}: municipality number is not 4 digits")
        if not re.fullmatch(r"\d{2}", row.county_number):
            raise ReferenceDataError(f"{path}:{line}: county number is not 2 digits")
        if not row.municipality_number.startswith(row.county_number):
            raise ReferenceDataError(f"{path}:{line}: municipality is not in its county")
        if not row.name or not row.county_name:
            raise ReferenceDataError(f"{path}:{line}: name is empty")
        if county_names.setdefault(row.county_number, row.county_name) != row.county_name:
            raise ReferenceDataError(f"{path}:{line}: county {row.county_number} has two names")
    repeated = [n for n, c in Counter(r.municipality_number for r in rows).items() if c > 1]
    if repeated:
        raise ReferenceDataError(f"{path}: repeated municipality numbers {', '.join(repeated)}")
    domains = [row.email_domain for row in rows if row.email_domain]
    if len(domains) != len(set(domains)):
        raise ReferenceDataError(f"{path}: an email domain is given to two municipalities")


def municipality_rows_write(path: Path, rows: Iterable[MunicipalityRow]) -> None:
    """Write the shipped file; plain UTF-8 with ``\\n`` so diffs stay readable."""
    with Path(path).open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(SHIPPED_COLUMNS)
        for row in rows:
            writer.writerow([getattr(row, column) for column in SHIPPED_COLUMNS])


def _organizations_upsert(
    *, kind: str, wanted: dict[str, dict[str, object]]
) -> tuple[dict[str, Organization], list[str], list[str]]:
    """Create or update organisations of one kind, matched on official number so that a
    re-run renames instead of duplicating. ``wanted`` maps number → {attname: value}.
    Returns every organisation by number, and the numbers created and updated."""
    existing = {
        org.official_number: org
        for org in Organization.objects.filter(kind=kind, official_number__in=wanted)
    }
    created = [number for number in wanted if number not in existing]
    Organization.objects.bulk_create(
        [Organization(kind=kind, official_number=n, **wanted[n]) for n in created]
    )
    updated: list[Organization] = []
    for number, org in existing.items():
        changes = {f: v for f, v in wanted[number].items() if getattr(org, f) != v}
        if changes:
            for field, value in changes.items():
                setattr(org, field, value)
            updated.append(org)
    if updated:
        fields = sorted({f for values in wanted.values() for f in values})
        Organization.objects.bulk_update(updated, fields)
    by_number = {
        org.official_number: org
        for org in Organization.objects.filter(kind=kind, official_number__in=wanted)
    }
    return by_number, created, [org.official_number for org in updated]


def _email_domains_add(
    *, rows: list[MunicipalityRow], municipalities: dict[str, Organization]
) -> tuple[int, int]:
    """Add each guessed domain to a municipality that has none yet. A municipality that
    already has a domain keeps what editors chose, and a domain some organisation already
    uses is never moved. Nothing is deleted. Returns (created, in use elsewhere)."""
    guesses = {row.municipality_number: row.email_domain for row in rows if row.email_domain}
    owners = dict(
        EmailDomain.objects.filter(domain__in=guesses.values()).values_list(
            "domain", "organization_id"
        )
    )
    with_domain = set(
        EmailDomain.objects.filter(
            organization__in=[municipalities[n] for n in guesses]
        ).values_list("organization_id", flat=True)
    )
    new: list[EmailDomain] = []
    in_use_elsewhere = 0
    for number, domain in guesses.items():
        org = municipalities[number]
        if domain in owners:
            if owners[domain] != org.pk:
                in_use_elsewhere += 1
        elif org.pk not in with_domain:
            new.append(EmailDomain(organization=org, domain=domain))
    EmailDomain.objects.bulk_create(new)
    return len(new), in_use_elsewhere


@transaction.atomic
def municipalities_load(*, rows: list[MunicipalityRow]) -> LoadSummary:
    """Bring the database in line with the classification: counties first (municipalities
    point at them), then municipalities, then guessed email domains. Safe to re-run: rows
    are matched on (kind, official number), names and counties are refreshed, nothing is
    deleted (a merged-away municipality may still have members, so editors retire it)."""
    counties, counties_created, counties_updated = _organizations_upsert(
        kind=OrganizationKind.COUNTY,
        wanted={row.county_number: {"name": row.county_name} for row in rows},
    )
    municipalities, created, updated = _organizations_upsert(
        kind=OrganizationKind.MUNICIPALITY,
        wanted={
            row.municipality_number: {
                "name": row.name,
                "county_id": counties[row.county_number].pk,
            }
            for row in rows
        },
    )
    domains_created, domains_in_use_elsewhere = _email_domains_add(
        rows=rows, municipalities=municipalities
    )
    # Bulk writes send no post_save signals, so the admin's search index is updated here.
    changed = [counties[n] for n in (*counties_created, *counties_updated)]
    changed += [municipalities[n] for n in (*created, *updated)]
    if changed:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(Organization, changed)
    return LoadSummary(
        counties=len(counties),
        counties_created=len(counties_created),
        counties_updated=len(counties_updated),
        municipalities=len(municipalities),
        municipalities_created=len(created),
        municipalities_updated=len(updated),
        domains_created=domains_created,
        domains_in_use_elsewhere=domains_in_use_elsewhere,
    )
