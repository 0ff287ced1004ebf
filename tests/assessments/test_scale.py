"""The survey scale has one home (assessments.scale): what is stored, scored, offered in the
form and said about it all follow it."""

import pytest
from django.template import Context, Template
from django.utils import translation

from assessments import scoring
from assessments.models import SurveyAnswer
from assessments.scale import SCALE_LABELS, SCALE_MAX, SCALE_MIN, scale_points, scale_words


def test_every_point_of_the_scale_has_one_label_in_order():
    assert [value for value, _label in scale_points()] == list(range(SCALE_MIN, SCALE_MAX + 1))
    assert [label for _value, label in scale_points()] == list(SCALE_LABELS)


def test_storage_and_scoring_use_the_same_ends():
    field = SurveyAnswer._meta.get_field("value")
    limits = sorted(validator.limit_value for validator in field.validators)
    assert limits == [SCALE_MIN, SCALE_MAX]
    assert (scoring.SCALE_MIN, scoring.SCALE_MAX) == (SCALE_MIN, SCALE_MAX)
    assert scoring.EXPECTED_RANDOM_VARIANCE == 4  # (7² - 1) / 12 for seven points


def test_the_words_for_the_scale_come_from_its_labels():
    with translation.override("nb"):
        words = scale_words()
    assert words == {"min": 1, "max": 7, "min_label": "helt uenig", "max_label": "helt enig"}


def _capacity_intro(monkeypatch, **rules) -> str:
    for name, value in rules.items():
        monkeypatch.setattr(f"assessments.scale.{name}", value)
    template = Template(
        '{% include "assessments/includes/capacity_table.html" with results=results %}'
    )
    with translation.override("nb"):
        return template.render(Context({"results": {"too_few": False}}))


def test_the_text_about_the_scale_follows_the_constant(monkeypatch):
    assert "en skala fra 1 (helt uenig) til 7 (helt enig)" in _capacity_intro(monkeypatch)
    assert "en skala fra 1 (helt uenig) til 5 (helt enig)" in _capacity_intro(
        monkeypatch, SCALE_MAX=5
    )


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_privacy_floor_in_the_templates_follows_the_constant(monkeypatch, language):
    monkeypatch.setattr("assessments.templatetags.survey_rules.MIN_GROUP_SIZE", 9)
    template = Template(
        '{% include "assessments/includes/capacity_table.html" with results=results %}'
    )
    with translation.override(language):
        html = template.render(Context({"results": {"too_few": True}}))
    assert " 9 " in html and " 5 " not in html
