"""The certificate PDF keeps every line of text on the page, however long the course title or
the person's name (issue 15, part 6)."""

import io
from dataclasses import dataclass
from itertools import pairwise

from django.utils import timezone
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from learning.certificates import MARGIN, certificate_pdf
from learning.models import CourseCompletion

# 150 characters, with markup characters a title may hold and a compound word.
LONG_TITLE = (
    "Innovative anskaffelser & markedsdialog under terskelverdien < 1,3 mill kr: "
    "anskaffelsesregelverksopplæring for helse- og omsorgstjenestene i kommunen"
)
# A double-barrelled name without a space to break at is wider than the page at 30 points.
LONG_NAME = "Kari-Anne Østerbø-Haugland-Kristiansen-Vestre-Slidre-Nordmann-Johansen"


@dataclass
class Line:
    text: str
    left: float
    baseline: float
    width: float
    size: float

    @property
    def bottom(self) -> float:
        return self.baseline - 0.25 * self.size  # descenders

    @property
    def top(self) -> float:
        return self.baseline + 0.75 * self.size  # capitals and accents


def _lines(pdf: bytes) -> list[Line]:
    """Each line of text drawn on the page, placed in page coordinates (points)."""
    lines = []

    def visit(text, cm, tm, font_dict, font_size):
        for part in text.split("\n"):  # pypdf ends each line with a break, sometimes adds a space
            part = part.strip()
            if not part:
                continue
            font = font_dict["/BaseFont"].lstrip("/") if font_dict else "Helvetica"
            scale = tm[0] * cm[0]
            left = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            baseline = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            size = font_size * scale
            lines.append(Line(part, left, baseline, stringWidth(part, font, size), size))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return lines


def _certificate(**fields) -> bytes:
    completion = CourseCompletion(
        course_title=fields.get("course_title", "Testkurs"),
        person_name=fields.get("person_name", "Kari Testesen"),
        organization_name="Nordre Follo kommune",
        certificate_code="ABCD-EFGH",
        completed_at=timezone.now(),
    )
    return certificate_pdf(completion, "https://spire.example.no/kursbevis/ABCD-EFGH/")


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_a_150_character_title_and_a_long_name_stay_inside_the_page():
    assert len(LONG_TITLE) == 150
    lines = _lines(_certificate(course_title=LONG_TITLE, person_name=LONG_NAME))
    width, height = landscape(A4)

    drawn = _squeezed("".join(line.text for line in lines))
    assert _squeezed(LONG_TITLE) in drawn  # all of it, in order, the markup characters as text
    assert _squeezed(LONG_NAME) in drawn
    for line in lines:
        assert line.left >= MARGIN - 1, line
        assert line.left + line.width <= width - MARGIN + 1, line
        assert line.bottom >= MARGIN - 1, line
        assert line.top <= height - MARGIN + 1, line


def test_no_line_runs_into_another():
    lines = _lines(_certificate(course_title=LONG_TITLE * 2, person_name=f"{LONG_NAME} " * 3))
    lines.sort(key=lambda line: line.baseline)

    assert len(lines) > 10
    for lower, upper in pairwise(lines):
        assert lower.top <= upper.bottom + 0.5, (lower, upper)


def test_a_short_title_keeps_its_full_size():
    lines = _lines(_certificate(course_title="Testkurs"))

    assert [line.size for line in lines if line.text == "Testkurs"] == [24]
