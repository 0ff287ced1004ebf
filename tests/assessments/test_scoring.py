"""Scoring checked against figures worked out by hand; the arithmetic is in the comments so a
reviewer can redo it with pencil and paper. No database needed."""

import math

import pytest

from assessments.scoring import (
    DIMENSION_ITEM_COUNTS,
    EXPECTED_RANDOM_VARIANCE,
    MIN_ALPHA_RESPONDENTS,
    MIN_GROUP_SIZE,
    GroupResult,
    cronbach_alpha,
    group_dimension_result,
    group_index_result,
    person_dimension_score,
    potential,
    realised,
    t_critical_975,
)

# Five respondents on a 3-item dimension (acquisition). Used by several tests.
#   person   i1 i2 i3   total  score
#   P1        4  5  6     15     5
#   P2        5  5  5     15     5
#   P3        6  6  6     18     6
#   P4        3  4  5     12     4
#   P5        6  7  5     18     6
FIVE_PEOPLE_THREE_ITEMS = [
    [4, 5, 6],
    [5, 5, 5],
    [6, 6, 6],
    [3, 4, 5],
    [6, 7, 5],
]


def test_instrument_has_fourteen_items_and_random_variance_four():
    assert DIMENSION_ITEM_COUNTS == {
        "acquisition": 3,
        "assimilation": 4,
        "transformation": 4,
        "exploitation": 3,
    }
    assert sum(DIMENSION_ITEM_COUNTS.values()) == 14
    # (A² - 1) / 12 with A = 7 points: (49 - 1) / 12 = 4
    assert EXPECTED_RANDOM_VARIANCE == 4


# --- person scores ---------------------------------------------------------------------------


def test_person_score_three_of_three():
    # (5 + 6 + 7) / 3 = 6
    assert person_dimension_score([5, 6, 7], 3) == pytest.approx(6.0)


def test_person_score_two_of_three_uses_answered_items_only():
    # (4 + 7) / 2 = 5.5; the skipped item is not counted as 0
    assert person_dimension_score([4, None, 7], 3) == pytest.approx(5.5)


def test_person_score_one_of_three_is_none():
    assert person_dimension_score([None, 6, None], 3) is None


def test_person_score_four_of_four():
    # (1 + 2 + 3 + 4) / 4 = 2.5
    assert person_dimension_score([1, 2, 3, 4], 4) == pytest.approx(2.5)


def test_person_score_three_of_four():
    # (2 + 3 + 5) / 3 = 10/3 = 3.333…
    assert person_dimension_score([2, None, 3, 5], 4) == pytest.approx(10 / 3)


def test_person_score_two_of_four_is_none():
    assert person_dimension_score([7, None, None, 7], 4) is None


def test_person_score_nothing_answered_is_none():
    assert person_dimension_score([None, None, None], 3) is None


@pytest.mark.parametrize("bad", [0, 8, -1, 3.5, True])
def test_out_of_range_or_non_integer_answer_raises(bad):
    with pytest.raises(ValueError):
        person_dimension_score([4, bad, 4], 3)


def test_out_of_range_raises_even_when_too_few_answered():
    # A bad value is a bug upstream, not a missing answer; it must not be hidden by the None.
    with pytest.raises(ValueError):
        person_dimension_score([9, None, None], 3)


def test_wrong_number_of_answers_or_items_raises():
    with pytest.raises(ValueError):
        person_dimension_score([4, 4], 3)
    with pytest.raises(ValueError):
        person_dimension_score([4, 4, 4, 4, 4], 5)


# --- potential and realised ------------------------------------------------------------------


def test_potential_is_mean_of_acquisition_and_assimilation():
    # (5 + 10/3) / 2 = (15/3 + 10/3) / 2 = 25/6 = 4.1666…
    assert potential(5.0, 10 / 3) == pytest.approx(25 / 6)


def test_realised_is_mean_of_transformation_and_exploitation():
    # (2.5 + 6) / 2 = 4.25
    assert realised(2.5, 6.0) == pytest.approx(4.25)


def test_index_is_none_when_a_dimension_is_missing():
    assert potential(None, 4.0) is None
    assert potential(4.0, None) is None
    assert realised(None, None) is None


# --- t quantile ------------------------------------------------------------------------------


