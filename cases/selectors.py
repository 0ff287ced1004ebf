"""Reads from the case database, scoped to what the asking person may see.

Only live, public cases are ever searched, listed, exported or served by the API. A search costs
a fixed number of queries (one per facet, plus the page of results), whatever the number of
cases, facet values or matches."""

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    When,
)
from django.db.models.functions import Cast
from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex, Revision, WorkflowState

from cases.models import (
    CaseDocument,
    CaseEffect,
    CaseIndexPage,
    CasePage,
    CaseParticipant,
    CasePhase,
    CaseStatus,
    EffectBasis,
    InterestStatus,
    ParticipantRole,
    PartnerInterest,
    Procedure,
    ProcurementPhase,
    ServiceArea,
    ServiceAreaFollow,
)
from organizations.models import Membership, MembershipStatus, Organization, OrganizationKind

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
SORTS = {
    "relevans": _("Best match"),
    "nyeste": _("Newest"),
    "tittel": _("Title"),
    "verdi": _("Contract value"),
}
ORGANIZATION_FACET_SIZE = 12


def live_cases() -> QuerySet[CasePage]:
    """Every case anyone may read: published and without view restrictions."""
    return CasePage.objects.live().public()


# --- Search ---------------------------------------------------------------------------------

# Beyond this many matches, facets filter by a subquery instead of a list of ids (SQLite allows
# at most 32,766 parameters in one statement).
MAX_LISTED_MATCHES = 20_000
SEARCH_CACHE_SECONDS = 600
SEARCH_VERSION_KEY = "cases:search-version"


def search_version() -> str:
    """Changes whenever a case is published, unpublished, moved or restricted, or a list
    behind the facets changes (see cases.signals); cached searches are keyed by it."""
    return str(cache.get_or_set(SEARCH_VERSION_KEY, "1", None))


def clean_query(raw: str) -> tuple[str, bool]:
    """The words of a search, without characters that mean something to a search engine.
    Returns the cleaned text and whether it had to be shortened."""
    words = re.sub(r"[^\w\s-]", " ", raw or "").split()
    text = " ".join(words)
    return text[:MAX_QUERY_LENGTH].strip(), len(text) > MAX_QUERY_LENGTH


def matching_cases(query: str, ranked: bool = True):
    """Live cases matching a full-text query, best match first when `ranked`: an SQL queryset
    on the database backends (so it can be a subquery), a list of ids on others (OpenSearch)."""
    results = CasePage.objects.live().search(query, operator="and", order_by_relevance=ranked)
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is not None:
        return get_queryset()
    return [page.pk for page in results]


def _ids(matches) -> list[int]:
    return matches if isinstance(matches, list) else list(matches.values_list("pk", flat=True))


def _within(cases: QuerySet, matches) -> QuerySet:
    return cases.filter(pk__in=matches if isinstance(matches, list) else matches.values("pk"))


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    key: str
    label: str
    values: list[FacetValue]

    @property
    def selected(self) -> list[FacetValue]:
        return [v for v in self.values if v.selected]


def _county_number():
    """A participant's county: the organisation itself when it is a county authority."""
    return Case(
        When(
            organization__kind=OrganizationKind.COUNTY,
            then=F("organization__official_number"),
        ),
        default=F("organization__county__official_number"),
    )


def _reached_order():
    return Subquery(
        CasePhase.objects.filter(page=OuterRef("pk"))
        .order_by("-phase__sort_order")
        .values("phase__sort_order")[:1]
    )


def _participant_filter(cases: QuerySet, condition: Q) -> QuerySet:
    return cases.filter(pk__in=CaseParticipant.objects.filter(condition).values("page_id"))


class FacetDefinition:
    """One way to narrow a search: how to filter by chosen values and how to count the values
    within a set of cases. `options()` lists the values that exist, so an unknown value in a
    URL can be reported and ignored."""

    key: str
    label: str

    def options(self) -> dict[str, str]:
        raise NotImplementedError

    def apply(self, cases: QuerySet, values: list[str]) -> QuerySet:
        raise NotImplementedError

    def counts(self, cases: QuerySet) -> dict[str, int]:
        raise NotImplementedError

    def facet(self, cases: QuerySet, chosen: list[str], options: dict[str, str]) -> Facet:
        counts = self.counts(cases)
        values = [
            FacetValue(value, label, counts.get(value, 0), value in chosen)
            for value, label in options.items()
            if counts.get(value) or value in chosen
        ]
        return Facet(self.key, str(self.label), values)


