"""The shipped municipality file and the loader that puts it in the database."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from organizations.models import EmailDomain, Organization, OrganizationKind
from organizations.reference_data import (
    MunicipalityRow,
    municipality_email_domain_guess,
    municipality_rows_read,
    municipality_rows_with_domains,
)
from organizations.validators import validate_email_domain

COLLIDING_NAMES = {
    "Herøy (Møre og Romsdal)",
    "Herøy (Nordland)",
    "Våler (Østfold)",
    "Våler (Innlandet)",
}


def load_municipalities() -> str:
    out = io.StringIO()
    call_command("load_municipalities", stdout=out)
    return out.getvalue()


# The shipped file


def test_shipped_file_has_357_municipalities_in_15_counties():
    rows = municipality_rows_read()
    assert len(rows) == 357
    assert len({row.municipality_number for row in rows}) == 357
    assert len({row.county_number for row in rows}) == 15


def test_shipped_numbers_are_well_formed():
    rows = municipality_rows_read()
    assert rows
    for row in rows:
        assert re.fullmatch(r"\d{4}", row.municipality_number), row
        assert re.fullmatch(r"\d{2}", row.county_number), row
        assert row.municipality_number.startswith(row.county_number), row


def test_shipped_domains_follow_the_guessing_rule_and_are_valid():
    rows = municipality_rows_read()
    assert rows == municipality_rows_with_domains(rows)
    domains = [row.email_domain for row in rows if row.email_domain]
    assert len(domains) == len(set(domains)) == 353
    for domain in domains:
        validate_email_domain(domain)


def test_shipped_file_leaves_colliding_names_without_domain():
    without_domain = {row.name for row in municipality_rows_read() if not row.email_domain}
    assert without_domain == COLLIDING_NAMES


# The domain guess


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Bergen", "bergen.kommune.no"),
        ("Bærum", "baerum.kommune.no"),
        ("Ås", "as.kommune.no"),
        ("Aurskog-Høland", "aurskog-holand.kommune.no"),
        ("Nore og Uvdal", "nore-og-uvdal.kommune.no"),
        ("Øystre Slidre", "oystre-slidre.kommune.no"),
        ("Herøy (Nordland)", "heroy.kommune.no"),
    ],
)
def test_municipality_email_domain_guess(name, domain):
    assert municipality_email_domain_guess(name) == domain


def test_rows_with_domains_blanks_every_municipality_sharing_a_guess():
    rows = [
        MunicipalityRow("1515", "Herøy (Møre og Romsdal)", "", "15", "Møre og Romsdal"),
        MunicipalityRow("1818", "Herøy (Nordland)", "", "18", "Nordland"),
        MunicipalityRow("4601", "Bergen", "", "46", "Vestland"),
    ]
    assert [row.email_domain for row in municipality_rows_with_domains(rows)] == [
        "",
        "",
        "bergen.kommune.no",
    ]


def test_build_command_writes_the_shipped_format(tmp_path: Path):
    source = tmp_path / "klass.csv"
    source.write_text(
        "municipality_number,name,name_sami,county_number,county_name\r\n"
        "4601,Bergen,,46,Vestland\r\n"
        "5628,Tana,Deatnu,56,Finnmark\r\n",
        encoding="utf-8",
    )
    output = tmp_path / "municipalities.csv"
    call_command("build_municipality_data", str(source), output=str(output), stdout=io.StringIO())
    assert output.read_text(encoding="utf-8") == (
        "municipality_number,name,name_sami,county_number,county_name,email_domain\n"
        "4601,Bergen,,46,Vestland,bergen.kommune.no\n"
        "5628,Tana,Deatnu,56,Finnmark,tana.kommune.no\n"
    )


# Loading into the database


@pytest.mark.django_db
def test_load_creates_counties_and_municipalities():
    output = load_municipalities()

    municipalities = Organization.objects.filter(kind=OrganizationKind.MUNICIPALITY)
    counties = Organization.objects.filter(kind=OrganizationKind.COUNTY)
    assert municipalities.count() == 357
    assert counties.count() == 15
    for municipality in municipalities.select_related("county"):
        assert municipality.county.kind == OrganizationKind.COUNTY
        assert municipality.official_number.startswith(municipality.county.official_number)
    assert counties.get(official_number="46").name == "Vestland"
    assert "Fylker: 15 (15 nye" in output
    assert "kommuner: 357 (357 nye" in output


@pytest.mark.django_db
def test_load_twice_keeps_counts_and_restores_names():
    load_municipalities()
    Organization.objects.filter(kind=OrganizationKind.MUNICIPALITY, official_number="4601").update(
        name="Bjørgvin"
    )

    output = load_municipalities()

    assert Organization.objects.filter(kind=OrganizationKind.MUNICIPALITY).count() == 357
    assert Organization.objects.filter(kind=OrganizationKind.COUNTY).count() == 15
    assert EmailDomain.objects.count() == 353
    bergen = Organization.objects.get(kind=OrganizationKind.MUNICIPALITY, official_number="4601")
    assert bergen.name == "Bergen"
    assert "Fylker: 15 (0 nye, 0 endret)" in output
    assert "kommuner: 357 (0 nye, 1 endret)" in output


@pytest.mark.django_db
def test_load_maps_bergen_kommune_no_to_bergen():
    load_municipalities()
    domain = EmailDomain.objects.select_related("organization").get(domain="bergen.kommune.no")
    assert domain.organization.name == "Bergen"
    assert domain.organization.kind == OrganizationKind.MUNICIPALITY
    assert domain.organization.official_number == "4601"


@pytest.mark.django_db
def test_load_gives_colliding_names_no_domain():
    load_municipalities()
    colliding = Organization.objects.filter(name__in=COLLIDING_NAMES)
    assert colliding.count() == 4
    assert not EmailDomain.objects.filter(organization__in=colliding).exists()
    assert not EmailDomain.objects.filter(domain__in=["heroy.kommune.no", "valer.kommune.no"])


@pytest.mark.django_db
def test_load_keeps_domains_editors_chose():
    load_municipalities()
    bergen = Organization.objects.get(kind=OrganizationKind.MUNICIPALITY, official_number="4601")
    bergen.email_domains.all().delete()
    EmailDomain.objects.create(organization=bergen, domain="bergen.example.no")
    agency = Organization.objects.create(name="Etat", kind=OrganizationKind.STATE_AGENCY)
    EmailDomain.objects.filter(domain="stavanger.kommune.no").update(organization=agency)

    output = load_municipalities()

    assert list(bergen.email_domains.values_list("domain", flat=True)) == ["bergen.example.no"]
    assert EmailDomain.objects.get(domain="stavanger.kommune.no").organization == agency
    assert "e-postdomener: 0 nye, 1 hoppet over" in output


@pytest.mark.django_db
def test_loaded_municipalities_are_searchable():
    load_municipalities()
    municipalities = Organization.objects.filter(kind=OrganizationKind.MUNICIPALITY)
    results = get_search_backend().search("Bergen", municipalities)
    assert "Bergen" in [org.name for org in results]
