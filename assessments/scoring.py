"""Scoring for the absorptive-capacity survey, kept apart from models and requests so it can be
checked by hand.

The instrument follows Flatten, Engelen, Zahra & Brettel (2011), «A measure of absorptive
capacity: Scale development and validation», *European Management Journal* 29(2):98-116:
fourteen statements on a 7-point agreement scale, grouped into acquisition (3), assimilation (4),
transformation (4) and exploitation (3). Acquisition and assimilation together make up potential
capacity; transformation and exploitation make up realised capacity.

An organisation's score only means something if its respondents broadly agree, so every group
figure carries the within-group agreement index rwg(j) of James, Demaree & Wolf (1984),
«Estimating within-group interrater reliability with and without response bias», *Journal of
Applied Psychology* 69(1):85-98, together with n, SD, a 95 % confidence interval and Cronbach's
alpha. Groups smaller than ``MIN_GROUP_SIZE`` never get a figure, to protect respondents.

The arithmetic uses only the standard library (``math`` and ``statistics``), so it stays
transparent; the scale's ends (``assessments.scale``) and the privacy floor
(``organizations.small_groups``) are imported from their homes, which need no settings, so the
module imports anywhere.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from assessments.scale import SCALE_MAX, SCALE_MIN
from organizations.small_groups import MIN_PEOPLE_SHOWN

DIMENSION_ITEM_COUNTS: dict[str, int] = {
    "acquisition": 3,
    "assimilation": 4,
    "transformation": 4,
    "exploitation": 3,
}

MIN_GROUP_SIZE = MIN_PEOPLE_SHOWN
"""Below this many respondents a group figure could expose individual answers: the same floor
as for counts of people on the dashboards."""

SCALE_POINTS = SCALE_MAX - SCALE_MIN + 1
EXPECTED_RANDOM_VARIANCE = (SCALE_POINTS**2 - 1) / 12
"""σ²_EU: the variance if everyone answered uniformly at random, (A² - 1) / 12 = 4 for A = 7."""

LOW_AGREEMENT_THRESHOLD = 0.70
"""The conventional cut-off below which a group mean hides real disagreement."""

MIN_ALPHA_RESPONDENTS = 30
"""Cronbach's alpha is reported only from this many respondents who answered every item.