class VocabularyFacet(FacetDefinition):
    def __init__(self, key, label, model, field_name):
        self.key, self.label, self.model, self.field_name = key, label, model, field_name

    def options(self) -> dict[str, str]:
        return dict(self.model.objects.values_list("slug", "name"))

    def apply(self, cases, values):
        return cases.filter(**{f"{self.field_name}__slug__in": values})

    def counts(self, cases):
        rows = cases.values(value=F(f"{self.field_name}__slug")).annotate(n=Count("pk"))
        return {row["value"]: row["n"] for row in rows if row["value"]}


class CountyFacet(FacetDefinition):
    key, label = "fylke", _("County")

    def options(self):
        return dict(
            Organization.objects.filter(kind=OrganizationKind.COUNTY).values_list(
                "official_number", "name"
            )
        )

    def apply(self, cases, values):
        return _participant_filter(
            cases,
            Q(organization__county__official_number__in=values)
            | Q(
                organization__kind=OrganizationKind.COUNTY, organization__official_number__in=values
            ),
        )

    def counts(self, cases):
        rows = (
            CaseParticipant.objects.filter(page__in=cases.values("pk"))
            .annotate(county_number=_county_number())
            .values("county_number")
            .annotate(n=Count("page_id", distinct=True))
        )
        return {row["county_number"]: row["n"] for row in rows if row["county_number"]}


class OrganizationFacet(FacetDefinition):
    """Buyers, the most frequent first. Only the top few and the chosen ones are offered,
    since a joint procurement can have dozens."""

    key, label = "org", _("Organisation")

    def options(self):
        return {}

    def apply(self, cases, values):
        ids = [int(v) for v in values if v.isdigit()]
        return _participant_filter(cases, Q(organization_id__in=ids))

    def facet(self, cases, chosen, options):
        rows = (
            CaseParticipant.objects.filter(page__in=cases.values("pk"))
            .values("organization_id", "organization__name")
            .annotate(n=Count("page_id", distinct=True))
            .order_by("-n", "organization__name")
        )
        top = list(rows[:ORGANIZATION_FACET_SIZE])
        shown = {str(r["organization_id"]) for r in top}
        missing = [v for v in chosen if v not in shown and v.isdigit()]
        if missing:
            top += list(rows.filter(organization_id__in=missing))
        values = [
            FacetValue(
                str(r["organization_id"]),
                r["organization__name"],
                r["n"],
                str(r["organization_id"]) in chosen,
            )
            for r in top
        ]
        return Facet(self.key, str(self.label), values)


class PhaseReachedFacet(FacetDefinition):
    """A case has reached a phase when it has that phase or a later one."""

    key, label = "fase", _("Phase reached")

    def options(self):
        return dict(ProcurementPhase.objects.values_list("slug", "name"))

    def apply(self, cases, values):
        lowest = Subquery(
            ProcurementPhase.objects.filter(slug__in=values)
            .order_by("sort_order")
            .values("sort_order")[:1]
        )
        return cases.annotate(reached=_reached_order()).filter(reached__gte=lowest)

    def counts(self, cases):
        per_order = dict(
            cases.annotate(reached=_reached_order())
            .values("reached")
            .annotate(n=Count("pk"))
            .values_list("reached", "n")
        )
        return {
            slug: sum(
                n for reached, n in per_order.items() if reached is not None and reached >= order
            )
            for slug, order in ProcurementPhase.objects.values_list("slug", "sort_order")
        }


class YearFacet(FacetDefinition):
    key, label = "aar", _("Year started")

    def options(self):
        return {}

    def apply(self, cases, values):
        return cases.filter(started_year__in=[int(v) for v in values if v.isdigit()])

    def facet(self, cases, chosen, options):
        rows = (
            cases.exclude(started_year=None)
            .values("started_year")
            .annotate(n=Count("pk"))
            .order_by("-started_year")
        )
        values = [
            FacetValue(
                str(r["started_year"]),
                str(r["started_year"]),
                r["n"],
                str(r["started_year"]) in chosen,
            )
            for r in rows
        ]
        return Facet(self.key, str(self.label), values)


