"""The capacity survey's answer scale: its ends and the words for each point. Everything that
checks, stores, scores, draws or describes an answer takes them from here (Flatten et al.
2011 use seven points of agreement; scoring.py derives the random-answer variance from them)."""

from django.utils.translation import gettext_lazy as _

SCALE_MIN = 1
SCALE_MAX = 7

SCALE_LABELS = (
    _("Strongly disagree"),
    _("Disagree"),
    _("Somewhat disagree"),
    _("Neither agree nor disagree"),
    _("Somewhat agree"),
    _("Agree"),
    _("Strongly agree"),
)
"""One label per point, from SCALE_MIN up."""

if len(SCALE_LABELS) != SCALE_MAX - SCALE_MIN + 1:
    raise ValueError("Give every point of the survey scale one label.")


def scale_points() -> list[tuple[int, str]]:
    """(value, label) for every point, in order."""
    return list(zip(range(SCALE_MIN, SCALE_MAX + 1), SCALE_LABELS, strict=True))


def scale_words() -> dict[str, object]:
    """The scale's ends with their labels in the reader's language, written as they read
    inside a sentence («from 1 (strongly disagree) to 7 …»)."""
    return {
        "min": SCALE_MIN,
        "max": SCALE_MAX,
        "min_label": str(SCALE_LABELS[0]).lower(),
        "max_label": str(SCALE_LABELS[-1]).lower(),
    }
