"""The demo case database is real: public cases with sources, buyers that exist, valid codes."""

import pytest
from django.core.management import call_command

from cases import vocabularies
from cases.models import CasePage, ParticipantRole
from cases.validators import validate_cpv_codes
from demo import content_files
from organizations.validators import validate_org_number

SLUGS = {name: {entry[0] for entry in entries} for name, entries, _extra in vocabularies.LISTS}
CASES = content_files.cases()


def test_there_are_at_least_fourteen_cases_with_sources_in_bokmal():
    assert len(CASES) >= 14
    for case in CASES:
        assert case.data.sources, case.slug
        assert all(s.url.startswith(("https://", "http://")) for s in case.data.sources)
        assert case.data.lessons, case.slug


@pytest.mark.parametrize("case", CASES, ids=[c.slug for c in CASES])
def test_each_case_uses_the_controlled_lists_and_valid_codes(case):
    data = case.data
    assert data.service_area in SLUGS["ServiceArea"]
    assert data.status in SLUGS["CaseStatus"]
    assert data.procedure in SLUGS["Procedure"] | {None}
    assert set(data.dialogue_activities) <= SLUGS["MarketDialogueActivity"]
    assert {p.phase for p in data.phases} <= SLUGS["ProcurementPhase"]
    assert {e.category for e in data.effects} <= SLUGS["EffectCategory"]
    validate_cpv_codes(data.cpv_codes)
    for supplier in data.suppliers:
        if supplier.org_number:
            validate_org_number(supplier.org_number)
    assert [p.role for p in data.participants].count(ParticipantRole.LEAD) == 1


def test_bodo_seeks_partners_for_its_record_system():
    bodo = next(c for c in CASES if c.slug.startswith("bodo"))
    assert bodo.data.status == "planlagt"


def test_every_case_cited_by_a_course_exists():
    slugs = {c.slug for c in CASES}
    cited = {
        block["value"]["case"]
        for course in content_files.courses()
        for module in course.modules
        for lesson in module.lessons
        for block in lesson.data.blocks
        if block["type"] == "case_reference"
    }
    assert cited and cited <= slugs


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
