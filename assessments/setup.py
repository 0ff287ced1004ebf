"""The capacity survey's instrument: its four dimensions and its 14 core and 3 extra statements
in Bokmål, Nynorsk and English, from assessments/data/survey.json.

Part of `manage.py spire_setup`. A dimension or statement is created once, by its key, and then
belongs to the editors: running setup again never overwrites what they have written."""

import json
from pathlib import Path

from django.db import transaction

from assessments.models import SurveyDimension, SurveyStatement

SURVEY_PATH = Path(__file__).resolve().parent / "data" / "survey.json"


def survey_instrument_read() -> dict:
    return json.loads(SURVEY_PATH.read_text(encoding="utf-8"))


@transaction.atomic
def survey_instrument_ensure() -> None:
    """Create every shipped dimension and statement that is missing."""
    instrument = survey_instrument_read()
    for order, data in enumerate(instrument["dimensions"]):
        SurveyDimension.objects.get_or_create(
            key=data["key"],
            defaults={
                "sort_order": order,
                **{f"name_{lang}": text for lang, text in data["name"].items()},
                **{f"description_{lang}": text for lang, text in data["description"].items()},
            },
        )
    dimensions = {d.key: d for d in SurveyDimension.objects.all()}
    for order, data in enumerate(instrument["statements"]):
        SurveyStatement.objects.get_or_create(
            key=data["key"],
            defaults={
                # The extra procurement statements belong to no dimension.
                "dimension": dimensions.get(data["dimension"]),
                "is_core": data["core"],
                "sort_order": order,
                **{f"text_{lang}": text for lang, text in data["text"].items()},
            },
        )
