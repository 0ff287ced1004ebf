"""The shared case database: controlled lists (snippets), the case pages, and the records that
let organisations collaborate on cases (partner interest, following a service area) and learn
from each other (who has read which case)."""

from cases.models.case import (
    CaseDocument,
    CaseEffect,
    CaseIndexPage,
    CaseLesson,
    CasePage,
    CaseParticipant,
    CasePhase,
    CaseSource,
    CaseSupplier,
    DocumentKind,
    EffectBasis,
    ParticipantRole,
    RequirementsStyle,
    ValueBasis,
)
from cases.models.collaboration import InterestStatus, PartnerInterest, ServiceAreaFollow
from cases.models.reading import CaseRead
from cases.models.vocabularies import (
    CaseStatus,
    EffectCategory,
    InnovationType,
    InnovativeAcquisitionCode,
    MarketDialogueActivity,
    Procedure,
    ProcurementPhase,
    ServiceArea,
)

__all__ = [
    "CaseDocument",
    "CaseEffect",
    "CaseIndexPage",
    "CaseLesson",
    "CasePage",
    "CaseParticipant",
    "CasePhase",
    "CaseRead",
    "CaseSource",
    "CaseStatus",
    "CaseSupplier",
    "DocumentKind",
    "EffectBasis",
    "EffectCategory",
    "InnovationType",
    "InnovativeAcquisitionCode",
    "InterestStatus",
    "MarketDialogueActivity",
    "ParticipantRole",
    "PartnerInterest",
    "Procedure",
    "ProcurementPhase",
    "RequirementsStyle",
    "ServiceArea",
    "ServiceAreaFollow",
    "ValueBasis",
]
