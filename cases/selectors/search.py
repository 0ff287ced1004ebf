"""Searching the case database: full text, facets with counts, sorting and paging.

Only live, public cases are ever searched. A search costs a fixed number of queries (one per
facet, plus the page of results), whatever the number of cases, facet values or matches, and
its counts are cached until a case or a list behind the facets changes (core/cache_versions.py).

The facet counts are Spire's own rather than the search backend's ``SearchResults.facet()``:
that counts one indexed field over one result set, while each facet here is counted with every
other chosen facet applied but not its own (so values stay choosable side by side), and over
related rows (participants, phases) as well as fields. At any number of cases a search costs
the same queries (28 cold, 6 warm at both XS and M data) and runs at 0.069-0.077 of a plain
view's rate (bench/results/load.md), above the 0.05 target."""

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    When,
)
from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cases.models import (
    CaseEffect,
    CasePage,
    CaseParticipant,
    CasePhase,
    CaseStatus,
    EffectBasis,
    ParticipantRole,
    Procedure,
    ProcurementPhase,
    ServiceArea,
)
from core.cache_versions import versioned_key
from core.numbers import MAX_ID, parse_id, parse_ids, parse_positive_int
from organizations.models import Organization, OrganizationKind

MAX_QUERY_LENGTH = 200
MAX_YEAR = 9999
PAGE_SIZE = 20


class CaseSort(StrEnum):
    """The orders a search can take. The URL and the open-data API name them in Norwegian
    (SORT_SLUGS); everything behind the URL uses these."""

    BEST_MATCH = "best_match"
    NEWEST = "newest"
    TITLE = "title"
    VALUE = "value"


SORT_SLUGS = {
    CaseSort.BEST_MATCH: "relevans",
    CaseSort.NEWEST: "nyeste",
    CaseSort.TITLE: "tittel",
    CaseSort.VALUE: "verdi",
}
SORT_BY_SLUG = {slug: sort for sort, slug in SORT_SLUGS.items()}
SORT_LABELS = {
    CaseSort.BEST_MATCH: _("Best match"),
    CaseSort.NEWEST: _("Newest"),
    CaseSort.TITLE: _("Title"),
    CaseSort.VALUE: _("Contract value"),
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
SEARCH_CACHE_FAMILY = "case-search"
"""Cached searches, facet counts and options, and the result fragments rendered from them
(core/cache_versions.py); forgotten whenever a case is published, unpublished, moved or
restricted, or a list behind the facets changes (cases.signals)."""


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
        ids = parse_ids(values)
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
        missing = [v for v in parse_ids(chosen) if str(v) not in shown]
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
        years = [parse_positive_int(v, maximum=MAX_YEAR) for v in values]
        return cases.filter(started_year__in=[year for year in years if year is not None])

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
    key = versioned_key(SEARCH_CACHE_FAMILY, "facet-options")
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
    sort: CaseSort = CaseSort.NEWEST
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
                {v for v in raw if parse_id(v) is not None}
                if definition.key in OPEN_ENDED
                else set(options[definition.key])
            )
            chosen[definition.key] = [v for v in raw if v in known]
            ignored += [v for v in raw if v not in known]
        sort = SORT_BY_SLUG.get(query.get("sort", ""))
        if sort is None:
            sort = CaseSort.BEST_MATCH if text else CaseSort.NEWEST
        if sort == CaseSort.BEST_MATCH and not text:
            sort = CaseSort.NEWEST
        page = query.get("side", "1")
        return cls(
            text=text,
            chosen={k: v for k, v in chosen.items() if v},
            sort=sort,
            page=parse_positive_int(page, maximum=MAX_ID) or 1,
            shortened=shortened,
            ignored=ignored,
            options=options,
        )

    @property
    def sort_slug(self) -> str:
        return SORT_SLUGS[self.sort]

    def querystring(self, **changes: Any) -> str:
        """This search as URL parameters, with some changed (for sorting and paging links)."""
        params = QueryDict(mutable=True)
        if self.text:
            params["q"] = self.text
        for key, values in self.chosen.items():
            params.setlist(key, values)
        params["sort"] = self.sort_slug
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
    if query.sort == CaseSort.BEST_MATCH and ranked is not None:
        wanted = set(cases.values_list("pk", flat=True))
        return [pk for pk in ranked if pk in wanted]
    order = {
        CaseSort.NEWEST: ["-first_published_at", "-pk"],
        CaseSort.TITLE: ["title", "pk"],
        CaseSort.VALUE: [F("contract_value").desc(nulls_last=True), "pk"],
    }.get(query.sort, ["-first_published_at", "-pk"])
    return cases.order_by(*order).values_list("pk", flat=True)


