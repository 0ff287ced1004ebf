"""The certificate PDF: who finished which course, when, for which organisation, and how to
check that it is real."""

from io import BytesIO

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from learning.models import CourseCompletion

ACCENT = colors.HexColor("#0062BA")
INK = colors.HexColor("#1E2B3C")


MARGIN = 2.4 * cm
"""Text keeps this far from the page's edge: inside the frame drawn 1.2 cm in, with room."""


def _wrapped(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[list, float]:
    """The text's lines at the largest size up to ``size`` that fits in ``max_lines`` lines of
    ``width``; a very long title or name wraps, then shrinks, and never runs off the page."""
    while True:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= max_lines or size <= 10:
            return lines, size
        size -= 2


def certificate_pdf(completion: CourseCompletion, verify_url: str) -> bytes:
    buffer = BytesIO()
    width, height = landscape(A4)
    text_width = width - 2 * MARGIN
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(f"{_('Certificate')} – {completion.course_title}")
    pdf.setAuthor("Spire")
    pdf.setStrokeColor(ACCENT)
    pdf.setLineWidth(6)
    pdf.rect(1.2 * cm, 1.2 * cm, width - 2.4 * cm, height - 2.4 * cm)

    def centred(text: str, y: float, size: float, font: str = "Helvetica", color=INK, lines=1):
        """Draw the text centred from ``y`` down, wrapped to at most ``lines`` lines; returns
        the y below it."""
        wrapped, size = _wrapped(text, font, size, text_width, lines)
        pdf.setFont(font, size)
        pdf.setFillColor(color)
        for line in wrapped:
            pdf.drawCentredString(width / 2, y, line)
            y -= size * 1.2
        return y

    centred("Spire", height - 3.5 * cm, 20, "Helvetica-Bold", ACCENT)
    centred(_("Certificate"), height - 6 * cm, 40, "Helvetica-Bold")
    y = centred(_("This is to certify that"), height - 8 * cm, 16)
    y = centred(completion.person_name, y - 0.9 * cm, 30, "Helvetica-Bold", lines=2)
    y = centred(_("has completed the course"), y - 0.4 * cm, 16)
    y = centred(completion.course_title, y - 0.9 * cm, 24, "Helvetica-Bold", ACCENT, lines=3)
    details = formats.date_format(completion.completed_at, "DATE_FORMAT")
    if completion.organization_name:
        details = f"{completion.organization_name} · {details}"
    centred(details, y - 0.5 * cm, 14, lines=2)
    centred(
        _("Verification code: %(code)s") % {"code": completion.certificate_code},
        3.6 * cm,
        12,
        "Helvetica-Bold",
    )
    centred(_("Check it at %(url)s") % {"url": verify_url}, 2.8 * cm, 11, lines=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
