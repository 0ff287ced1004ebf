"""What a member may upload as a document, checked in one place: the type (by extension and by
content) and the size. The allowed types and the limit are settings
(``SPIRE_DOCUMENT_TYPES``, ``SPIRE_MAX_UPLOAD_BYTES``), and the validator, the form's help text
and the error messages all read them, so they cannot disagree.

The content is sniffed with ``filetype`` (already installed through Willow) rather than by
comparing leading bytes by hand: it tells a Word file from an Excel file inside the same zip
container and a PDF from anything else. filetype only looks at a zip's first entries, so an
office file written by a tool that orders them otherwise is seen as a plain zip; a zip is
accepted for the zip-based types (as the hand-made check did), but a file that is clearly
another type (a PDF or a spreadsheet named .docx, a program named .pdf) is refused."""

from collections.abc import Iterable
from pathlib import Path

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

SNIFFED_BYTES = 8192  # as much as filetype reads of a file
ZIP_CONTAINERS = {"docx", "xlsx", "pptx", "odt", "ods", "odp"}


def document_extensions() -> list[str]:
    return list(settings.SPIRE_DOCUMENT_TYPES)


def megabytes(size: int) -> str:
    """A size in MB as people write it here: «10», «10,5»."""
    return f"{round(size / 1024 / 1024, 1):g}".replace(".", ",")


def document_types_text(extensions: Iterable[str] | None = None) -> str:
    """«PDF (pdf), Word (docx), …, OpenDocument (odt, ods)»: each type's name once."""
    by_name: dict[str, list[str]] = {}
    for extension in document_extensions() if extensions is None else extensions:
        by_name.setdefault(settings.SPIRE_DOCUMENT_TYPES[extension], []).append(extension)
    return ", ".join(f"{name} ({', '.join(found)})" for name, found in by_name.items())


def _help_text() -> str:
    return gettext("%(types)s, at most %(limit)s MB.") % {
        "types": document_types_text(),
        "limit": megabytes(settings.SPIRE_MAX_UPLOAD_BYTES),
    }


def _accept() -> str:
    return ",".join(f".{extension}" for extension in document_extensions())


document_help_text = lazy(_help_text, str)
"""The help text for a document upload field, put in the reader's language when shown."""
document_accept = lazy(_accept, str)
"""The file input's ``accept`` attribute: the browser offers only these types."""


def _sniffed_extension(file) -> str | None:
    file.seek(0)
    head = file.read(SNIFFED_BYTES)
    file.seek(0)
    kind = filetype.guess(head)
    return kind.extension if kind else None


def _content_matches(extension: str, sniffed: str | None) -> bool:
    if extension in ZIP_CONTAINERS:
        return sniffed in {extension, "zip"}
    return sniffed == extension


def validate_document(file) -> None:
    """A file we accept as a document: of an allowed type, not empty, within the size limit,
    and whose content is of the type its name says."""
    extension = Path(file.name).suffix.lower().lstrip(".")
    if extension not in settings.SPIRE_DOCUMENT_TYPES:
        raise ValidationError(
            _("“%(extension)s” files cannot be uploaded. Use %(types)s."),
            code="invalid_extension",
            params={"extension": extension, "types": document_types_text()},
        )
    if not file.size:
        raise ValidationError(_("The file is empty. Choose another file."), code="empty")
    if file.size > settings.SPIRE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is %(size)s MB; the largest file you can upload is %(limit)s MB."),
            code="too_large",
            params={
                "size": f"{file.size / 1024 / 1024:.1f}".replace(".", ","),
                "limit": megabytes(settings.SPIRE_MAX_UPLOAD_BYTES),
            },
        )
    if not _content_matches(extension, _sniffed_extension(file)):
        raise ValidationError(
            _("The file does not look like a .%(extension)s file. Save it again and retry."),
            code="content",
            params={"extension": extension},
        )
