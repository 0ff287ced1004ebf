"""Case search: full text, facets with counts, sorting, and what never appears."""

from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.http import QueryDict
from wagtail.models import PageViewRestriction

from cases.selectors import CaseQuery, CaseSort, case_search, lessons_citing, similar_cases
from organizations.models import Organization, OrganizationKind
from tests.factories import OrganizationFactory
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db


def search(querystring: str = ""):
    return case_search(CaseQuery.from_query(QueryDict(querystring)))


def titles(result) -> list[str]:
    return [case.title for case in result.page.object_list]


def counts(result, key: str) -> dict[str, int]:
    facet = next(f for f in result.facets if f.key == key)
    return {value.value: value.count for value in facet.values}


@pytest.fixture
def counties(db):
    vestland = OrganizationFactory(
        name="Vestland fylkeskommune", kind=OrganizationKind.COUNTY, official_number="46"
    )
    rogaland = OrganizationFactory(
        name="Rogaland fylkeskommune", kind=OrganizationKind.COUNTY, official_number="11"
    )
    return vestland, rogaland


@pytest.fixture
def cases(case_index, counties, tenant, other_tenant):
    vestland, rogaland = counties
    Organization.objects.filter(pk=tenant.organization.pk).update(county=vestland)
    Organization.objects.filter(pk=other_tenant.organization.pk).update(county=rogaland)
    return {
        "alarm": publish_case(
            case_index,
            title="Trygghetsalarmer for hele regionen",
            organizations=[tenant.organization, other_tenant.organization],
            lessons=["Felles kravspesifikasjon sparte hver kommune for månedsverk."],
            suppliers=["Alarmsentralen AS"],
            measured_effect=True,
            started_year=2016,
        ),
        "bygg": publish_case(
            case_index,
            title="Utslippsfri byggeplass",
            organizations=[other_tenant.organization],
            service_area="bygg-eiendom",
            status="avsluttet",
            procedure="comp-dial",
            phases=("behovsavklaring", "markedsdialog", "konkurranse", "kontrakt"),
            started_year=2019,
        ),
        "fylke": publish_case(
            case_index,
            title="Ombruk av byggematerialer",
            organizations=[vestland],
            service_area="bygg-eiendom",
            status="planlagt",
            procedure=None,
            need="Vi trenger en markedsplass for brukte dører og vinduer.",
        ),
    }


def test_without_a_query_every_live_case_is_listed_newest_first(cases):
    result = search()
    assert result.total == 3
    assert titles(result) == [
        "Ombruk av byggematerialer",
        "Utslippsfri byggeplass",
        "Trygghetsalarmer for hele regionen",
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("trygghetsalarmer", "Trygghetsalarmer for hele regionen"),  # title
        ("månedsverk", "Trygghetsalarmer for hele regionen"),  # lesson
        ("alarmsentralen", "Trygghetsalarmer for hele regionen"),  # supplier
        ("vinduer", "Ombruk av byggematerialer"),  # need
    ],
)
def test_full_text_covers_title_need_lessons_and_suppliers(cases, word, expected):
    assert titles(search(f"q={word}")) == [expected]


def test_facets_count_cases_and_narrow_the_result(cases):
    result = search()
    assert counts(result, "omrade") == {"helse-omsorg": 1, "bygg-eiendom": 2}
    assert counts(result, "felles") == {"ja": 1}
    assert counts(result, "effekter") == {"ja": 1}
    assert counts(result, "aar") == {"2016": 1, "2019": 1}
    narrowed = search("omrade=bygg-eiendom&status=avsluttet")
    assert titles(narrowed) == ["Utslippsfri byggeplass"]


def test_a_facets_own_values_stay_choosable_while_others_narrow_its_counts(cases):
    result = search("omrade=bygg-eiendom")
    assert counts(result, "omrade") == {"helse-omsorg": 1, "bygg-eiendom": 2}
    assert counts(result, "status") == {"avsluttet": 1, "planlagt": 1}
    either = search("omrade=bygg-eiendom&omrade=helse-omsorg")
    assert either.total == 3


def test_county_counts_participants_counties_and_county_authorities_themselves(cases):
    result = search()
    assert counts(result, "fylke") == {"46": 2, "11": 2}
    assert set(titles(search("fylke=11"))) == {
        "Trygghetsalarmer for hele regionen",
        "Utslippsfri byggeplass",
    }