class YesFacet(FacetDefinition):
    """A facet with the single value «ja»: the cases that have some property."""

    def __init__(self, key, label, value_label, condition):
        self.key, self.label, self.value_label, self.condition = key, label, value_label, condition

    def options(self):
        return {"ja": str(self.value_label)}

    def apply(self, cases, values):
        return cases.filter(self.condition()) if "ja" in values else cases

    def counts(self, cases):
        return {"ja": cases.filter(self.condition()).count()}


def _has_measured_effects():
    return Exists(CaseEffect.objects.filter(page=OuterRef("pk"), basis=EffectBasis.MEASURED))


def _is_joint():
    return Exists(
        CaseParticipant.objects.filter(page=OuterRef("pk")).exclude(role=ParticipantRole.LEAD)
    )


FACETS: list[FacetDefinition] = [
    VocabularyFacet("omrade", _("Service area"), ServiceArea, "service_area"),
    CountyFacet(),
    OrganizationFacet(),
    VocabularyFacet("prosedyre", _("Procedure"), Procedure, "procedure"),
    PhaseReachedFacet(),
    VocabularyFacet("status", _("Status"), CaseStatus, "status"),
    YearFacet(),
    YesFacet("effekter", _("Effects"), _("Has measured effects"), _has_measured_effects),
    YesFacet("felles", _("Joint procurement"), _("Several buyers"), _is_joint),
]
FACETS_BY_KEY = {facet.key: facet for facet in FACETS}
OPEN_ENDED = {"org", "aar"}  # facets whose values are ids or years, checked by form


def facet_options() -> dict[str, dict[str, str]]:
    """Every facet's known values (slug → name), cached until a list behind them changes."""
    key = f"cases:facet-options:{search_version()}"
    options = cache.get(key)
    if options is None:
        options = {definition.key: definition.options() for definition in FACETS}
        cache.set(key, options, SEARCH_CACHE_SECONDS)
    return options


@dataclass
class CaseQuery:
    """A search as the URL states it: words, chosen facet values, order and page. Built only
    from values that exist; what does not is kept in `ignored` to tell the user."""

    text: str = ""
    chosen: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "nyeste"
    page: int = 1
    shortened: bool = False
    ignored: list[str] = field(default_factory=list)
    options: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_query(cls, query: QueryDict) -> "CaseQuery":
        text, shortened = clean_query(query.get("q", "")[: MAX_QUERY_LENGTH * 50])
        options = facet_options()
        chosen, ignored = {}, []
        for definition in FACETS:
            raw = [v[:100] for v in query.getlist(definition.key)[:20] if v]
            if not raw:
                continue
            known = (
                {v for v in raw if v.isdigit()}
                if definition.key in OPEN_ENDED
                else set(options[definition.key])
            )
            chosen[definition.key] = [v for v in raw if v in known]
            ignored += [v for v in raw if v not in known]
        sort = query.get("sort", "")
        if sort not in SORTS:
            sort = "relevans" if text else "nyeste"
        if sort == "relevans" and not text:
            sort = "nyeste"
        page = query.get("side", "1")
        return cls(
            text=text,
            chosen={k: v for k, v in chosen.items() if v},
            sort=sort,
            page=int(page) if page.isdigit() else 1,
            shortened=shortened,
            ignored=ignored,
            options=options,
        )

    def querystring(self, **changes: Any) -> str:
        """This search as URL parameters, with some changed (for sorting and paging links)."""
        params = QueryDict(mutable=True)
        if self.text:
            params["q"] = self.text
        for key, values in self.chosen.items():
            params.setlist(key, values)
        params["sort"] = self.sort
        for key, value in changes.items():
            params[key] = value
        return params.urlencode()


@dataclass
class CaseSearch:
    query: CaseQuery
    page: PaginatorPage
    total: int
    facets: list[Facet]
    cache_key: str = ""


def _filtered(cases: QuerySet, query: CaseQuery, skip: str = "") -> QuerySet:
    for key, values in query.chosen.items():
        if key != skip:
            cases = FACETS_BY_KEY[key].apply(cases, values)
    return cases


def _ordered(cases: QuerySet, query: CaseQuery, ranked: list[int] | None) -> list[int] | QuerySet:
    if query.sort == "relevans" and ranked is not None:
        wanted = set(cases.values_list("pk", flat=True))
        return [pk for pk in ranked if pk in wanted]
    order = {
        "nyeste": ["-first_published_at", "-pk"],
        "tittel": ["title", "pk"],
        "verdi": [F("contract_value").desc(nulls_last=True), "pk"],
    }.get(query.sort, ["-first_published_at", "-pk"])
    return cases.order_by(*order).values_list("pk", flat=True)


