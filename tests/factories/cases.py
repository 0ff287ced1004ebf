"""Building published cases for tests: `publish_case(index, **fields)` creates a live case
page with its child records, the way an editor publishing in the admin would."""

import factory

from cases.models import (
    CaseEffect,
    CaseIndexPage,
    CaseLesson,
    CasePage,
    CaseParticipant,
    CasePhase,
    CaseStatus,
    CaseSupplier,
    EffectBasis,
    EffectCategory,
    ParticipantRole,
    Procedure,
    ProcurementPhase,
    ServiceArea,
)
from tests.factories.courses import PublishedPageFactory


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


class CasePageFactory(PublishedPageFactory):
    """A case led by the first of ``organizations``, with the others as participants, its
    phases, lessons, suppliers and (if ``measured_effect``) a measured saving. Its revision is
    saved, and published if it is live."""

    class Meta:
        model = CasePage

    class Params:
        organizations = ()
        phase_slugs = ("behovsavklaring", "markedsdialog")
        lesson_texts = ("Forankring i ledelsen tidlig sparte oss for mye tid.",)
        supplier_names = ()
        measured_effect = False

    title = "Testsak"
    summary = factory.LazyAttribute(lambda case: f"Sammendrag av {case.title}.")
    need = "Behovet var stort."
    contact_email = "postmottak@example.org"
    service_area = factory.LazyFunction(lambda: ServiceArea.objects.get(slug="helse-omsorg"))
    status = factory.LazyFunction(lambda: CaseStatus.objects.get(slug="pagar"))
    procedure = factory.LazyFunction(lambda: Procedure.objects.get(slug="innovation"))
    participants = factory.LazyAttribute(
        lambda case: [
            CaseParticipant(
                organization=organization,
                role=ParticipantRole.LEAD if n == 0 else ParticipantRole.PARTICIPANT,
            )
            for n, organization in enumerate(case.organizations)
        ]
    )
    phases = factory.LazyAttribute(
        lambda case: [
            CasePhase(phase=ProcurementPhase.objects.get(slug=slug)) for slug in case.phase_slugs
        ]
    )
    lessons = factory.LazyAttribute(
        lambda case: [CaseLesson(text=text, tags="forankring") for text in case.lesson_texts]
    )
    suppliers = factory.LazyAttribute(
        lambda case: [CaseSupplier(name=name) for name in case.supplier_names]
    )
    effects = factory.LazyAttribute(
        lambda case: [_measured_saving()] if case.measured_effect else []
    )

    @factory.post_generation
    def published(case, create, extracted, **kwargs):
        if create:
            revision = case.save_revision()
            if case.live:
                revision.publish()
            case.refresh_from_db()


def _measured_saving() -> CaseEffect:
    return CaseEffect(
        category=EffectCategory.objects.get(slug="kostnadsbesparelse"),
        value=1_000_000,
        unit="NOK/år",
        basis=EffectBasis.MEASURED,
    )


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
    """A case under `index` (see CasePageFactory), its controlled values given by slug."""
    return CasePageFactory(
        parent=index,
        title=title,
        organizations=organizations,
        service_area=ServiceArea.objects.get(slug=service_area),
        status=CaseStatus.objects.get(slug=status),
        procedure=Procedure.objects.get(slug=procedure) if procedure else None,
        phase_slugs=phases,
        lesson_texts=lessons,
        supplier_names=suppliers,
        measured_effect=measured_effect,
        live=live,
        **fields,
    )
