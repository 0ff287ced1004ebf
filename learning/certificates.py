"""The certificate PDF: who finished which course, when, for which organisation, and how to
check that it is real."""

from io import BytesIO

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas

from learning.models import CourseCompletion

ACCENT = colors.HexColor("#0062BA")
INK = colors.HexColor("#1E2B3C")


def certificate_pdf(completion: CourseCompletion, verify_url: str) -> bytes:
    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(f"{_('Certificate')} – {completion.course_title}")
    pdf.setAuthor("Spire")
    pdf.setStrokeColor(ACCENT)
    pdf.setLineWidth(6)
    pdf.rect(1.2 * cm, 1.2 * cm, width - 2.4 * cm, height - 2.4 * cm)

    def centred(text: str, y: float, size: int, font: str = "Helvetica", color=INK) -> None:
        pdf.setFont(font, size)
        pdf.setFillColor(color)
        pdf.drawCentredString(width / 2, y, text)

    centred("Spire", height - 3.5 * cm, 20, "Helvetica-Bold", ACCENT)
    centred(_("Certificate"), height - 6 * cm, 40, "Helvetica-Bold")
    centred(_("This is to certify that"), height - 8 * cm, 16)
    centred(completion.person_name, height - 9.6 * cm, 30, "Helvetica-Bold")
    centred(_("has completed the course"), height - 11.2 * cm, 16)
    centred(completion.course_title, height - 12.8 * cm, 24, "Helvetica-Bold", ACCENT)
    details = formats.date_format(completion.completed_at, "DATE_FORMAT")
    if completion.organization_name:
        details = f"{completion.organization_name} · {details}"
    centred(details, height - 14.4 * cm, 14)
    centred(
        _("Verification code: %(code)s") % {"code": completion.certificate_code},
        3.6 * cm,
        12,
        "Helvetica-Bold",
    )
    centred(_("Check it at %(url)s") % {"url": verify_url}, 2.8 * cm, 11)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
