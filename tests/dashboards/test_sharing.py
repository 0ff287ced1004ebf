"""The sharing section: the organisation's published cases and joint procurements, and how many
of its members read other organisations' cases — counted right, scoped to the organisation,
in a constant number of queries, and turned into the three tables."""

import dataclasses
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from cases.models import CaseParticipant, CaseRead, ParticipantRole
from cases.services import case_read_record
from dashboards.selectors.sharing import ReadCase, SharedCase, Sharing, sharing
from dashboards.tables import Kind
from dashboards.tables.sharing import sharing_tables
from tests.factories import MembershipFactory, OrganizationFactory
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db


def _read(case, *memberships):
    for membership in memberships:
        case_read_record(user=membership.user, case=case)


@pytest.fixture
def shared(case_index, tenant, other_tenant):
    """Testvik leads one case alone, takes part in one led by Andeby, plans one seeking
    partners, and is a buyer in a draft; Andeby also has a draft and a case of its own."""
    org, other = tenant.organization, other_tenant.organization
    return {
        "alone": publish_case(case_index, title="Alene", organizations=[org]),
        "together": publish_case(case_index, title="Sammen", organizations=[other, org]),
        "planned": publish_case(
            case_index, title="Planlagt", organizations=[org], status="planlagt"
        ),
        "own_draft": publish_case(case_index, title="Vårt utkast", organizations=[org], live=False),
        "their_draft": publish_case(
            case_index, title="Deres utkast", organizations=[other, org], live=False
        ),
        "theirs": publish_case(case_index, title="Deres", organizations=[other]),
    }


def test_published_lists_live_cases_where_the_organisation_is_a_buyer(tenant, shared):
    result = sharing(tenant.organization)

    by_title = {case.title: case for case in result.published}
    assert set(by_title) == {"Alene", "Sammen", "Planlagt"}
    assert by_title["Alene"].role == ParticipantRole.LEAD
    assert by_title["Alene"].buyers == 1
    assert by_title["Sammen"].role == ParticipantRole.PARTICIPANT
    assert by_title["Sammen"].buyers == 2
    assert by_title["Sammen"].page_id == shared["together"].pk
    assert by_title["Sammen"].slug == shared["together"].slug
    assert by_title["Sammen"].first_published == timezone.localdate()
    assert by_title["Planlagt"].seeks_partners is True
    assert by_title["Alene"].seeks_partners is False
    assert by_title["Planlagt"].status.startswith("Planlagt")


def test_joint_lists_cases_bought_together_or_seeking_partners(tenant, other_tenant, shared):
    assert {case.title for case in sharing(tenant.organization).joint} == {"Sammen", "Planlagt"}
    # For Andeby, the case it bought with Testvik is joint; its own is not.
    other = sharing(other_tenant.organization)
    assert {case.title for case in other.published} == {"Sammen", "Deres"}
    assert {case.title for case in other.joint} == {"Sammen"}


def test_a_buyer_listed_twice_counts_once_with_its_leading_role(case_index, tenant):
    case = publish_case(case_index, title="Dobbel", organizations=[tenant.organization])
    CaseParticipant.objects.create(
        page=case, organization=tenant.organization, role=ParticipantRole.OPTION
    )

    [row] = sharing(tenant.organization).published

    assert (row.role, row.buyers) == (ParticipantRole.LEAD, 1)
    assert sharing(tenant.organization).joint == []


def test_read_elsewhere_counts_distinct_active_members_of_this_organisation(
    tenant, other_tenant, shared
):
    pending = MembershipFactory(organization=tenant.organization, status="pending")
    # Two of Testvik's members read Andeby's case (one of them twice); Andeby's own people,
    # Testvik's pending member and Testvik's reads of its own cases do not count.
    _read(shared["theirs"], tenant.learner, tenant.lead, tenant.learner)
    _read(shared["theirs"], other_tenant.learner, other_tenant.lead, pending)
    _read(shared["alone"], tenant.learner, tenant.admin)
    _read(shared["together"], tenant.admin)

    result = sharing(tenant.organization)

    assert result.read_elsewhere == [
        ReadCase(
            page_id=shared["theirs"].pk,
            title="Deres",
            buyers="Andeby kommune",
            readers=2,
            lessons=1,
        )
    ]
    assert result.readers == 2


def test_read_elsewhere_is_ordered_by_readers_and_leaves_out_unpublished_cases(
    case_index, tenant, other_tenant, shared
):
    other = other_tenant.organization
    popular = publish_case(
        case_index,
        title="Populær",
        organizations=[other, *[OrganizationFactory(name=f"Kommune {i}") for i in range(4)]],
        lessons=("Én", "To", "Tre"),
    )
    withdrawn = publish_case(case_index, title="Trukket", organizations=[other])
    _read(popular, tenant.learner, tenant.lead, tenant.admin)
    _read(shared["theirs"], tenant.admin)
    _read(withdrawn, tenant.learner, tenant.lead, tenant.admin)
    withdrawn.unpublish()

    result = sharing(tenant.organization)

    assert [(row.title, row.readers, row.lessons) for row in result.read_elsewhere] == [
        ("Populær", 3, 3),
        ("Deres", 1, 1),
    ]
    assert result.read_elsewhere[0].buyers == "Andeby kommune, Kommune 0, Kommune 1 …"
    assert result.readers == 3


