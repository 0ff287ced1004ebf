"""Forms for the four-question quiz of the `quiz` fixture (tests/conftest.py)."""


def all_right_form(quiz) -> dict:
    """The attempt form with every question answered right, as the browser posts it."""
    single, multiple, numeric, ordering = quiz.questions
    order = ordering.options.order_by("sort_order").values_list("pk", flat=True)
    return {
        f"q-{single.pk}": single.options.get(is_correct=True).pk,
        f"q-{multiple.pk}": list(
            multiple.options.filter(is_correct=True).values_list("pk", flat=True)
        ),
        f"q-{numeric.pk}": "30",
        **{f"q-{ordering.pk}-{pk}": str(n) for n, pk in enumerate(order, start=1)},
    }
