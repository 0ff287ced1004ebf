from decimal import Decimal

from assessments import grading


def test_single_choice():
    assert grading.grade_single([2], {2}) == 1.0
    assert grading.grade_single([1], {2}) == 0.0
    assert grading.grade_single([1, 2], {2}) == 0.0  # two picks for one answer is not right
    assert grading.grade_single([], {2}) == 0.0


def test_multiple_choice_gives_partial_credit_minus_wrong_picks():
    assert grading.grade_multiple([1, 2], {1, 2}) == 1.0
    assert grading.grade_multiple([1], {1, 2}) == 0.5
    assert grading.grade_multiple([1, 3], {1, 2}) == 0.0  # one right, one wrong
    assert grading.grade_multiple([1, 2, 3], {1, 2}) == 0.5
    assert grading.grade_multiple([3, 4], {1, 2}) == 0.0  # never below zero
    assert grading.grade_multiple([1, 2, 3, 4], {1, 2}) == 0.0  # picking all is no shortcut


def test_numeric_within_tolerance():
    assert grading.grade_numeric(Decimal("30"), Decimal("30"), Decimal("0")) == 1.0
    assert grading.grade_numeric(Decimal("29.5"), Decimal("30"), Decimal("0.5")) == 1.0
    assert grading.grade_numeric(Decimal("29.4"), Decimal("30"), Decimal("0.5")) == 0.0
    assert grading.grade_numeric(None, Decimal("30"), Decimal("0")) == 0.0


def test_ordering_counts_items_in_place():
    assert grading.grade_ordering([1, 2, 3], [1, 2, 3]) == 1.0
    assert grading.grade_ordering([1, 3, 2], [1, 2, 3]) == 1 / 3
    assert grading.grade_ordering([1, 2], [1, 2, 3]) == 0.0  # not every item placed
    assert grading.grade_ordering([], [1, 2, 3]) == 0.0


def test_percent_rounds_down():
    assert grading.percent(2.999, 4) == 74
    assert grading.percent(3, 4) == 75
    assert grading.percent(0, 0) == 0
