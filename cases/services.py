"""Writes to the case database's vocabularies."""

from django.db import transaction

from cases.models import ProcurementPhase

# The shipped list; migration 0002 holds a frozen copy, as migrations must not import app code.
PROCUREMENT_PHASES = [
    ("behovsavklaring", "Behovsavklaring"),
    ("markedsdialog", "Markedsdialog"),
    ("konkurranse", "Konkurranse"),
    ("kontrakt", "Kontrakt"),
    ("implementering", "Implementering"),
    ("gevinstrealisering", "Gevinstrealisering"),
    ("spredning", "Spredning"),
]


@transaction.atomic
def procurement_phases_ensure() -> None:
    """Create any shipped phase that is missing; never rename what editors changed."""
    for order, (slug, name) in enumerate(PROCUREMENT_PHASES):
        ProcurementPhase.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
