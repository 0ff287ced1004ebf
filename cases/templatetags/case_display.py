"""How a case's facts read on a page: the lead buyer of a joint procurement, a participant's
county, and amounts grouped the way the reader's language groups them."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format

from cases.models import CasePage, CaseParticipant, ParticipantRole
from cases.selectors.search import BuyerSummary
from organizations.models import OrganizationKind

register = template.Library()


@register.simple_tag
def lead_participant(case: CasePage) -> CaseParticipant | None:
    """The lead buyer, else the first buyer. Reads the prefetched participants, so a list of
    results costs no query per case."""
    participants = list(case.participants.all())
    lead = next((p for p in participants if p.role == ParticipantRole.LEAD), None)
    return lead or (participants[0] if participants else None)


@register.filter
def county_name(participant: CaseParticipant | None) -> str:
    """The county a buyer belongs to; a county authority is its own county."""
    if participant is None:
        return ""
    organization = participant.organization
    if organization.kind == OrganizationKind.COUNTY:
        return organization.name
    return organization.county.name if organization.county_id else ""


@register.filter
def buyer_summary(case: CasePage) -> BuyerSummary | None:
    """The lead buyer, its county and the number of other buyers: as the search read them
    (`case.buyer_summary`), else from the case's prefetched participants."""
    if hasattr(case, "buyer_summary"):
        return case.buyer_summary
    lead = lead_participant(case)
    if lead is None:
        return None
    return BuyerSummary(lead.organization.name, county_name(lead), len(case.participants.all()) - 1)


@register.filter
def grouped_number(value: Decimal | int | float | None) -> str:
    """12000000 as «12 000 000» (in Norwegian) with decimals only where there are any."""
    if value is None:
        return ""
    decimals = 0 if Decimal(value) == Decimal(value).to_integral_value() else 2
    return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)
