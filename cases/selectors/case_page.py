"""What a case page shows, and what the person reading it may do about it."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import (
    Case,
    Exists,
    Q,
    QuerySet,
    When,
)
from wagtail.models import Page, ReferenceIndex

from cases.models import (
    CaseIndexPage,
    CasePage,
    CaseParticipant,
    CasePhase,
    InterestStatus,
    ParticipantRole,
    PartnerInterest,
    ProcurementPhase,
    ServiceAreaFollow,
)
from cases.selectors.search import live_cases, results_for
from core.groups import CONTENT_REVIEWERS
from core.numbers import parse_id
from organizations.models import Membership, MembershipStatus, Organization

# --- One case -------------------------------------------------------------------------------


def lessons_citing(case: CasePage) -> QuerySet[Page]:
    """Live course pages whose content refers to the case, found through Wagtail's reference
    index, so the case database needs no knowledge of courses."""
    references = ReferenceIndex.get_references_to(case).filter(content_type__app_label="courses")
    ids = [parse_id(str(i)) for i in references.values_list("object_id", flat=True)]
    ids = [i for i in ids if i is not None]
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


class InterestReach:
    """Who hears of a new partner interest."""

    OWNER = "owner"  # the leads and admins of the case's lead organisation
    CONTACT = "contact"  # nobody there on Spire yet: the case's contact address
    EDITORS = "editors"  # no contact address either: the platform's editors
    NOBODY = "nobody"


@dataclass
class InterestRecipients:
    reach: str
    owner: Organization | None
    emails: list[str]


def interest_recipients(case: CasePage) -> InterestRecipients:
    """Who is told that an organisation wants to join a planned case: the lead organisation's
    active leads and admins, who can accept it; when it has none yet, the case's contact
    address, or else the platform's editors, who can help it appoint one. The interest waits
    on the case page for the leads it gets later."""
    owner_id = lead_organization_id(case)
    owner = Organization.objects.filter(pk=owner_id).first() if owner_id else None
    managers = list(
        Membership.objects.filter(
            Q(is_lead=True) | Q(is_admin=True),
            organization_id=owner_id,
            status=MembershipStatus.ACTIVE,
            user__is_active=True,
        )
        .exclude(user__email="")
        .order_by("user__email")
        .values_list("user__email", flat=True)
        .distinct()
    )
    if owner_id and managers:
        return InterestRecipients(InterestReach.OWNER, owner, managers)
    if case.contact_email:
        return InterestRecipients(InterestReach.CONTACT, owner, [case.contact_email])
    editors = list(
        get_user_model()
        .objects.filter(groups__name__in=CONTENT_REVIEWERS, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )
    reach = InterestReach.EDITORS if editors else InterestReach.NOBODY
    return InterestRecipients(reach, owner, editors)


def pending_interests_to_answer(membership: Membership | None) -> list[PartnerInterest]:
    """Interest waiting in the live cases the person's organisation leads, for its leads and
    admins: also what arrived before they had one."""
    if membership is None or not (
        membership.is_active and (membership.is_lead or membership.is_admin)
    ):
        return []
    led = CaseParticipant.objects.filter(
        role=ParticipantRole.LEAD, organization_id=membership.organization_id
    ).values("page_id")
    return list(
        PartnerInterest.objects.filter(
            status=InterestStatus.PENDING, case__live=True, case_id__in=led
        )
        .select_related("case", "organization")
        .order_by("created_at")
    )


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