def buyers_prefetch() -> Prefetch:
    """A case's buyers in their order, with organisation and county, in one query."""
    return Prefetch(
        "participants",
        queryset=CaseParticipant.objects.select_related(
            "organization", "organization__county"
        ).order_by("sort_order", "pk"),
    )


def results_for(ids: list[int]) -> list[CasePage]:
    """The cases with these ids, in this order, with what a result line or an API result
    shows."""
    cases = (
        CasePage.objects.filter(pk__in=ids)
        .select_related("service_area", "status", "procedure", "innovation_type")
        .prefetch_related(buyers_prefetch())
    )
    by_id = {case.pk: case for case in cases}
    return [by_id[pk] for pk in ids if pk in by_id]


@dataclass(frozen=True)
class BuyerSummary:
    """What a result line tells about a case's buyers: the lead (or first) buyer, its county
    and how many others take part."""

    name: str
    county: str
    others: int


def buyers_by_case(ids: list[int]) -> dict[int, list[dict]]:
    """Each case's buyers in their order, as plain rows (name, is_lead, county; a county
    authority is its own county), in one query: a joint procurement can have dozens of buyers,
    and building every buyer, organisation and county as model instances costs more than the
    rest of a search page or an export batch."""
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


def buyer_summaries(ids: list[int]) -> dict[int, BuyerSummary]:
    """Each case's buyer summary: its lead buyer (or first), that buyer's county and the
    number of the others."""
    summaries = {}
    for page_id, buyers in buyers_by_case(ids).items():
        lead = next((b for b in buyers if b["is_lead"]), buyers[0])
        summaries[page_id] = BuyerSummary(lead["name"], lead["county"] or "", len(buyers) - 1)
    return summaries


def result_lines_for(ids: list[int]) -> list[CasePage]:
    """The cases with these ids, in this order, with what a line in the search results shows:
    the lists' names and a `buyer_summary` (None for a case without buyers)."""
    cases = CasePage.objects.filter(pk__in=ids).select_related(
        "service_area", "status", "procedure", "innovation_type"
    )
    by_id = {case.pk: case for case in cases}
    summaries = buyer_summaries(ids)
    for case in by_id.values():
        case.buyer_summary = summaries.get(case.pk)
    return [by_id[pk] for pk in ids if pk in by_id]


class ResultLines(Sequence):
    """The cases of a result page, read from the database only when first used: a page that
    serves its rendered result list from the cache needs none of them."""

    def __init__(self, ids: list[int]):
        self.ids = ids
        self._cases: list[CasePage] | None = None

    @property
    def cases(self) -> list[CasePage]:
        if self._cases is None:
            self._cases = result_lines_for(self.ids)
        return self._cases

    def __len__(self) -> int:
        return len(self.cases)

    def __getitem__(self, index):
        return self.cases[index]


def _scope(query: CaseQuery) -> tuple[QuerySet, list[int] | None]:
    """The live cases a search covers, and their ids by relevance when sorting by it. The
    full-text match runs once; every facet count then filters by its ids."""
    scope = live_cases()
    if not query.text:
        return scope, None
    # Ranking costs: unranked matching is far cheaper on SQLite, so rank only when sorting by it.
    matches = matching_cases(query.text, ranked=query.sort == CaseSort.BEST_MATCH)
    ids = _ids(matches)
    if len(ids) > MAX_LISTED_MATCHES:
        return _within(scope, matches), ids
    return scope.filter(pk__in=ids), (ids if query.sort == CaseSort.BEST_MATCH else None)


def _search_cache_key(query: CaseQuery, page_size: int) -> str:
    # The facets' labels are in the reader's language.
    described = f"{query.querystring(side=query.page)}&n={page_size}&{translation.get_language()}"
    digest = hashlib.sha256(described.encode()).hexdigest()[:32]
    return versioned_key(SEARCH_CACHE_FAMILY, digest)


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
    the cases themselves are read only when the page's list is first used, so a page that
    caches its rendered results under `cache_key` (keyed the same way) reads none."""
    key = _search_cache_key(query, page_size)
    found = cache.get(key)
    if found is None:
        found = _search_uncached(query, page_size)
        cache.set(key, found, SEARCH_CACHE_SECONDS)
    page = Paginator(range(found["total"]), page_size).get_page(found["number"])
    page.object_list = ResultLines(found["ids"])
    return CaseSearch(
        query=query, page=page, total=found["total"], facets=found["facets"], cache_key=key
    )


def ordered_matches(query: CaseQuery) -> list[int] | QuerySet:
    """The ids of every case the search finds, in its order (a list or a lazy queryset), for
    anything that pages or exports them."""
    scope, ranked = _scope(query)
    return _ordered(_filtered(scope, query), query, ranked)


def case_ids_for_export(query: CaseQuery, limit: int) -> list[int]:
    """Every matching case id in the search's order, up to `limit`."""
    return list(ordered_matches(query)[:limit])
