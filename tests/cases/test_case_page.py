"""A case page: the key facts at a glance, the story in order, the lessons that cite it, and a
query count that stays the same for a joint procurement of 30 as for one of 3."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from cases.models import (
    CaseDocument,
    CaseEffect,
    CaseSource,
    EffectBasis,
    EffectCategory,
    InnovationType,
    InnovativeAcquisitionCode,
    MarketDialogueActivity,
    RequirementsStyle,
    ValueBasis,
)
from organizations.models import OrganizationKind
from tests.factories import OrganizationFactory
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db

EN: dict = {}  # the language comes from the switcher's cookie (see `english`)


@pytest.fixture(autouse=True)
def english(client, settings):
    """Pages in English, so the tests read the source strings whatever is translated."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


@pytest.fixture
def county(db):
    return OrganizationFactory(
        name="Vestland fylkeskommune", kind=OrganizationKind.COUNTY, official_number="46"
    )


def _buyers(county, n: int) -> list:
    return [OrganizationFactory(name=f"Kommune {i:02d}", county=county) for i in range(n)]


def _full_case(case_index, organizations, *, effects: int = 1, **fields):
    """A case with every fact filled in, published with its many-to-many choices."""
    case = publish_case(
        case_index,
        title="Digitalt tilsyn i hjemmetjenesten",
        organizations=organizations,
        phases=("behovsavklaring", "markedsdialog", "konkurranse"),
        suppliers=("Sensorfabrikken AS",),
        innovation_type=InnovationType.objects.get(slug="innovasjonsanskaffelse"),
        started_year=2021,
        cpv_codes="33000000-0 48000000-8",
        requirements_style=RequirementsStyle.FUNCTIONAL,
        last_verified=datetime.date(2025, 3, 1),
        contact_role="Innkjøpsavdelingen",
        **fields,
    )
    case.innovative_codes.set([InnovativeAcquisitionCode.objects.get(slug="prod-innov")])
    case.dialogue_activities.set([MarketDialogueActivity.objects.get(slug="dialogkonferanse")])
    category = EffectCategory.objects.get(slug="frigjorte-arsverk")
    case.effects = [
        CaseEffect(
            category=category,
            value=4 + n,
            unit="årsverk",
            basis=EffectBasis.MEASURED,
            baseline="Nattevakter i 2020",
            source="Kommunens evaluering 2024",
        )
        for n in range(effects)
    ]
    case.sources = [CaseSource(title="Omtale hos KS", url="https://www.ks.no/")]
    case.save_revision().publish()
    case.refresh_from_db()
    return case


def _get(client, case):
    return client.get(case.url, **EN)


def test_the_key_facts_are_shown_at_a_glance(client, case_index, county):
    case = _full_case(
        case_index,
        _buyers(county, 3),
        contract_value=12_000_000,
        contract_value_basis=ValueBasis.AWARDED,
    )

    response = _get(client, case)

    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Digitalt tilsyn i hjemmetjenesten",
        "Pågår",
        "Helse, omsorg og velferdsteknologi",
        "Innovasjonspartnerskap",
        "eForms: innovation",
        "Innovasjonsanskaffelse",
        "prod-innov",
        "2021",
        "NOK 12,000,000 excl. VAT (awarded)",
        "33000000-0",
        "48000000-8",
        "Functional requirements",
        "Dialogkonferanse",
        'datetime="2025-03-01"',
        "Innkjøpsavdelingen",
        "mailto:postmottak@example.org",
    ]:
        assert text in html, text


def test_an_unknown_contract_value_says_unknown(client, case_index, county):
    case = publish_case(case_index, organizations=_buyers(county, 1))

    html = _get(client, case).content.decode()

    assert "Contract value</dt><dd>Unknown</dd>" in html


def test_an_unknown_value_reads_ukjent_in_norwegian(client, case_index, county, settings):
    from django.utils import translation

    del client.cookies[settings.LANGUAGE_COOKIE_NAME]
    case = publish_case(case_index, organizations=_buyers(county, 1))
    with translation.override("nb"):
        unknown = translation.gettext("Unknown")

    html = client.get(case.url).content.decode()

    assert f"<dd>{unknown}</dd>" in html


def test_the_timeline_shows_reached_and_remaining_phases_in_words(client, case_index, county):
    case = _full_case(case_index, _buyers(county, 1))

    response = _get(client, case)

    steps = response.context["timeline"]
    assert [s.phase.slug for s in steps if s.reached] == [
        "behovsavklaring",
        "markedsdialog",
        "konkurranse",
    ]
    assert [s.phase.slug for s in steps if s.latest] == ["konkurranse"]
    html = response.content.decode()
    assert "Latest phase reached" in html
    assert "Not reached" in html