def test_t_critical_values():
    # Table values: t(0.975, 1) = 12.706, t(0.975, 4) = 2.776, t(0.975, 30) = 2.042
    assert t_critical_975(1) == pytest.approx(12.706, abs=5e-4)
    assert t_critical_975(4) == pytest.approx(2.776, abs=5e-4)
    assert t_critical_975(30) == pytest.approx(2.042, abs=5e-4)
    # Expansion beyond the table: t(0.975, 40) = 2.021, t(0.975, 120) = 1.980, → 1.960
    assert t_critical_975(40) == pytest.approx(2.021, abs=5e-4)
    assert t_critical_975(120) == pytest.approx(1.980, abs=5e-4)
    assert t_critical_975(1_000_000) == pytest.approx(1.960, abs=5e-4)
    # No jump where the table ends
    assert t_critical_975(30) > t_critical_975(31) > t_critical_975(32)


def test_t_critical_rejects_zero_degrees_of_freedom():
    with pytest.raises(ValueError):
        t_critical_975(0)


# --- group size ------------------------------------------------------------------------------


def test_group_of_four_gets_no_figure():
    assert MIN_GROUP_SIZE == 5
    assert group_dimension_result(FIVE_PEOPLE_THREE_ITEMS[:4], 3) is None


def test_group_of_five_gets_a_figure():
    result = group_dimension_result(FIVE_PEOPLE_THREE_ITEMS, 3)
    assert isinstance(result, GroupResult)
    assert result.n == 5


def test_respondents_without_a_dimension_score_do_not_make_up_the_five():
    # Four scored people plus two who answered only one item each: still only n = 4.
    rows = [*FIVE_PEOPLE_THREE_ITEMS[:4], [7, None, None], [None, None, 1]]
    assert group_dimension_result(rows, 3) is None


# --- the worked five-person example ----------------------------------------------------------


def test_five_person_example_worked_by_hand():
    result = group_dimension_result(FIVE_PEOPLE_THREE_ITEMS, 3, alpha_from=2)
    assert result is not None

    # Person scores 5, 5, 6, 4, 6 → mean 26/5 = 5.2
    assert result.mean == pytest.approx(5.2)

    # Deviations -0.2, -0.2, 0.8, -1.2, 0.8; squares 0.04 + 0.04 + 0.64 + 1.44 + 0.64 = 2.8
    # Sample variance 2.8 / 4 = 0.7; SD = √0.7 = 0.836660
    assert result.sd == pytest.approx(math.sqrt(0.7))
    assert round(result.sd, 3) == 0.837

    # SE = √(0.7 / 5) = √0.14 = 0.374166; t(0.975, 4) = 2.776445
    # margin = 2.776445 * 0.374166 = 1.038851
    # CI = 5.2 ∓ 1.038851 = [4.161149, 6.238851]
    assert round(result.ci_low, 3) == 4.161
    assert round(result.ci_high, 3) == 6.239

    # Item variances (sample, n - 1 = 4):
    #   i1: 4,5,6,3,6 mean 4.8, squares 0.64+0.04+1.44+3.24+1.44 = 6.8 → 1.7
    #   i2: 5,5,6,4,7 mean 5.4, squares 0.16+0.16+0.36+1.96+2.56 = 5.2 → 1.3
    #   i3: 6,5,6,5,5 mean 5.4, squares 0.36+0.16+0.36+0.16+0.16 = 1.2 → 0.3
    # s̄² = (1.7 + 1.3 + 0.3) / 3 = 1.1; s̄²/σ²_EU = 1.1 / 4 = 0.275
    # J(1 - 0.275) = 3 * 0.725 = 2.175
    # rwg(j) = 2.175 / (2.175 + 0.275) = 2.175 / 2.45 = 0.887755
    assert result.rwg_j == pytest.approx(2.175 / 2.45)
    assert round(result.rwg_j, 3) == 0.888
    assert result.low_agreement is False

    # Totals 15, 15, 18, 12, 18 (= 3 * person score) → variance 9 * 0.7 = 6.3
    # Σ item variances = 1.7 + 1.3 + 0.3 = 3.3
    # alpha = 3/2 * (1 - 3.3/6.3) = 3/2 * 3/6.3 = 3/2 * 10/21 = 15/21 = 5/7 = 0.714286
    assert result.alpha == pytest.approx(5 / 7)
    assert round(result.alpha, 3) == 0.714


def test_person_with_too_few_answers_changes_nothing():
    # A sixth row with one answer has no score, so it must not reach mean, SD, rwg(j) or alpha.
    with_stray = group_dimension_result(
        [*FIVE_PEOPLE_THREE_ITEMS, [1, None, None]], 3, alpha_from=2
    )
    assert with_stray == group_dimension_result(FIVE_PEOPLE_THREE_ITEMS, 3, alpha_from=2)