Alpha from a handful of people swings wildly: with five respondents the demo rounds gave
values from −2.61 to −0.06 for the same statements. Bonett (2002), «Sample size requirements for
testing and estimating coefficient alpha», *Journal of Educational and Behavioral Statistics*
27(4):335-340, shows that a usefully narrow interval for alpha needs a few dozen respondents for
three or four items; Yurdugül (2008), «Minimum sample size for Cronbach's coefficient alpha: a
Monte-Carlo study», *Hacettepe University Journal of Education* 35:397-405, found alpha unstable
below about n = 30. Below 30 the figure is left out and the page says why."""

LOW_ALPHA_THRESHOLD = 0.70
"""Nunnally's (1978) customary floor for internal consistency; below it the statements of a
dimension did not measure one thing consistently in the group."""

# Two-sided 95 % critical values t(0.975, df) for df 1..30. Small groups are the common case
# here, and at these sizes the t distribution differs enough from the normal (t(4) = 2.776 vs
# 1.960) that using 1.96 would make intervals look far more certain than they are.
_T_975_BY_DF: tuple[float, ...] = (
    12.706205, 4.302653, 3.182446, 2.776445, 2.570582,
    2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
    2.200985, 2.178813, 2.160369, 2.144787, 2.131450,
    2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
    2.079614, 2.073873, 2.068658, 2.063899, 2.059539,
    2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
)  # fmt: skip
_Z_975 = 1.959963984540054


@dataclass(frozen=True)
class GroupResult:
    """What a dashboard may show about one group on one dimension or index.

    ``rwg_j`` and ``alpha`` are None when they cannot be computed (for instance alpha when every
    respondent gave the same total); ``low_agreement`` is then False, since there is no evidence
    of disagreement to warn about.
    """

    n: int
    mean: float
    sd: float
    ci_low: float
    ci_high: float
    rwg_j: float | None
    alpha: float | None
    low_agreement: bool


def _check_item_count(n_items: int) -> None:
    if n_items not in (3, 4):
        raise ValueError(f"Dimensions have 3 or 4 items, not {n_items}.")


def _check_answer(answer: int | None) -> None:
    if answer is None:
        return
    # bool is an int subclass; True must not sneak through as a «1».
    if isinstance(answer, bool) or not isinstance(answer, int):
        raise ValueError(f"Answers must be whole numbers on the scale, got {answer!r}.")
    if not SCALE_MIN <= answer <= SCALE_MAX:
        raise ValueError(f"Answers must lie in {SCALE_MIN}..{SCALE_MAX}, got {answer}.")


def person_dimension_score(answers: Sequence[int | None], n_items: int) -> float | None:
    """Mean of one person's answered items on a dimension, or None if too many are missing.

    At most one item may be skipped (2 of 3, 3 of 4): a single skipped statement should not throw
    away a respondent, but a mean of one or two items no longer measures the dimension.
    """
    _check_item_count(n_items)
    if len(answers) != n_items:
        raise ValueError(f"Expected {n_items} answers, got {len(answers)}.")
    for answer in answers:
        _check_answer(answer)
    answered = [answer for answer in answers if answer is not None]
    if len(answered) < n_items - 1:
        return None
    return statistics.fmean(answered)


def _mean_of_two(first: float | None, second: float | None) -> float | None:
    if first is None or second is None:
        return None
    return (first + second) / 2


def potential(acquisition: float | None, assimilation: float | None) -> float | None:
    """Potential absorptive capacity: the unweighted mean of acquisition and assimilation.

    None if either dimension is missing, because half an index would silently become the other
    dimension's score.
    """
    return _mean_of_two(acquisition, assimilation)


def realised(transformation: float | None, exploitation: float | None) -> float | None:
    """Realised absorptive capacity: the unweighted mean of transformation and exploitation.

    None if either dimension is missing, for the same reason as ``potential``.
    """
    return _mean_of_two(transformation, exploitation)


def t_critical_975(df: int) -> float:
    """Two-sided 95 % critical value of Student's t with ``df`` degrees of freedom.

    df 1..30 come from a table (values to six decimals). Beyond 30 the Cornish-Fisher expansion
    of t around the normal quantile (Abramowitz & Stegun 1964, 26.7.5, four terms) is used; its
    error is below 1e-7 from df 31 on, and it tends to 1.96 as df grows. This avoids both a
    dependency on scipy and the abrupt jump a plain «1.96 beyond 30» would give.
    """
    if df < 1:
        raise ValueError(f"Degrees of freedom must be at least 1, got {df}.")
    if df <= len(_T_975_BY_DF):
        return _T_975_BY_DF[df - 1]
    z = _Z_975
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def _confidence_interval_95(scores: Sequence[float]) -> tuple[float, float]:
    n = len(scores)
    mean = statistics.fmean(scores)
    margin = t_critical_975(n - 1) * statistics.stdev(scores) / math.sqrt(n)
    return mean - margin, mean + margin


def rwg_j(item_variances: Sequence[float]) -> float | None:
    """Within-group agreement across J items, rwg(j) (James, Demaree & Wolf 1984).

    rwg(j) = J(1 - s̄²/σ²_EU) / (J(1 - s̄²/σ²_EU) + s̄²/σ²_EU), with s̄² the mean observed item
    variance and σ²_EU the variance of uniformly random answers (4 on a 7-point scale).

    When s̄² exceeds σ²_EU the group disagrees more than chance would; the formula then yields
    values outside 0..1 (even above 1), which mean nothing. Following LeBreton & Senter (2008,
    *Organizational Research Methods* 11(4):815-852) such values are truncated to 0: no agreement.
    """
    if not item_variances:
        return None
    item_count = len(item_variances)
    variance_ratio = statistics.fmean(item_variances) / EXPECTED_RANDOM_VARIANCE
    if variance_ratio > 1:
        return 0.0
    agreement_part = item_count * (1 - variance_ratio)
    return agreement_part / (agreement_part + variance_ratio)


def cronbach_alpha(complete_rows: Sequence[Sequence[int]]) -> float | None:
    """Internal consistency of a dimension's items: J/(J-1) * (1 - Σ item variances / total var).

    Computed only over respondents who answered every item, so that item and total variances
    describe the same people. None with fewer than two such respondents, or when all totals are
    equal (zero variance), where alpha is undefined rather than perfect.
    """
    if len(complete_rows) < 2:
        return None
    item_count = len(complete_rows[0])
    if item_count < 2:
        return None
    total_variance = statistics.variance([sum(row) for row in complete_rows])
    if total_variance == 0:
        return None
    sum_of_item_variances = sum(
        statistics.variance([row[item] for row in complete_rows]) for item in range(item_count)
    )
    return item_count / (item_count - 1) * (1 - sum_of_item_variances / total_variance)


def _observed_item_variances(rows: Sequence[Sequence[int | None]], n_items: int) -> list[float]:
    """Sample variance of each item over the respondents who answered it.

    An item answered by fewer than two respondents has no variance and is left out, so J in
    rwg(j) counts only the items that actually carry information about agreement.
    """
    variances = []
    for item in range(n_items):
        answered = [row[item] for row in rows if row[item] is not None]
        if len(answered) >= 2:
            variances.append(statistics.variance(answered))
    return variances


def _describe(scores: Sequence[float], rwg: float | None, alpha: float | None) -> GroupResult:
    ci_low, ci_high = _confidence_interval_95(scores)
    return GroupResult(
        n=len(scores),
        mean=statistics.fmean(scores),
        sd=statistics.stdev(scores),
        ci_low=ci_low,
        ci_high=ci_high,
        rwg_j=rwg,
        alpha=alpha,
        low_agreement=rwg is not None and rwg < LOW_AGREEMENT_THRESHOLD,
    )


def group_dimension_result(
    person_item_answers: Sequence[Sequence[int | None]],
    n_items: int,
    *,
    alpha_from: int = MIN_ALPHA_RESPONDENTS,
) -> GroupResult | None:
    """A group's figure on one dimension, or None when fewer than ``MIN_GROUP_SIZE`` respondents
    have a dimension score.

    Every statistic is taken over the same people: the respondents who have a dimension score
    (the ``n`` reported). Someone who skipped too many items counts nowhere, so a near-empty
    answer sheet cannot move the agreement index of a group it is not counted in. Within those
    respondents, item variances for rwg(j) use everyone who answered the item, and alpha uses
    those who answered all items, and only when there are at least ``alpha_from`` of them
    (see ``MIN_ALPHA_RESPONDENTS``).
    """
    scored_rows: list[Sequence[int | None]] = []
    scores: list[float] = []
    for row in person_item_answers:
        score = person_dimension_score(row, n_items)
        if score is not None:
            scored_rows.append(row)
            scores.append(score)
    if len(scores) < MIN_GROUP_SIZE:
        return None
    complete_rows = [
        [answer for answer in row if answer is not None]
        for row in scored_rows
        if all(answer is not None for answer in row)
    ]
    return _describe(
        scores,
        rwg=rwg_j(_observed_item_variances(scored_rows, n_items)),
        alpha=cronbach_alpha(complete_rows) if len(complete_rows) >= alpha_from else None,
    )


def group_index_result(person_index_scores: Sequence[float | None]) -> GroupResult | None:
    """A group's figure on potential or realised capacity, from each person's index score.

    Agreement and consistency belong to the items, so they are reported per dimension;
    ``rwg_j`` and ``alpha`` are None here. As for dimensions, no figure below
    ``MIN_GROUP_SIZE`` respondents with a score.
    """
    scores = [score for score in person_index_scores if score is not None]
    if len(scores) < MIN_GROUP_SIZE:
        return None
    return _describe(scores, rwg=None, alpha=None)
