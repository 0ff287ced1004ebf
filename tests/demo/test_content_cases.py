"""The demo case database is real: public cases with sources, buyers that exist, valid codes."""

import pytest
from django.core.management import call_command

from cases import vocabularies
from cases.models import CasePage, ParticipantRole
from cases.validators import validate_cpv_codes
from demo.content.cases import CASES, COURSE_REFERENCE_SLUGS
from organizations.validators import validate_org_number

SLUGS = {name: {entry[0] for entry in entries} for name, entries, _extra in vocabularies.LISTS}


def test_there_are_at_least_fourteen_cases_with_sources_in_bokmal():
    assert len(CASES) >= 14
    for case in CASES:
        assert case["sources"], case["slug"]
        assert all(s["url"].startswith(("https://", "http://")) for s in case["sources"])
        assert case["lessons"], case["slug"]


@pytest.mark.parametrize("case", CASES, ids=[c["slug"] for c in CASES])
def test_each_case_uses_the_controlled_lists_and_valid_codes(case):
    assert case["service_area"] in SLUGS["ServiceArea"]
    assert case["status"] in SLUGS["CaseStatus"]
    assert case["procedure"] in SLUGS["Procedure"] | {None}
    assert set(case["dialogue_activities"]) <= SLUGS["MarketDialogueActivity"]
    assert {p["phase"] for p in case["phases"]} <= SLUGS["ProcurementPhase"]
    assert {e["category"] for e in case["effects"]} <= SLUGS["EffectCategory"]
    validate_cpv_codes(case["cpv_codes"])
    for supplier in case["suppliers"]:
        if supplier["org_number"]:
            validate_org_number(supplier["org_number"])
    assert [p["role"] for p in case["participants"]].count(ParticipantRole.LEAD) == 1


def test_bodo_seeks_partners_for_its_record_system():
    bodo = next(c for c in CASES if c["slug"].startswith("bodo"))
    assert bodo["status"] == "planlagt"


def test_every_case_cited_by_a_course_exists():
    slugs = {c["slug"] for c in CASES}
    assert set(COURSE_REFERENCE_SLUGS.values()) <= slugs


@pytest.mark.django_db
def test_the_demo_loads_every_case_once_with_its_buyers():
    from demo.cases import demo_cases_ensure
    from home.setup import site_pages_ensure

    call_command("load_municipalities", verbosity=0)
    home = site_pages_ensure()
    demo_cases_ensure(home)
    demo_cases_ensure(home)
    assert CasePage.objects.live().count() == len(CASES)
    larvik = CasePage.objects.get(slug__startswith="larvik")
    assert larvik.participants.count() >= 20
    assert larvik.participants.get(role=ParticipantRole.LEAD).organization.name.startswith("Larvik")