def test_skipped_item_uses_pairwise_variance_for_rwg_and_complete_cases_for_alpha():
    # Add P6 = (-, 6, 6): score (6 + 6) / 2 = 6, so n = 6.
    rows = [*FIVE_PEOPLE_THREE_ITEMS, [None, 6, 6]]
    result = group_dimension_result(rows, 3, alpha_from=2)
    assert result is not None
    assert result.n == 6

    # Scores 5, 5, 6, 4, 6, 6 → mean 32/6 = 16/3 = 5.333
    # Deviations -1/3, -1/3, 2/3, -4/3, 2/3, 2/3; squares sum (1+1+4+16+4+4)/9 = 30/9 = 10/3
    # Variance (10/3) / 5 = 2/3; SD = √(2/3) = 0.816497
    assert result.mean == pytest.approx(16 / 3)
    assert result.sd == pytest.approx(math.sqrt(2 / 3))

    # Item variances over those who answered each item:
    #   i1: unchanged, 5 answers → 1.7
    #   i2: 5,5,6,4,7,6 mean 5.5, squares 0.25+0.25+0.25+2.25+2.25+0.25 = 5.5 → 5.5/5 = 1.1
    #   i3: 6,5,6,5,5,6 mean 5.5, squares 6 * 0.25 = 1.5 → 1.5/5 = 0.3
    # s̄² = (1.7 + 1.1 + 0.3) / 3 = 31/30; s̄²/4 = 31/120
    # J(1 - 31/120) = 3 * 89/120 = 267/120
    # rwg(j) = (267/120) / (267/120 + 31/120) = 267/298 = 0.895973
    assert result.rwg_j == pytest.approx(267 / 298)

    # Alpha uses the five complete respondents only, so it stays 5/7.
    assert result.alpha == pytest.approx(5 / 7)


def test_four_item_dimension_worked_by_hand():
    #   person   i1 i2 i3 i4   total  score
    #   P1        4  5  4  5     18    4.5
    #   P2        5  5  6  6     22    5.5
    #   P3        6  7  6  5     24    6
    #   P4        3  4  4  3     14    3.5
    #   P5        5  6  7  6     24    6
    rows = [[4, 5, 4, 5], [5, 5, 6, 6], [6, 7, 6, 5], [3, 4, 4, 3], [5, 6, 7, 6]]
    result = group_dimension_result(rows, 4, alpha_from=2)
    assert result is not None

    # Scores sum 25.5 → mean 5.1. Totals 18,22,24,14,24, mean 20.4, deviations
    # -2.4, 1.6, 3.6, -6.4, 3.6; squares 5.76+2.56+12.96+40.96+12.96 = 75.2 → variance 18.8
    # Score variance = 18.8 / 4² = 1.175; SD = √1.175 = 1.083974
    assert result.mean == pytest.approx(5.1)
    assert result.sd == pytest.approx(math.sqrt(1.175))
    # SE = √(1.175/5) = √0.235 = 0.484768; margin = 2.776445 * 0.484768 = 1.345932
    # CI = [3.754068, 6.445932]
    assert round(result.ci_low, 3) == 3.754
    assert round(result.ci_high, 3) == 6.446

    # Item variances:
    #   i1: 4,5,6,3,5 mean 4.6, squares 0.36+0.16+1.96+2.56+0.16 = 5.2 → 1.3
    #   i2: 5,5,7,4,6 mean 5.4, squares 0.16+0.16+2.56+1.96+0.36 = 5.2 → 1.3
    #   i3: 4,6,6,4,7 mean 5.4, squares 1.96+0.36+0.36+1.96+2.56 = 7.2 → 1.8
    #   i4: 5,6,5,3,6 mean 5.0, squares 0+1+0+4+1 = 6 → 1.5
    # Σ = 5.9; s̄² = 5.9/4 = 1.475; s̄²/4 = 0.36875
    # J(1 - 0.36875) = 4 * 0.63125 = 2.525
    # rwg(j) = 2.525 / (2.525 + 0.36875) = 2.525 / 2.89375 = 0.872570
    assert result.rwg_j == pytest.approx(2.525 / 2.89375)
    assert round(result.rwg_j, 3) == 0.873

    # alpha = 4/3 * (1 - 5.9/18.8) = 4/3 * 12.9/18.8 = 51.6/56.4 = 0.914894
    assert result.alpha == pytest.approx(51.6 / 56.4)
    assert round(result.alpha, 3) == 0.915


# --- agreement edge cases --------------------------------------------------------------------