def test_buyers_are_grouped_by_role_with_the_lead_first(client, case_index, county):
    case = _full_case(case_index, _buyers(county, 29))

    html = _get(client, case).content.decode()

    assert "29 buyers" in html
    assert html.index(">Lead</h3>") < html.index(">Participant</h3>")
    assert html.index("Kommune 00") < html.index(">Participant</h3>") < html.index("Kommune 28")
    assert "· Vestland fylkeskommune" in html


def test_effects_show_as_figures_with_their_basis(client, case_index, county):
    case = _full_case(case_index, _buyers(county, 1))

    html = _get(client, case).content.decode()

    assert '<span class="spire-case-effect__value">4</span> årsverk' in html
    assert "Frigjorte årsverk" in html
    assert "Measured" in html
    assert "Compared with: Nattevakter i 2020" in html
    assert "Source: Kommunens evaluering 2024" in html


def test_documents_show_their_kind_type_and_size(client, case_index, county, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = get_document_model().objects.create(
        title="Kravspek",
        file=ContentFile(b"x" * 2048, name="kravspesifikasjon.pdf"),
        file_size=2048,  # what the admin's upload form records
    )
    case = publish_case(case_index, organizations=_buyers(county, 1))
    case.documents = [
        CaseDocument(title="Kravspesifikasjonen", kind="requirements", document=document)
    ]
    case.save_revision().publish()

    html = _get(client, case).content.decode()

    assert f'href="{document.url}">Kravspesifikasjonen</a>' in html
    assert "(Requirements specification, PDF, 2.0\xa0KB)" in html


def test_suppliers_lessons_and_sources_are_listed(client, case_index, county):
    case = _full_case(case_index, _buyers(county, 1))
    case.suppliers.update(is_sme=True)

    html = _get(client, case).content.decode()

    assert "Sensorfabrikken AS" in html
    assert ">SME</abbr>" in html
    assert "Forankring i ledelsen tidlig" in html
    assert ">forankring</span>" in html
    assert 'href="https://www.ks.no/">Omtale hos KS</a>' in html


def test_similar_cases_are_offered(client, case_index, county):
    buyers = _buyers(county, 2)
    case = publish_case(case_index, title="Første", organizations=buyers[:1])
    publish_case(case_index, title="Andre i samme område", organizations=buyers[1:])
    publish_case(case_index, title="Annet område", organizations=buyers, service_area="energi")

    html = _get(client, case).content.decode()

    assert "Andre i samme område" in html
    assert "Annet område" not in html


def test_members_of_a_buying_organisation_may_propose_an_update(
    client, case_index, tenant, other_tenant, login
):
    case = publish_case(case_index, organizations=[tenant.organization])
    link = f"/saker/{case.pk}/foresla-endring/"

    assert link not in _get(client, case).content.decode()
    login(other_tenant.lead)
    assert link not in _get(client, case).content.decode()
    login(tenant.learner)
    assert link in _get(client, case).content.decode()


def _lesson_block_takes_a_case_page() -> bool:
    from courses.models import LessonPage

    block = LessonPage.body.field.stream_block.child_blocks["case_reference"]
    return "case" in block.child_blocks


def test_lessons_that_cite_the_case_are_listed(client, case_index, county, course):
    if not _lesson_block_takes_a_case_page():
        pytest.skip("The case_reference block does not choose a case page yet.")
    case = publish_case(case_index, organizations=_buyers(county, 1))
    lesson = course.steps[0]
    lesson.body = [{"type": "case_reference", "value": {"case": case.pk, "note": ""}}]
    lesson.save_revision().publish()
    draft_only = course.steps[1]
    draft_only.body = [{"type": "case_reference", "value": {"case": case.pk, "note": ""}}]
    draft_only.save_revision()
    unpublished = course.steps[2]
    unpublished.body = [{"type": "case_reference", "value": {"case": case.pk, "note": ""}}]
    unpublished.save_revision().publish()
    unpublished.unpublish()

    html = _get(client, case).content.decode()

    assert "Learn more in these modules" in html
    assert f'href="{lesson.url}">{lesson.title}</a>' in html
    assert draft_only.title not in html
    assert unpublished.title not in html


def _query_count(client, case) -> int:
    client.get(case.url, **EN)  # the site's root paths and header links are cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(case.url, **EN)
    assert response.status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_buyers_or_effects(
    client, case_index, county, tenant, login, django_assert_max_num_queries
):
    login(tenant.lead)
    small = _full_case(case_index, [tenant.organization, *_buyers(county, 2)], effects=1)
    large = _full_case(case_index, [tenant.organization, *_buyers(county, 29)], effects=12)
    client.get(small.url, **EN)
    client.get(large.url, **EN)

    fixed = _query_count(client, small)
    with django_assert_max_num_queries(fixed):
        client.get(large.url, **EN)
    assert _query_count(client, large) == fixed
