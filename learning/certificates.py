"""The certificate PDF: who finished which course, when, for which organisation, and how to
check that it is real.

The text is laid out with reportlab's Platypus paragraphs in three frames inside the margins
(heading, body, verification), so a long course title or name wraps, a word wider than the page
is broken, and a body that would still not fit shrinks as a whole rather than run off the page
or over the verification code."""

from io import BytesIO
from xml.sax.saxutils import escape

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer

from learning.models import CourseCompletion

ACCENT = colors.HexColor("#0062BA")
INK = colors.HexColor("#1E2B3C")

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)

MARGIN = 2.4 * cm
"""Text keeps this far from the page's edge: inside the frame drawn 1.2 cm in, with room."""

TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADING_BOTTOM = PAGE_HEIGHT - 7.4 * cm
FOOTER_TOP = 4.4 * cm

SMALLEST_SIZE = 10
"""A title or name shrinks step by step to fit its lines, but not below this size."""


def _style(size: float, font: str = "Helvetica", color=INK, space_before: float = 0):
    return ParagraphStyle(
        name=f"{font}-{size}",
        fontName=font,
        fontSize=size,
        leading=size * 1.2,
        textColor=color,
        alignment=TA_CENTER,
        spaceBefore=space_before,
        splitLongWords=True,
    )


def _paragraph(text: str, style: ParagraphStyle, max_lines: int = 1) -> Paragraph:
    """The text as a centred paragraph at the largest size up to the style's that wraps into
    ``max_lines`` lines of the text width. The text is escaped: a name or title is never markup."""
    size = style.fontSize
    while True:
        paragraph = Paragraph(
            escape(text),
            ParagraphStyle(style.name, parent=style, fontSize=size, leading=size * 1.2),
        )
        paragraph.wrap(TEXT_WIDTH, PAGE_HEIGHT)
        if len(paragraph.blPara.lines) <= max_lines or size <= SMALLEST_SIZE:
            return paragraph
        size -= 2


def _draw(pdf, story: list[Flowable], bottom: float, top: float, centred: bool = False) -> None:
    """Draw the story in the band between ``bottom`` and ``top``, shrunk if it is too tall,
    and in the middle of the band if ``centred``."""
    frame = Frame(MARGIN, bottom, TEXT_WIDTH, top - bottom, 0, 0, 0, 0)
    fitted = KeepInFrame(TEXT_WIDTH, top - bottom, story, mode="shrink")
    flowables = [fitted]
    if centred:
        _width, used = fitted.wrapOn(pdf, TEXT_WIDTH, top - bottom)
        flowables.insert(0, Spacer(TEXT_WIDTH, max(0, (top - bottom - used) / 2)))
    frame.addFromList(flowables, pdf)


def certificate_pdf(completion: CourseCompletion, verify_url: str) -> bytes:
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pdf.setTitle(f"{_('Certificate')} – {completion.course_title}")
    pdf.setAuthor("Spire")
    pdf.setStrokeColor(ACCENT)
    pdf.setLineWidth(6)
    pdf.rect(1.2 * cm, 1.2 * cm, PAGE_WIDTH - 2.4 * cm, PAGE_HEIGHT - 2.4 * cm)

    details = formats.date_format(completion.completed_at, "DATE_FORMAT")
    if completion.organization_name:
        details = f"{completion.organization_name} · {details}"
    heading = [
        _paragraph("Spire", _style(20, "Helvetica-Bold", ACCENT)),
        _paragraph(_("Certificate"), _style(40, "Helvetica-Bold", space_before=0.6 * cm)),
    ]
    body = [
        _paragraph(_("This is to certify that"), _style(16)),
        _paragraph(completion.person_name, _style(30, "Helvetica-Bold", space_before=0.5 * cm), 2),
        _paragraph(_("has completed the course"), _style(16, space_before=0.3 * cm)),
        _paragraph(
            completion.course_title,
            _style(24, "Helvetica-Bold", ACCENT, space_before=0.6 * cm),
            3,
        ),
        _paragraph(details, _style(14, space_before=0.4 * cm), 2),
    ]
    verification = [
        _paragraph(
            _("Verification code: %(code)s") % {"code": completion.certificate_code},
            _style(12, "Helvetica-Bold"),
        ),
        _paragraph(_("Check it at %(url)s") % {"url": verify_url}, _style(11)),
    ]
    _draw(pdf, heading, HEADING_BOTTOM, PAGE_HEIGHT - MARGIN)
    _draw(pdf, body, FOOTER_TOP, HEADING_BOTTOM, centred=True)
    _draw(pdf, verification, MARGIN, FOOTER_TOP, centred=True)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
