"""Building published cases for tests: `publish_case(index, **fields)` creates a live case
page with its child records, the way an editor publishing in the admin would."""

from cases.models import (
    CaseEffect,
    CaseIndexPage,
    CaseLesson,
    CasePage,
    CaseParticipant,
    CasePhase,
    CaseStatus,
    CaseSupplier,
    ParticipantRole,
    Procedure,
    ProcurementPhase,
    ServiceArea,
)


def case_index_ensure() -> CaseIndexPage:
    """The case index, and the controlled lists, which transactional (browser) tests lose when
    the database is flushed between tests. Built as `spire_setup` builds them, without the
    review workflow (tests that need it add it)."""
    from cases.services import vocabularies_ensure
    from cases.setup import case_index_ensure as product_case_index_ensure
    from home.models import HomePage
    from home.setup import site_pages_ensure

    vocabularies_ensure()
    return product_case_index_ensure(parent=HomePage.objects.first() or site_pages_ensure())


def publish_case(
    index: CaseIndexPage,
    *,
    title: str = "Testsak",
    organizations=(),
    service_area: str = "helse-omsorg",
    status: str = "pagar",
    procedure: str | None = "innovation",
    phases=("behovsavklaring", "markedsdialog"),
    lessons=("Forankring i ledelsen tidlig sparte oss for mye tid.",),
    suppliers=(),
    measured_effect: bool = False,
    live: bool = True,
    **fields,
) -> CasePage:
    """A case led by the first organisation, with the others as participants."""
    case = CasePage(
        title=title,
        summary=fields.pop("summary", f"Sammendrag av {title}."),
        need=fields.pop("need", "Behovet var stort."),
        service_area=ServiceArea.objects.get(slug=service_area),
        status=CaseStatus.objects.get(slug=status),
        procedure=Procedure.objects.get(slug=procedure) if procedure else None,
        contact_email=fields.pop("contact_email", "postmottak@example.org"),
        live=live,
        **fields,
    )
    case.participants = [
        CaseParticipant(
            organization=org, role=ParticipantRole.LEAD if i == 0 else ParticipantRole.PARTICIPANT
        )
        for i, org in enumerate(organizations)
    ]
    case.phases = [CasePhase(phase=ProcurementPhase.objects.get(slug=slug)) for slug in phases]
    case.lessons = [CaseLesson(text=text, tags="forankring") for text in lessons]
    case.suppliers = [CaseSupplier(name=name) for name in suppliers]
    if measured_effect:
        from cases.models import EffectBasis, EffectCategory

        case.effects = [
            CaseEffect(
                category=EffectCategory.objects.get(slug="kostnadsbesparelse"),
                value=1_000_000,
                unit="NOK/år",
                basis=EffectBasis.MEASURED,
            )
        ]
    index.add_child(instance=case)
    revision = case.save_revision()
    if live:
        revision.publish()
    case.refresh_from_db()
    return case
