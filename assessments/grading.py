"""Grading of quiz answers: pure functions, one per question type, each returning a score
between 0 and 1 for one question.

Multiple choice ("choose all that apply") gives partial credit with a penalty for wrong picks:
score = max(0, (right picks - wrong picks) / number of right options). Picking everything
therefore scores no more than picking nothing right. Ordering gives the share of items placed
in their right position. Numeric answers are right within the question's tolerance."""

from collections.abc import Sequence
from decimal import Decimal


def grade_single(selected: Sequence[int], correct: set[int]) -> float:
    """One option may be chosen; full marks only for the right one."""
    return 1.0 if len(selected) == 1 and selected[0] in correct else 0.0


def grade_multiple(selected: Sequence[int], correct: set[int]) -> float:
    chosen = set(selected)
    right = len(chosen & correct)
    wrong = len(chosen - correct)
    return max(0.0, (right - wrong) / len(correct)) if correct else 0.0


def grade_numeric(value: Decimal | None, answer: Decimal, tolerance: Decimal) -> float:
    if value is None:
        return 0.0
    return 1.0 if abs(value - answer) <= tolerance else 0.0


def grade_ordering(given: Sequence[int], right_order: Sequence[int]) -> float:
    if not right_order or sorted(given) != sorted(right_order):
        return 0.0
    in_place = sum(1 for a, b in zip(given, right_order, strict=True) if a == b)
    return in_place / len(right_order)


def percent(points: float, possible: int) -> int:
    """A whole-number percentage, rounded down so a pass mark is never reached by rounding."""
    return int(100 * points // possible) if possible else 0
