"""Sharing: the cases an organisation has published in the shared case database, the joint
procurements it takes part in, and how much its people read other organisations' cases.

Reading counts are participation, not scores, so they are shown at any size; but they are only
ever counts per case, never which person read what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils import timezone

from cases.models import CaseLesson, CasePage, CaseParticipant, CaseRead, ParticipantRole
from cases.selectors import live_cases
from dashboards.selectors.scope import member_lookup
from organizations.models import Organization

MOST_READ_LIMIT = 20
BUYER_NAMES_SHOWN = 3


@dataclass(frozen=True)
class SharedCase:
    """A published case the organisation is a buyer in."""

    page_id: int
    slug: str
    title: str
    role: str  # ParticipantRole value: lead, participant or option
    buyers: int  # distinct buyer organisations, this one included
    first_published: date | None
    status: str  # CaseStatus name from the database; "" when the case has none
    seeks_partners: bool


@dataclass(frozen=True)
class ReadCase:
    """Another organisation's published case that members of this organisation have read."""

    page_id: int
    title: str
    buyers: str  # the first buyers' names, comma-joined, with "…" when there are more
    readers: int  # distinct active members of this organisation who have opened it
    lessons: int  # lessons learned recorded on the case


@dataclass(frozen=True)
class Sharing:
    """``joint`` is the part of ``published`` bought together with other organisations, or
    still looking for partners to do so. ``read_elsewhere`` holds the most read cases only;
    ``readers`` counts every member who has read any other organisation's case."""

    published: list[SharedCase]
    joint: list[SharedCase]
    read_elsewhere: list[ReadCase]
    readers: int


def _role_rank():
    """Lead before participant before option holder, should an organisation be listed twice."""
    return Case(
        When(role=ParticipantRole.LEAD, then=Value(0)),
        When(role=ParticipantRole.PARTICIPANT, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )


def _buyer_count():
    per_case = (
        CaseParticipant.objects.filter(page=OuterRef("pk"))
        .order_by()
        .values("page")
        .annotate(n=Count("organization", distinct=True))
        .values("n")
    )
    return Subquery(per_case, output_field=IntegerField())


def _published(organization: Organization, live: QuerySet[CasePage]) -> list[SharedCase]:
    own = CaseParticipant.objects.filter(page=OuterRef("pk"), organization=organization)
    rows = (
        live.filter(Exists(own))
        .annotate(
            own_role=Subquery(own.order_by(_role_rank(), "sort_order", "pk").values("role")[:1]),
            buyer_count=_buyer_count(),
        )
        .order_by("-first_published_at", "title", "pk")
        .values(
            "pk",
            "slug",
            "title",
            "own_role",
            "buyer_count",
            "first_published_at",
            "status__name",
            "status__seeks_partners",
        )
    )
    return [
        SharedCase(
            page_id=row["pk"],
            slug=row["slug"],
            title=row["title"],
            role=row["own_role"],
            buyers=row["buyer_count"] or 0,
            first_published=(
                timezone.localdate(row["first_published_at"]) if row["first_published_at"] else None
            ),
            status=row["status__name"] or "",
            seeks_partners=bool(row["status__seeks_partners"]),
        )
        for row in rows
    ]


def _reads_elsewhere(organization: Organization, live: QuerySet[CasePage]) -> QuerySet[CaseRead]:
    """Reads by the organisation's active members of live, public cases it is not a buyer in.
    (A person may have opened a case with view restrictions; those never count.)"""
    own = CaseParticipant.objects.filter(page=OuterRef("case"), organization=organization)
    return (
        CaseRead.objects.filter(**member_lookup("user__", organization, None))
        .filter(case__in=live.values("pk"))
        .exclude(Exists(own))
    )


def _buyer_names(case_ids: list[int]) -> dict[int, str]:
    names: dict[int, list[str]] = {}
    rows = (
        CaseParticipant.objects.filter(page_id__in=case_ids)
        .order_by("page_id", "sort_order", "pk")
        .values_list("page_id", "organization__name")
    )
    for page_id, name in rows:
        listed = names.setdefault(page_id, [])
        if name not in listed:
            listed.append(name)
    return {
        page_id: ", ".join(listed[:BUYER_NAMES_SHOWN])
        + (" …" if len(listed) > BUYER_NAMES_SHOWN else "")
        for page_id, listed in names.items()
    }


def _lesson_counts(case_ids: list[int]) -> dict[int, int]:
    rows = (
        CaseLesson.objects.filter(page_id__in=case_ids)
        .order_by()
        .values("page_id")
        .annotate(n=Count("pk"))
        .values_list("page_id", "n")
    )
    return dict(rows)


def _read_elsewhere(reads: QuerySet[CaseRead]) -> list[ReadCase]:
    most_read = list(
        reads.values("case_id", "case__title")
        .annotate(readers=Count("user", distinct=True))
        .order_by("-readers", "case__title", "case_id")[:MOST_READ_LIMIT]
    )
    case_ids = [row["case_id"] for row in most_read]
    buyers = _buyer_names(case_ids)
    lessons = _lesson_counts(case_ids)
    return [
        ReadCase(
            page_id=row["case_id"],
            title=row["case__title"],
            buyers=buyers.get(row["case_id"], ""),
            readers=row["readers"],
            lessons=lessons.get(row["case_id"], 0),
        )
        for row in most_read
    ]


def sharing(organization: Organization) -> Sharing:
    """What the organisation shares and what it reads of others' cases, in a fixed number of
    queries however many cases, buyers, members and reads there are. Departments don't narrow
    it: cases belong to the organisation, and a department's reading would point at too few
    people to stay anonymous."""
    live = live_cases()
    published = _published(organization, live)
    reads = _reads_elsewhere(organization, live)
    return Sharing(
        published=published,
        joint=[case for case in published if case.buyers >= 2 or case.seeks_partners],
        read_elsewhere=_read_elsewhere(reads),
        readers=reads.aggregate(n=Count("user", distinct=True))["n"],
    )