def test_read_elsewhere_shows_the_twenty_most_read(case_index, tenant, other_tenant):
    cases = [
        publish_case(case_index, title=f"Sak {n:02d}", organizations=[other_tenant.organization])
        for n in range(21)
    ]
    for case in cases:
        _read(case, tenant.learner)
    _read(cases[-1], tenant.lead)

    result = sharing(tenant.organization)

    assert len(result.read_elsewhere) == 20
    assert result.read_elsewhere[0].title == "Sak 20"
    assert result.readers == 2


def test_the_result_holds_plain_values_only(tenant, other_tenant, shared):
    _read(shared["theirs"], tenant.learner)
    result = sharing(tenant.organization)
    plain = (int, str, bool, type(None), datetime.date)

    def check(value):
        if dataclasses.is_dataclass(value):
            assert type(value).__dataclass_params__.frozen
            for field in dataclasses.fields(value):
                check(getattr(value, field.name))
        elif isinstance(value, list):
            for item in value:
                check(item)
        else:
            assert isinstance(value, plain), repr(value)

    check(result)
    assert result.read_elsewhere and result.published


def _query_count(organization) -> int:
    with CaptureQueriesContext(connection) as queries:
        sharing(organization)
    return len(queries)


def test_query_count_does_not_grow_with_cases_buyers_or_readers(case_index, tenant, other_tenant):
    org, other = tenant.organization, other_tenant.organization

    def populate(count: int) -> None:
        for n in range(count):
            buyers = [other, *[OrganizationFactory() for _ in range(n % 4)]]
            _read(
                publish_case(case_index, title=f"Deres {count}-{n}", organizations=buyers),
                *[MembershipFactory(organization=org) for _ in range(n + 1)],
            )
            publish_case(case_index, title=f"Vår {count}-{n}", organizations=[org, *buyers])

    populate(1)
    small = _query_count(org)
    populate(6)
    large = _query_count(org)

    assert small == large
    assert len(sharing(org).read_elsewhere) == 7


# --- Tables ---------------------------------------------------------------------------------


def _case(title: str, **fields) -> SharedCase:
    defaults = {
        "page_id": 1,
        "slug": "sak",
        "title": title,
        "role": "lead",
        "buyers": 1,
        "first_published": datetime.date(2025, 3, 1),
        "status": "Pågår",
        "seeks_partners": False,
    }
    return SharedCase(**{**defaults, **fields})


def test_tables_show_each_list_with_its_key_and_chart():
    alone = _case("Alene")
    joint = _case("Sammen", role="participant", buyers=3, seeks_partners=True)
    data = Sharing(
        published=[alone, joint],
        joint=[joint],
        read_elsewhere=[ReadCase(7, "Deres", "A, B, C …", readers=4, lessons=2)],
        readers=5,
    )

    with translation.override("en"):
        published, joint_table, read = sharing_tables(data)

        assert [t.key for t in (published, joint_table, read)] == [
            "deling-publisert",
            "deling-felles",
            "deling-lest",
        ]
        assert published.rows == [
            ["Alene", "Lead", 1, "2025-03-01"],
            ["Sammen", "Participant", 3, "2025-03-01"],
        ]
        assert joint_table.rows == [["Sammen", "Participant", 3, "Pågår", "Yes"]]
        assert read.rows == [["Deres", "A, B, C …", 4, 2]]
        assert read.chart is not None and read.chart.value_column == 2
        assert read.columns[2].kind is Kind.COUNT
        assert "5 of our members have read" in read.description
    for table in (published, joint_table, read):
        assert table.description and table.empty_text


def test_tables_are_empty_with_their_empty_text():
    tables = sharing_tables(Sharing(published=[], joint=[], read_elsewhere=[], readers=0))

    assert all(table.rows == [] and table.empty_text for table in tables)


def test_no_table_names_a_reader(tenant, other_tenant, shared):
    _read(shared["theirs"], tenant.learner, tenant.lead)

    tables = sharing_tables(sharing(tenant.organization))

    cells = [str(cell) for table in tables for row in table.rows for cell in row]
    for membership in (tenant.learner, tenant.lead):
        assert not any(
            membership.user.email in cell or membership.user.full_name in cell for cell in cells
        )
    assert CaseRead.objects.count() == 2


def test_cases_behind_a_view_restriction_are_left_out(tenant, other_tenant, shared):
    from wagtail.models import PageViewRestriction

    _read(shared["theirs"], tenant.learner)
    for case in (shared["theirs"], shared["alone"]):
        PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)

    result = sharing(tenant.organization)

    assert result.read_elsewhere == [] and result.readers == 0
    assert "Alene" not in {case.title for case in result.published}


def test_a_snapshot_gives_back_an_equal_result(tenant, other_tenant, shared):
    import json

    from core.codec import from_json, to_json

    _read(shared["theirs"], tenant.learner)
    result = sharing(tenant.organization)

    assert from_json(Sharing, json.loads(json.dumps(to_json(result)))) == result