def results_for(ids: list[int]) -> list[CasePage]:
    """The cases with these ids, in this order, with what a result line shows."""
    cases = (
        CasePage.objects.filter(pk__in=ids)
        .select_related("service_area", "status", "procedure")
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=CaseParticipant.objects.select_related(
                    "organization", "organization__county"
                ),
            )
        )
    )
    by_id = {case.pk: case for case in cases}
    return [by_id[pk] for pk in ids if pk in by_id]


def _scope(query: CaseQuery) -> tuple[QuerySet, list[int] | None]:
    """The live cases a search covers, and their ids by relevance when sorting by it. The
    full-text match runs once; every facet count then filters by its ids."""
    scope = live_cases()
    if not query.text:
        return scope, None
    # Ranking costs: unranked matching is far cheaper on SQLite, so rank only when sorting by it.
    matches = matching_cases(query.text, ranked=query.sort == "relevans")
    ids = _ids(matches)
    if len(ids) > MAX_LISTED_MATCHES:
        return _within(scope, matches), ids
    return scope.filter(pk__in=ids), (ids if query.sort == "relevans" else None)


def _search_cache_key(query: CaseQuery, page_size: int) -> str:
    # The facets' labels are in the reader's language.
    described = f"{query.querystring(side=query.page)}&n={page_size}&{translation.get_language()}"
    digest = hashlib.sha256(described.encode()).hexdigest()[:32]
    return f"cases:search:{search_version()}:{digest}"


def _search_uncached(query: CaseQuery, page_size: int) -> dict:
    scope, ranked = _scope(query)
    facets = [
        definition.facet(
            # Without ordering: pages are ordered by path, which would split every count.
            _filtered(scope, query, skip=definition.key).order_by(),
            query.chosen.get(definition.key, []),
            query.options.get(definition.key) or definition.options(),
        )
        for definition in FACETS
    ]
    paginator = Paginator(_ordered(_filtered(scope, query), query, ranked), page_size)
    page = paginator.get_page(query.page)
    return {
        "facets": facets,
        "total": paginator.count,
        "number": page.number,
        "ids": list(page.object_list),
    }


def case_search(query: CaseQuery, page_size: int = PAGE_SIZE) -> CaseSearch:
    """One page of cases matching a search, and the facets with their counts. Each facet is
    counted with every other chosen facet applied but not its own, so its values stay
    choosable side by side. The counts and the page's ids are cached until any case changes;
    the cases themselves are always read fresh."""
    key = _search_cache_key(query, page_size)
    found = cache.get(key)
    if found is None:
        found = _search_uncached(query, page_size)
        cache.set(key, found, SEARCH_CACHE_SECONDS)
    page = Paginator(range(found["total"]), page_size).get_page(found["number"])
    page.object_list = results_for(found["ids"])
    return CaseSearch(
        query=query, page=page, total=found["total"], facets=found["facets"], cache_key=key
    )


def case_ids_for_export(query: CaseQuery, limit: int) -> list[int]:
    """Every matching case id in the search's order, up to `limit`."""
    scope, ranked = _scope(query)
    return list(_ordered(_filtered(scope, query), query, ranked)[:limit])


# --- One case -------------------------------------------------------------------------------


def lessons_citing(case: CasePage) -> QuerySet[Page]:
    """Live course pages whose content refers to the case, found through Wagtail's reference
    index, so the case database needs no knowledge of courses."""
    references = ReferenceIndex.get_references_to(case).filter(content_type__app_label="courses")
    ids = [int(i) for i in references.values_list("object_id", flat=True) if str(i).isdigit()]
    return Page.objects.live().public().filter(pk__in=ids).order_by("title")


def similar_cases(case: CasePage, limit: int = 3) -> list[CasePage]:
    """Other cases in the same service area, those with the same procedure first."""
    if case.service_area_id is None:
        return []
    candidates = (
        live_cases()
        .filter(service_area_id=case.service_area_id)
        .exclude(pk=case.pk)
        .annotate(same_procedure=Case(When(procedure_id=case.procedure_id, then=1), default=0))
        .order_by("-same_procedure", "-first_published_at")
        .values_list("pk", flat=True)[:limit]
    )
    return results_for(list(candidates))