def test_phase_reached_includes_cases_that_went_further(cases):
    result = search()
    assert counts(result, "fase")["markedsdialog"] == 3
    assert counts(result, "fase")["kontrakt"] == 1
    assert titles(search("fase=konkurranse")) == ["Utslippsfri byggeplass"]


def test_organisation_facet_lists_buyers_by_frequency(cases, other_tenant):
    result = search()
    assert counts(result, "org")[str(other_tenant.organization.pk)] == 2
    assert search(f"org={other_tenant.organization.pk}").total == 2


def test_unknown_facet_values_are_reported_and_ignored(cases):
    result = search("omrade=finnes-ikke&status=pagar&fase=<script>")
    assert set(result.query.ignored) == {"finnes-ikke", "<script>"}
    assert titles(result) == ["Trygghetsalarmer for hele regionen"]


@pytest.mark.parametrize(
    ("query", "has_words"),
    [
        ("x" * 10_000, True),
        ("'; DROP TABLE wagtailcore_page; --", True),
        ('<script>alert("x")</script>', True),
        ('"""', False),
        ("*:-()", True),
    ],
)
def test_hostile_or_huge_queries_give_a_result_not_an_error(cases, query, has_words):
    result = search(urlencode({"q": query}))

    # Words no case holds find nothing; a query of nothing but quotes is no query at all.
    expected = [] if has_words else [case.title for case in cases.values()]
    assert sorted(titles(result)) == sorted(expected)
    assert result.total == len(expected)
    assert len(result.query.text) <= 200
    assert search().total == len(cases)  # and every case is still there


def test_sorting_by_title_and_value(cases):
    assert titles(search("sort=tittel"))[0] == "Ombruk av byggematerialer"
    assert search("sort=ukjent").query.sort == CaseSort.NEWEST


def test_paging_past_the_end_shows_the_last_page(cases):
    result = search("side=999")
    assert result.page.number == 1


def test_unpublished_and_private_cases_never_appear(case_index, tenant):
    publish_case(
        case_index, title="Hemmelig utkast", organizations=[tenant.organization], live=False
    )
    private = publish_case(case_index, title="Hemmelig privat", organizations=[tenant.organization])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for query in ["", "q=hemmelig", "omrade=helse-omsorg"]:
        assert search(query).total == 0
    facets = search().facets
    assert facets
    assert all(not f.values for f in facets)


def test_query_count_does_not_grow_with_cases_or_chosen_facets(
    case_index, tenant, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(querystring):
        cache.clear()  # the uncached search is what must not grow
        with CaptureQueriesContext(connection) as captured:
            search(querystring)
        return len(captured)

    publish_case(case_index, title="Én", organizations=[tenant.organization])
    few = queries("q=forankring&omrade=helse-omsorg")
    for n in range(12):
        publish_case(case_index, title=f"Sak {n}", organizations=[tenant.organization])
    assert queries("q=forankring&omrade=helse-omsorg") == few
    assert queries("q=forankring&omrade=helse-omsorg&status=pagar&fase=markedsdialog") == few


def test_similar_cases_share_the_service_area(cases):
    similar = similar_cases(cases["bygg"])
    assert [c.title for c in similar] == ["Ombruk av byggematerialer"]


def test_lessons_citing_a_case_come_from_the_reference_index(cases, course):
    lesson = course.steps[0].specific
    lesson.body.append(("case_reference", {"case": cases["alarm"], "note": ""}))
    lesson.save_revision().publish()
    assert list(lessons_citing(cases["alarm"])) == [lesson.page_ptr]
    assert list(lessons_citing(cases["bygg"])) == []


def test_a_repeated_search_reads_only_the_cases_and_a_change_makes_it_fresh(
    case_index, tenant, django_assert_max_num_queries
):
    publish_case(case_index, title="Første", organizations=[tenant.organization])
    search("omrade=helse-omsorg")
    with django_assert_max_num_queries(3):
        assert search("omrade=helse-omsorg").total == 1
    second = publish_case(case_index, title="Andre", organizations=[tenant.organization])
    assert search("omrade=helse-omsorg").total == 2
    second.unpublish()
    assert search("omrade=helse-omsorg").total == 1
    PageViewRestriction.objects.create(page=case_index, restriction_type=PageViewRestriction.LOGIN)
    assert search("omrade=helse-omsorg").total == 0
