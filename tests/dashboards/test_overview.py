"""The dashboard's first screen: the key figures and what to follow up, and the privacy rules
on them (no count of fewer than five and no change smaller than five when the organisation has
turned off per-person status)."""

from datetime import date

from django.utils import translation

from assessments.scoring import GroupResult
from dashboards.selectors.assignments import AssignmentProgress
from dashboards.selectors.capacity import Capacity, DimensionScore
from dashboards.selectors.participation import MonthActivity, ParticipationCounts
from dashboards.tables.overview import actions, key_figures


def _months(active: list[int]) -> list[MonthActivity]:
    return [
        MonthActivity(month=date(2026, m, 1), enrolled=0, active=n, completions=n)
        for m, n in zip(range(9, 9 + len(active)), active, strict=True)
    ]


def _assignment(*, members=10, done=0, overdue=0, started=0) -> AssignmentProgress:
    return AssignmentProgress(
        assignment_id=1,
        course_title="Grunnkurs",
        department_name=None,
        role="",
        due_date=date(2026, 12, 1),
        members=members,
        done_on_time=done,
        done_late=0,
        not_done=members - done,
        overdue=overdue,
        started=started,
    )


def _result(mean: float, *, low: bool = False) -> GroupResult:
    return GroupResult(
        n=8, mean=mean, sd=1, ci_low=mean - 1, ci_high=mean + 1, rwg_j=0.5, alpha=None,
        low_agreement=low,
    )  # fmt: skip


def _figures(**kwargs):
    defaults = {
        "totals": ParticipationCounts(members=40, enrolled=30, active=3, completions=12),
        "months": _months([10, 20, 21, 2]),
        "assignments": [_assignment(overdue=2)],
        "capacity": None,
    }
    defaults.update(kwargs)
    person_status = defaults.pop("person_status_allowed")
    with translation.override("nb"):
        figures = key_figures(**defaults, person_status_allowed=person_status)
    return {figure.label: figure for figure in figures}


def test_the_first_screen_has_the_six_key_figures():
    figures = _figures(
        totals=ParticipationCounts(members=40, enrolled=30, active=13, completions=12),
        months=_months([10, 20, 30, 2]),
        person_status_allowed=True,
    )

    assert list(figures) == [
        "Medlemmer",
        "Aktive siste 30 dager",
        "Fullførte kurs",
        "Over fristen i tildelinger",
        "Potensiell kapasitet",
        "Realisert kapasitet",
    ]
    assert figures["Aktive siste 30 dager"].value == "13"
    assert figures["Aktive siste 30 dager"].detail == "+10 fra oktober til november"
    assert figures["Over fristen i tildelinger"].value == "2"  # status per person is promised


def test_activity_of_fewer_than_five_is_never_shown_even_with_person_status():
    figures = _figures(person_status_allowed=True)

    assert figures["Aktive siste 30 dager"].value == "færre enn 5"
    assert figures["Aktive siste 30 dager"].detail == ""  # 20 → 21 is one person


def test_without_person_status_small_counts_and_small_changes_are_not_shown():
    figures = _figures(person_status_allowed=False)

    assert figures["Aktive siste 30 dager"].value == "færre enn 5"
    assert figures["Over fristen i tildelinger"].value == "færre enn 5"
    # 20 → 21 is one person: the change is left out, not the figure it belongs to.
    assert figures["Aktive siste 30 dager"].detail == ""
    assert figures["Medlemmer"].value == "40"


def test_a_change_of_five_or_more_between_groups_of_five_is_shown_without_person_status():
    figures = _figures(months=_months([10, 20, 30, 2]), person_status_allowed=False)

    assert figures["Aktive siste 30 dager"].detail == "+10 fra oktober til november"


def test_capacity_cards_show_the_mean_and_its_change_and_nothing_below_five():
    capacity = Capacity(
        round_title="Høst",
        closes_on=date(2026, 11, 1),
        asked=20,
        answered=8,
        dimensions=[DimensionScore("acquisition", _result(4.0, low=True))],
        potential=_result(5.24),
        realised=None,
        previous_round_title="Vår",
        changes=[],
        potential_change=-0.31,
    )
    figures = _figures(capacity=capacity, person_status_allowed=True)

    assert figures["Potensiell kapasitet"].value == "5,2 av 7"
    assert figures["Potensiell kapasitet"].detail == "−0,3 siden forrige runde"
    assert figures["Realisert kapasitet"].value == "–"


def test_follow_up_lists_overdue_unstarted_and_low_agreement_with_links():
    capacity = Capacity(
        round_title="Høst",
        closes_on=date(2026, 11, 1),
        asked=20,
        answered=8,
        dimensions=[
            DimensionScore("acquisition", _result(4.0, low=True)),
            DimensionScore("assimilation", _result(5.0)),
        ],
        potential=None,
        realised=None,
        previous_round_title=None,
        changes=[],
    )
    unstarted = _assignment(members=6, started=0)
    overdue = _assignment(members=6, done=1, overdue=5, started=3)
    with translation.override("nb"):
        found = actions(
            [overdue, unstarted],
            capacity,
            {"acquisition": "Tilegnelse", "assimilation": "Assimilering"},
            person_status_allowed=True,
        )

    texts = [action.text for action in found]
    assert texts[0].startswith("5 over fristen i «Grunnkurs»")
    assert texts[1].startswith("Ingen har begynt på «Grunnkurs»")
    assert "Tilegnelse" in texts[2] and len(texts) == 3
    assert [a.href for a in found] == [
        "#assignments-heading",
        "#assignments-heading",
        "#capacity-heading",
    ]


def test_nothing_to_follow_up_when_all_is_well():
    done = _assignment(members=5, done=5, started=5)
    assert actions([done], None, {}, person_status_allowed=True) == []