def test_rwg_is_truncated_to_zero_when_disagreement_exceeds_chance():
    # Answers alternate between the scale ends: 1, 7, 1, 7, 1 on every item.
    rows = [[1, 1, 1], [7, 7, 7], [1, 1, 1], [7, 7, 7], [1, 1, 1]]
    result = group_dimension_result(rows, 3, alpha_from=2)
    assert result is not None

    # Each item: mean 17/5 = 3.4, deviations -2.4, 3.6, -2.4, 3.6, -2.4
    # squares 5.76 + 12.96 + 5.76 + 12.96 + 5.76 = 43.2 → variance 43.2 / 4 = 10.8
    # s̄²/σ²_EU = 10.8 / 4 = 2.7 > 1. Untruncated: 3(1 - 2.7) = -5.1, -5.1 / (-5.1 + 2.7)
    # = 2.125, an impossible «agreement» above 1, hence truncation to 0.
    assert result.rwg_j == 0.0
    assert result.low_agreement is True

    # The items move together perfectly, so consistency is high even without agreement:
    # totals 3, 21, 3, 21, 3 → variance 9 * 10.8 = 97.2; Σ item var = 32.4
    # alpha = 3/2 * (1 - 32.4/97.2) = 3/2 * 2/3 = 1
    assert result.alpha == pytest.approx(1.0)


def test_perfect_agreement_gives_rwg_one_and_no_alpha():
    rows = [[5, 5, 5]] * 5
    result = group_dimension_result(rows, 3, alpha_from=2)
    assert result is not None

    # All item variances 0 → s̄² = 0 → rwg(j) = 3 * 1 / (3 * 1 + 0) = 1
    assert result.rwg_j == 1.0
    assert result.low_agreement is False
    # Total variance 0 → alpha undefined
    assert result.alpha is None
    # SD 0 → the interval collapses onto the mean
    assert result.mean == 5.0
    assert result.sd == 0.0
    assert result.ci_low == result.ci_high == 5.0


def test_low_agreement_flag_below_seventy():
    # Each person answers the same on all three items: 3, 5, 2, 6, 4.
    rows = [[3, 3, 3], [5, 5, 5], [2, 2, 2], [6, 6, 6], [4, 4, 4]]
    result = group_dimension_result(rows, 3)
    assert result is not None

    # Each item: mean 4, squares 1 + 1 + 4 + 4 + 0 = 10 → variance 2.5
    # s̄²/4 = 0.625; J(1 - 0.625) = 3 * 0.375 = 1.125
    # rwg(j) = 1.125 / (1.125 + 0.625) = 1.125 / 1.75 = 9/14 = 0.642857 < 0.70
    assert result.rwg_j == pytest.approx(9 / 14)
    assert result.low_agreement is True


def test_alpha_needs_two_complete_respondents():
    # Everyone skipped one item (a different one where possible); only P1 answered all three.
    rows = [[4, 5, 6], [None, 5, 5], [6, None, 6], [3, 4, None], [None, 7, 5]]
    result = group_dimension_result(rows, 3, alpha_from=2)
    assert result is not None
    assert result.n == 5
    assert result.alpha is None


def test_rows_of_the_wrong_length_raise():
    with pytest.raises(ValueError):
        group_dimension_result([*FIVE_PEOPLE_THREE_ITEMS[:4], [4, 4]], 3)


# --- potential / realised at group level -----------------------------------------------------


def test_group_index_result_needs_five_scores_and_skips_missing():
    assert group_index_result([4.0, 5.0, 6.0, 5.0, None]) is None

    # Scores 4, 5, 6, 5, 5 → mean 25/5 = 5; squares 1 + 0 + 1 + 0 + 0 = 2 → variance 0.5
    # SD = √0.5 = 0.707107; SE = √(0.5/5) = √0.1 = 0.316228
    # margin = 2.776445 * 0.316228 = 0.877989 → CI [4.122011, 5.877989]
    result = group_index_result([4.0, 5.0, 6.0, 5.0, None, 5.0])
    assert result is not None
    assert result.n == 5
    assert result.mean == pytest.approx(5.0)
    assert result.sd == pytest.approx(math.sqrt(0.5))
    assert round(result.ci_low, 3) == 4.122
    assert round(result.ci_high, 3) == 5.878
    # Agreement belongs to items, reported per dimension.
    assert result.rwg_j is None
    assert result.alpha is None
    assert result.low_agreement is False


def test_alpha_is_left_out_below_thirty_complete_respondents():
    # The same consistent group, first 29 then 30 people: alpha only from 30 (Bonett 2002).
    rows = [[v, v, min(v + 1, 7)] for v in (2, 3, 4, 5, 6, 7)] * 5
    assert group_dimension_result(rows[:29], 3).alpha is None
    assert group_dimension_result(rows[:29], 3).n == 29
    assert group_dimension_result(rows, 3).alpha == pytest.approx(cronbach_alpha(rows), rel=1e-12)
    assert MIN_ALPHA_RESPONDENTS == 30
