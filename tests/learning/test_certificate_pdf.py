"""The certificate PDF keeps every line of text on the page, however long the course title or
the person's name (issue 15, part 6)."""

import io

from django.utils import timezone
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from learning.certificates import MARGIN, certificate_pdf
from learning.models import CourseCompletion

LONG_TITLE = ("Innovative anskaffelser for helse og omsorg i små og store kommuner " * 3)[:150]
LONG_NAME = "Kari Nordmann-Johansen Østerbø-Haugland av Vestre Slidre og Øvre Eiker"


def _text_runs(pdf: bytes) -> list[tuple[str, float, float]]:
    """Each drawn text run with its left edge and width in points."""
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        text = text.strip()  # pypdf adds the line break (and a space) around each run
        if text:
            font = font_dict["/BaseFont"].lstrip("/") if font_dict else "Helvetica"
            size = font_size * tm[0]
            runs.append((text, tm[4], stringWidth(text, font, size)))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def test_a_150_character_title_and_a_long_name_stay_inside_the_page():
    completion = CourseCompletion(
        course_title=LONG_TITLE,
        person_name=LONG_NAME,
        organization_name="Nordre Follo kommune",
        certificate_code="ABCD-EFGH",
        completed_at=timezone.now(),
    )
    pdf = certificate_pdf(completion, "https://spire.example.no/kursbevis/ABCD-EFGH/")
    width, _height = landscape(A4)

    runs = _text_runs(pdf)
    assert len(LONG_TITLE) == 150
    drawn = " ".join(text for text, _x, _w in runs)
    assert all(word in drawn for word in LONG_TITLE.split())  # every word is there
    for text, left, run_width in runs:
        assert left >= MARGIN - 1, text
        assert left + run_width <= width - MARGIN + 1, text
