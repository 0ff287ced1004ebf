"""Reads for the open data: the API, the CSV export and the Atom feed."""

from collections.abc import Iterator

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import (
    Prefetch,
)

from cases.models import (
    CaseDocument,
    CaseEffect,
    CasePage,
    CaseParticipant,
    CasePhase,
    ParticipantRole,
)
from cases.selectors.search import (
    CaseQuery,
    buyers_by_case,
    buyers_prefetch,
    live_cases,
    ordered_matches,
    results_for,
)

# --- Open data ------------------------------------------------------------------------------
#
# The API, the CSV export and the Atom feed read through these, so they cover exactly what the
# search covers (live, public cases) and cost a fixed number of queries whatever their size.

EXPORT_BATCH_SIZE = 500


def open_data_page(query: CaseQuery, page_size: int) -> PaginatorPage:
    """One page of a search for the API: the same scope, filters and order as the search page,
    without facet counts. Raises django.core.paginator.InvalidPage past the last page."""
    page = Paginator(ordered_matches(query), page_size).page(query.page)
    page.object_list = results_for(list(page.object_list))
    return page


def open_data_case(case_id: int) -> CasePage | None:
    """One live, public case with everything the API tells about it; None for any other."""
    return (
        live_cases()
        .filter(pk=case_id)
        .select_related("service_area", "status", "procedure", "innovation_type")
        .prefetch_related(
            buyers_prefetch(),
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
        buyers = buyers_by_case(batch)
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
