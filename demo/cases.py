"""The demo case database: the real public cases in demo/content/cases/ (demo/content/README.md),
published under the case index with their buyers linked to the real municipalities. Every step
is idempotent."""

from django.db import transaction
from wagtail.models import Page

from cases.models import (
    CaseEffect,
    CaseIndexPage,
    CaseLesson,
    CasePage,
    CaseParticipant,
    CasePhase,
    CaseSource,
    CaseStatus,
    CaseSupplier,
    EffectCategory,
    InnovationType,
    InnovativeAcquisitionCode,
    MarketDialogueActivity,
    Procedure,
    ProcurementPhase,
    ServiceArea,
)
from cases.setup import case_database_ensure
from cases.setup import case_index_ensure as product_case_index_ensure
from demo import content_files
from demo.schema import CaseData
from organizations.models import Organization, OrganizationKind


def case_index_ensure(home: Page) -> CaseIndexPage:
    """The product's case database page (cases/setup.py), without its review workflow."""
    return product_case_index_ensure(parent=home)


def _extra_organization(key: str) -> Organization:
    data = content_files.buyers()[key]
    county = Organization.objects.filter(
        kind=OrganizationKind.COUNTY, official_number=data.county or "-"
    ).first()
    organization, _created = Organization.objects.get_or_create(
        name=data.name,
        defaults={"kind": data.kind, "org_number": data.org_number, "county": county},
    )
    return organization


def _organization(reference: str) -> Organization:
    """A buyer named by municipality number (4 digits), county number (2) or extra:<key>."""
    if reference.startswith("extra:"):
        return _extra_organization(reference.removeprefix("extra:"))
    kind = OrganizationKind.MUNICIPALITY if len(reference) == 4 else OrganizationKind.COUNTY
    return Organization.objects.get(kind=kind, official_number=reference)


def _by_slug(model, slug: str | None):
    return model.objects.get(slug=slug) if slug else None


def _in_file_order(children: list) -> list:
    """Child rows keep the order the case file gives them (else PostgreSQL may return rows
    with an equal sort order in any order)."""
    for position, child in enumerate(children):
        child.sort_order = position
    return children


def _children(data: CaseData) -> dict:
    return {key: _in_file_order(rows) for key, rows in _child_rows(data).items()}


def _child_rows(data: CaseData) -> dict:
    return {
        "participants": [
            CaseParticipant(organization=_organization(p.org), role=p.role)
            for p in data.participants
        ],
        "phases": [
            CasePhase(
                phase=_by_slug(ProcurementPhase, p.phase),
                started_on=p.started_on,
                ended_on=p.ended_on,
                note=p.note,
            )
            for p in data.phases
        ],
        "suppliers": [CaseSupplier(**s.model_dump()) for s in data.suppliers],
        "effects": [
            CaseEffect(**{**e.model_dump(), "category": _by_slug(EffectCategory, e.category)})
            for e in data.effects
        ],
        "lessons": [CaseLesson(**lesson.model_dump()) for lesson in data.lessons],
        "sources": [CaseSource(**source.model_dump()) for source in data.sources],
    }


def _case_ensure(index: CaseIndexPage, content: content_files.Case) -> CasePage:
    existing = CasePage.objects.child_of(index).filter(slug=content.slug).first()
    if existing:
        return existing
    data = content.data
    case = CasePage(
        title=data.title,
        slug=content.slug,
        summary=data.summary,
        need=data.need,
        service_area=_by_slug(ServiceArea, data.service_area),
        status=_by_slug(CaseStatus, data.status),
        procedure=_by_slug(Procedure, data.procedure),
        innovation_type=_by_slug(InnovationType, data.innovation_type),
        innovative_codes=list(
            InnovativeAcquisitionCode.objects.filter(slug__in=data.innovative_codes)
        ),
        dialogue_activities=list(
            MarketDialogueActivity.objects.filter(slug__in=data.dialogue_activities)
        ),
        requirements_style=data.requirements_style,
        started_year=data.started_year,
        cpv_codes=data.cpv_codes,
        contract_value=data.contract_value,
        contract_value_basis=data.contract_value_basis,
        contact_role=data.contact_role,
        contact_email=data.contact_email,
        last_verified=data.last_verified,
        **_children(data),
    )
    index.add_child(instance=case)
    case.save_revision().publish()
    return case


@transaction.atomic
def demo_cases_ensure(home: Page) -> list[CasePage]:
    index = case_database_ensure(parent=home)  # the product's; `spire_setup` has made it
    return [_case_ensure(index, content) for content in content_files.cases()]