@dataclass
class PartnerState:
    """What the person viewing a planned case may do about joining it."""

    can_register: bool = False
    own_interest: PartnerInterest | None = None
    pending: list[PartnerInterest] = field(default_factory=list)
    manages_case: bool = False


def lead_organization_id(case: CasePage) -> int | None:
    return (
        CaseParticipant.objects.filter(page=case, role=ParticipantRole.LEAD)
        .values_list("organization_id", flat=True)
        .first()
    )


def partner_state(case: CasePage, membership: Membership | None) -> PartnerState:
    if membership is None or case.status is None or not case.status.seeks_partners:
        return PartnerState()
    state = PartnerState()
    organization_id = membership.organization_id
    participant_ids = set(case.participants.values_list("organization_id", flat=True))
    state.manages_case = (membership.is_lead or membership.is_admin) and lead_organization_id(
        case
    ) == organization_id
    if state.manages_case:
        state.pending = list(
            case.partner_interests.filter(status=InterestStatus.PENDING).select_related(
                "organization", "organization__county"
            )
        )
    state.own_interest = case.partner_interests.filter(organization_id=organization_id).first()
    state.can_register = (
        membership.is_lead and organization_id not in participant_ids and state.own_interest is None
    )
    return state


def can_propose_update(case: CasePage, membership: Membership | None) -> bool:
    return (
        membership is not None
        and case.participants.filter(organization_id=membership.organization_id).exists()
    )


@dataclass
class TimelineStep:
    """One procurement phase on a case's timeline, with the case's dates for it if any."""

    phase: ProcurementPhase
    record: CasePhase | None
    reached: bool
    latest: bool


def phase_timeline(records: list[CasePhase]) -> list[TimelineStep]:
    """Every phase in order, so a reader sees both how far the case has come and what is left.
    A phase counts as reached when the case records it or a later one."""
    by_phase = {record.phase_id: record for record in records}
    latest = max(records, key=lambda record: record.phase.sort_order, default=None)
    return [
        TimelineStep(
            phase=phase,
            record=by_phase.get(phase.pk),
            reached=latest is not None and phase.sort_order <= latest.phase.sort_order,
            latest=latest is not None and phase.pk == latest.phase_id,
        )
        for phase in ProcurementPhase.objects.order_by("sort_order", "name")
    ]


def case_page_context(case: CasePage, membership: Membership | None) -> dict:
    """Everything a case page shows, in a fixed number of queries."""
    phases = list(case.phases.select_related("phase").order_by("phase__sort_order"))
    return {
        "participants": case.participants.select_related(
            "organization", "organization__county"
        ).order_by("role", "organization__name"),
        "phases": phases,
        "timeline": phase_timeline(phases),
        "effects": case.effects.select_related("category"),
        "documents": case.documents.select_related("document"),
        "citing_lessons": lessons_citing(case),
        "similar_cases": similar_cases(case),
        "partner": partner_state(case, membership),
        "can_propose_update": can_propose_update(case, membership),
    }


def followed_area_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        ServiceAreaFollow.objects.filter(user=user).values_list("service_area_id", flat=True)
    )


def case_index() -> CaseIndexPage | None:
    return CaseIndexPage.objects.live().first()


# --- Open data ------------------------------------------------------------------------------
#
# The API, the CSV export and the Atom feed read through these, so they cover exactly what the
# search covers (live, public cases) and cost a fixed number of queries whatever their size.

EXPORT_BATCH_SIZE = 500


def _buyers_prefetch() -> Prefetch:
    return Prefetch(
        "participants",
        queryset=CaseParticipant.objects.select_related(
            "organization", "organization__county"
        ).order_by("sort_order", "pk"),
    )


def open_data_cases(ids: list[int]) -> list[CasePage]:
    """The cases with these ids, in this order, with what an API result shows."""
    cases = (
        CasePage.objects.filter(pk__in=ids)
        .select_related("service_area", "status", "procedure", "innovation_type")
        .prefetch_related(_buyers_prefetch())
    )
    by_id = {case.pk: case for case in cases}
    return [by_id[pk] for pk in ids if pk in by_id]


def open_data_page(query: CaseQuery, page_size: int) -> PaginatorPage:
    """One page of a search for the API: the same scope, filters and order as the search page,
    without facet counts. Raises django.core.paginator.InvalidPage past the last page."""
    scope, ranked = _scope(query)
    paginator = Paginator(_ordered(_filtered(scope, query), query, ranked), page_size)
    page = paginator.page(query.page)
    page.object_list = open_data_cases(list(page.object_list))
    return page


