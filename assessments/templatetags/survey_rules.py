"""The numbers the survey's privacy and scale rules rest on, for templates whose texts state
them: the text formats the constant, so changing the rule changes the words."""

from django import template

from assessments.scale import scale_words
from assessments.scoring import MIN_GROUP_SIZE
from core.disclosure.rule import MIN_COHORT

register = template.Library()


@register.simple_tag
def survey_rules() -> dict[str, object]:
    words = scale_words()
    return {
        "min_group_size": MIN_GROUP_SIZE,
        "release_cohort": MIN_COHORT,
        "scale_min": words["min"],
        "scale_max": words["max"],
        "scale_min_label": words["min_label"],
        "scale_max_label": words["max_label"],
    }
