"""The text of a page the product ships (the front page, about, privacy notice, accessibility
statement, the catalogue and case database intros), kept as a file a writer can read and
review without knowing Python.

The format is deliberately small, so no Markdown library is needed:

    title: Personvernerklæring
    slug: personvern
    intro: One line of plain text.

    ## A heading

    <p>Paragraph HTML, as Wagtail's rich text stores it.</p>

Lines up to the first blank line are `key: value` fields. After them, each `## ` line is a
heading block, and the text between two headings is one paragraph block (rich-text HTML)."""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class PageText:
    fields: dict[str, str]
    body: list[dict[str, str]] = field(default_factory=list)

    def __getitem__(self, key: str) -> str:
        return self.fields[key]


def page_text_parse(text: str, *, source: str = "<text>") -> PageText:
    head, _blank, rest = text.strip("\n").partition("\n\n")
    fields: dict[str, str] = {}
    for number, line in enumerate(head.splitlines(), start=1):
        key, colon, value = line.partition(":")
        if not colon or not key.strip():
            raise ImproperlyConfigured(f"{source}, line {number}: expected «key: value»")
        fields[key.strip()] = value.strip()
    body: list[dict[str, str]] = []
    paragraph: list[str] = []

    def paragraph_end() -> None:
        html = "\n".join(paragraph).strip()
        if html:
            body.append({"type": "paragraph", "value": html})
        paragraph.clear()

    for line in rest.splitlines():
        if line.startswith("## "):
            paragraph_end()
            body.append({"type": "heading", "value": line.removeprefix("## ").strip()})
        else:
            paragraph.append(line)
    paragraph_end()
    return PageText(fields=fields, body=body)


def page_text_read(path: Path) -> PageText:
    return page_text_parse(path.read_text(encoding="utf-8"), source=str(path))