def open_data_case(case_id: int) -> CasePage | None:
    """One live, public case with everything the API tells about it; None for any other."""
    return (
        live_cases()
        .filter(pk=case_id)
        .select_related("service_area", "status", "procedure", "innovation_type")
        .prefetch_related(
            _buyers_prefetch(),
            Prefetch(
                "phases",
                queryset=CasePhase.objects.select_related("phase").order_by(
                    "phase__sort_order", "pk"
                ),
            ),
            Prefetch("effects", queryset=CaseEffect.objects.select_related("category")),
            "suppliers",
            "lessons",
            Prefetch(
                "documents",
                queryset=CaseDocument.objects.select_related("document"),
            ),
            "sources",
            "innovative_codes",
            "dialogue_activities",
        )
        .first()
    )


def _export_buyers(ids: list[int]) -> dict[int, list[dict]]:
    rows = (
        CaseParticipant.objects.filter(page_id__in=ids)
        .order_by("page_id", "sort_order", "pk")
        .values(
            "page_id",
            "role",
            "organization__name",
            "organization__kind",
            "organization__county__name",
        )
    )
    buyers: dict[int, list[dict]] = {}
    for row in rows:
        is_county = row["organization__kind"] == OrganizationKind.COUNTY
        buyers.setdefault(row["page_id"], []).append(
            {
                "name": row["organization__name"],
                "is_lead": row["role"] == ParticipantRole.LEAD,
                "county": row["organization__name"]
                if is_county
                else row["organization__county__name"],
            }
        )
    return buyers


def export_rows(ids: list[int], batch_size: int = EXPORT_BATCH_SIZE) -> Iterator[dict]:
    """The CSV export's rows for these case ids, in this order, read in batches (two queries
    each) so that a 10,000-row export holds only one batch in memory."""
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        cases = CasePage.objects.filter(pk__in=batch).values(
            "pk",
            "title",
            "slug",
            "summary",
            "service_area__name",
            "status__name",
            "procedure__name",
            "innovation_type__name",
            "started_year",
            "contract_value",
            "contract_value_basis",
            "cpv_codes",
            "last_published_at",
        )
        by_id = {row["pk"]: row for row in cases}
        buyers = _export_buyers(batch)
        for pk in batch:
            if pk in by_id:
                yield {**by_id[pk], "buyers": buyers.get(pk, [])}


def feed_cases(limit: int = 50) -> list[CasePage]:
    """The most recently published or updated cases, for the Atom feed, each with its lead
    buyer in `lead_buyers`."""
    return list(
        live_cases()
        .select_related("service_area", "status")
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=CaseParticipant.objects.filter(role=ParticipantRole.LEAD).select_related(
                    "organization"
                ),
                to_attr="lead_buyers",
            )
        )
        .order_by("-last_published_at", "-pk")[:limit]
    )


# --- Finding partners (views) -----------------------------------------------------------------


def live_case(case_id: int) -> CasePage | None:
    """A case anyone may read, with its status; None for unpublished, private or missing."""
    return live_cases().filter(pk=case_id).select_related("status").first()


def own_partner_interest(case: CasePage, membership: Membership) -> PartnerInterest | None:
    return case.partner_interests.filter(organization_id=membership.organization_id).first()


def interest_to_decide(
    membership: Membership, case_id: int, interest_id: int
) -> PartnerInterest | None:
    """An interest in a case led by the person's organisation, when they may decide on it
    (lead or admin); None otherwise, so anyone else gets a 404."""
    if not (membership.is_active and (membership.is_lead or membership.is_admin)):
        return None
    led = CaseParticipant.objects.filter(
        page_id=case_id, role=ParticipantRole.LEAD, organization_id=membership.organization_id
    )
    return (
        PartnerInterest.objects.filter(pk=interest_id, case_id=case_id, case__live=True)
        .filter(Exists(led))
        .select_related("case", "organization")
        .first()
    )


# --- Submission -----------------------------------------------------------------------------
#
# A member's case, and a member's proposed update to a published one, is the latest revision of
# a case page; what they see and edit is always that revision, never the live page.


class SubmissionStatus:
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    PUBLISHED_UPDATE_DRAFT = "published_update_draft"
    PUBLISHED_UPDATE_IN_REVIEW = "published_update_in_review"


