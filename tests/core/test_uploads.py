"""Document uploads (core/uploads.py): one list of types and one size limit, read by the
validator, the help text and the messages; the content is sniffed with filetype."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from openpyxl import Workbook

from core.uploads import document_help_text, validate_document

PDF = b"%PDF-1.4\n% test\n"


def _upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


def _code(name: str, content: bytes) -> str | None:
    try:
        validate_document(_upload(name, content))
    except ValidationError as error:
        return error.code
    return None


def test_each_type_is_accepted_with_its_own_content():
    assert _code("rapport.pdf", PDF) is None
    assert _code("rapport.docx", _docx()) is None
    assert _code("tall.xlsx", _xlsx()) is None


def test_a_file_of_another_type_under_a_document_name_is_refused():
    assert _code("rapport.docx", _xlsx()) == "content"  # a spreadsheet is not a Word file
    assert _code("tall.xlsx", PDF) == "content"
    assert _code("rapport.pdf", _docx()) == "content"


def test_the_types_and_the_limit_come_from_the_settings(settings):
    settings.SPIRE_DOCUMENT_TYPES = {"pdf": "PDF"}
    settings.SPIRE_MAX_UPLOAD_BYTES = len(PDF)

    assert _code("rapport.docx", _docx()) == "invalid_extension"
    assert _code("rapport.pdf", PDF + b"x") == "too_large"
    with translation.override("en"):
        assert str(document_help_text()) == "PDF (pdf), at most 0 MB."


def test_the_messages_name_the_types_and_the_limit(settings):
    settings.SPIRE_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
    with translation.override("nb"):
        help_text = str(document_help_text())
        with pytest.raises(ValidationError) as refused:
            validate_document(_upload("bilde.svg", b"<svg/>"))
    assert help_text.startswith("PDF (pdf), Word (docx)") and "OpenDocument (odt, ods)" in help_text
    assert "5 MB" in help_text
    assert "OpenDocument (odt, ods)" in refused.value.messages[0]
