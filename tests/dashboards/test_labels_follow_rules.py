"""Labels that state a rule format its constant, so changing the rule changes the words."""

from django.utils import translation

from dashboards.selectors.participation import ACTIVE_DAYS, ACTIVE_WINDOW
from dashboards.tables.participation import active_label


def test_the_activity_label_states_the_window_it_counts_over(monkeypatch):
    assert ACTIVE_WINDOW.days == ACTIVE_DAYS
    with translation.override("nb"):
        assert active_label() == f"Aktive siste {ACTIVE_DAYS} dager"
    monkeypatch.setattr("dashboards.tables.participation.ACTIVE_DAYS", 14)
    with translation.override("nn"):
        assert active_label() == "Aktive siste 14 dagar"
