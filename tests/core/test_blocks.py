"""Body text must hold words: an emptied rich text editor is refused, not published blank."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError

from core.blocks import ParagraphBlock
from courses.blocks import LessonBody

EMPTIED_EDITOR = '<p data-block-key="a1"></p>'


@pytest.mark.parametrize(
    "source", [EMPTIED_EDITOR, '<p data-block-key="a1">&nbsp; </p>', "<p><b></b></p>"]
)
def test_a_paragraph_without_words_is_refused(source):
    block = ParagraphBlock()

    with pytest.raises(ValidationError) as refused:
        block.clean(block.to_python(source))

    assert refused.value.code == "blank"


def test_a_paragraph_with_words_or_an_image_is_kept():
    block = ParagraphBlock()

    assert block.clean(block.to_python("<p>Behovet først.</p>")).source == "<p>Behovet først.</p>"
    image = '<embed embedtype="image" id="1" format="fullwidth" alt="Kart"/>'
    assert block.clean(block.to_python(image)).source == image


def _lesson(callout_text: str, paragraph: str = "<p>Start med behovet.</p>"):
    return LessonBody().to_python(
        [
            {"type": "paragraph", "value": paragraph},
            {"type": "callout", "value": {"kind": "tip", "title": "Tips", "text": callout_text}},
        ]
    )


def test_a_lesson_with_an_empty_callout_or_paragraph_cannot_be_saved():
    LessonBody().clean(_lesson("<p>Spør markedet tidlig.</p>"))

    with pytest.raises(StreamBlockValidationError) as empty_callout:
        LessonBody().clean(_lesson(EMPTIED_EDITOR))
    with pytest.raises(StreamBlockValidationError) as empty_paragraph:
        LessonBody().clean(_lesson("<p>Spør markedet tidlig.</p>", paragraph=EMPTIED_EDITOR))

    assert list(empty_callout.value.block_errors) == [1]
    assert list(empty_paragraph.value.block_errors) == [0]