SUBMISSION_STATUS_LABELS = {
    SubmissionStatus.DRAFT: _("Draft"),
    SubmissionStatus.IN_REVIEW: _("Waiting for review"),
    SubmissionStatus.CHANGES_REQUESTED: _("Changes requested"),
    SubmissionStatus.PUBLISHED: _("Published"),
    SubmissionStatus.PUBLISHED_UPDATE_DRAFT: _("Published – update not yet submitted"),
    SubmissionStatus.PUBLISHED_UPDATE_IN_REVIEW: _("Published – update waiting for review"),
}


@dataclass
class ReviewState:
    """Where a case stands with the editors, and what they said when they asked for changes."""

    status: str
    comment: str = ""

    @property
    def label(self) -> str:
        return str(SUBMISSION_STATUS_LABELS[self.status])

    @property
    def locked(self) -> bool:
        """While the editors review a revision, it is not edited under them."""
        return self.status in (
            SubmissionStatus.IN_REVIEW,
            SubmissionStatus.PUBLISHED_UPDATE_IN_REVIEW,
        )


def review_state(case: CasePage) -> ReviewState:
    """The case's submission status from its live flag and its active workflow state (which a
    listing prefetches with `prefetch_workflow_states`)."""
    state = case.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return ReviewState(
            SubmissionStatus.CHANGES_REQUESTED, task_state.comment if task_state else ""
        )
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    if not case.live:
        return ReviewState(SubmissionStatus.IN_REVIEW if in_review else SubmissionStatus.DRAFT)
    if in_review:
        return ReviewState(SubmissionStatus.PUBLISHED_UPDATE_IN_REVIEW)
    if case.has_unpublished_changes:
        return ReviewState(SubmissionStatus.PUBLISHED_UPDATE_DRAFT)
    return ReviewState(SubmissionStatus.PUBLISHED)


def _organization_ids(user) -> set[int]:
    return set(
        Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).values_list(
            "organization_id", flat=True
        )
    )


def editable_case(case_id: int, user) -> CasePage | None:
    """The latest revision of a case the person may edit: they own it, or one of their
    organisations takes part in it as that revision says. None for anyone else."""
    if not user.is_authenticated:
        return None
    page = CasePage.objects.filter(pk=case_id).first()
    if page is None:
        return None
    case = page.get_latest_revision_as_object()
    if page.owner_id == user.pk:
        return case
    participating = {p.organization_id for p in case.participants.all()}
    return case if participating & _organization_ids(user) else None


def has_been_submitted(case: CasePage) -> bool:
    """Whether the case has been sent to the editors at least once: then every step shows
    what is still missing."""
    return WorkflowState.objects.for_instance(case).exists()


@dataclass
class MemberCase:
    case: CasePage
    state: ReviewState


def cases_of_member(user, membership: Membership | None) -> list[MemberCase]:
    """The cases on a person's «My cases» page: those they own or have edited, and those their
    current organisation takes part in that have a draft or an update on the way. A fixed
    number of queries, however many cases."""
    edited = (
        Revision.page_revisions.filter(user=user)
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )
    condition = Q(owner=user) | Q(pk__in=edited)
    if membership is not None:
        participating = CaseParticipant.objects.filter(
            organization_id=membership.organization_id
        ).values("page_id")
        condition |= Q(pk__in=participating) & (Q(live=False) | Q(has_unpublished_changes=True))
    # The specific relation: PageQuerySet.prefetch_workflow_states() on a CasePage queryset
    # picks the generic one, which finds nothing for a page subclass.
    active_states = Prefetch(
        "_specific_workflow_states",
        queryset=WorkflowState.objects.active().select_related("current_task_state__task"),
        to_attr="_current_workflow_states",
    )
    cases = (
        CasePage.objects.filter(condition)
        .prefetch_related(active_states)
        .order_by("-latest_revision_created_at", "-pk")
    )
    return [MemberCase(case, review_state(case)) for case in cases]


def document_choices(case: CasePage, user) -> QuerySet:
    """The files a document row of the case form may keep: those already on the case and
    those the person has uploaded with a case. Never anyone else's upload."""
    from cases.services import SUBMITTED_DOCUMENTS_COLLECTION

    on_case = [row.document_id for row in case.documents.all() if row.document_id]
    return get_document_model().objects.filter(
        Q(pk__in=on_case)
        | Q(uploaded_by_user=user, collection__name=SUBMITTED_DOCUMENTS_COLLECTION)
    )
