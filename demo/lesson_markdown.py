"""Lesson files: Markdown for the text, and a few `::: name` boxes for the lesson blocks that are
not running text (callouts, reflections, takeaways, checklists, accordions, case references,
sources). demo/content/README.md shows the writer's side; this module turns a lesson file's body
into the raw StreamField value of `courses.blocks.LessonBody`.

The rich text is rendered as Wagtail stores it: no line breaks between the tags, and quotes left
as they are (Wagtail keeps `"` in text as it is)."""

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

# Lesson text allows bold, italic, links, lists and third-level headings (LESSON_TEXT_FEATURES);
# a second-level heading is a heading block of its own.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).disable(
    ["code", "fence", "blockquote", "hr", "html_block", "html_inline", "image", "lheading"]
)
_BOX_START = re.compile(r"^:::\s*(\S+)\s*(.*?)\s*$")
_BOX_END = ":::"
_HEADING = re.compile(r"^## (?!#)(.*\S)\s*$")
_TEXT_BREAK = "---"  # between two text blocks that follow each other
_LIST_ITEM = re.compile(r"^[-*] (.*\S)\s*$")
_LINK_ITEM = re.compile(r"^[-*] \[(.+)\]\((\S+)\)\s*$")
_ACCORDION_ITEM = re.compile(r"^### (.*\S)\s*$")
CALLOUT_KINDS = ("tip", "warning", "legal")
BOXES = (*CALLOUT_KINDS, "reflection", "takeaways", "checklist", "accordion", "case", "sources")


class LessonMarkdownError(ValueError):
    """A lesson body that cannot be read; the message says where (line numbers count from the
    first line after the front matter)."""


@dataclass
class _Box:
    name: str
    argument: str
    lines: list[str]
    line: int


def rich_text(markdown: str) -> str:
    """Markdown as Wagtail rich text HTML."""
    html = _MARKDOWN.render(markdown.strip())
    return re.sub(r">\n", ">", html).replace("&quot;", '"').strip()


def _items(box: _Box, pattern: re.Pattern) -> list[re.Match]:
    items = []
    for offset, text in enumerate(box.lines):
        if not text.strip():
            continue
        match = pattern.match(text)
        if match is None:
            raise LessonMarkdownError(
                f"line {box.line + offset + 1}: '::: {box.name}' expects one list item per line, "
                f"got {text!r}"
            )
        items.append(match)
    return items


def _accordion(box: _Box) -> list[dict]:
    sections: list[dict] = []
    for offset, text in enumerate(box.lines):
        match = _ACCORDION_ITEM.match(text)
        if match:
            sections.append({"title": match.group(1), "lines": []})
        elif sections:
            sections[-1]["lines"].append(text)
        elif text.strip():
            raise LessonMarkdownError(
                f"line {box.line + offset + 1}: '::: accordion' starts with a '### title' line"
            )
    return [{"title": s["title"], "text": rich_text("\n".join(s["lines"]))} for s in sections]


def _box_block(box: _Box) -> dict:
    body = "\n".join(box.lines).strip()
    if box.name in CALLOUT_KINDS:
        value = {"kind": box.name, "title": box.argument, "text": rich_text(body)}
        return {"type": "callout", "value": value}
    if box.name == "reflection":
        return {"type": "reflection", "value": " ".join(body.split("\n"))}
    if box.name == "takeaways":
        return {"type": "key_takeaways", "value": [m.group(1) for m in _items(box, _LIST_ITEM)]}
    if box.name == "checklist":
        items = [m.group(1) for m in _items(box, _LIST_ITEM)]
        return {"type": "checklist", "value": {"title": box.argument, "items": items}}
    if box.name == "accordion":
        return {"type": "accordion", "value": _accordion(box)}
    if box.name == "case":
        # The case is named by its slug; the loader swaps in the case page.
        return {"type": "case_reference", "value": {"case": box.argument, "note": body}}
    if box.name == "sources":
        links = _items(box, _LINK_ITEM)
        return {"type": "sources", "value": [{"title": m[1], "url": m[2]} for m in links]}
    raise LessonMarkdownError(
        f"line {box.line}: unknown box '::: {box.name}'; use one of {', '.join(BOXES)}"
    )


def lesson_blocks(markdown: str) -> list[dict]:
    """The lesson body as a list of raw blocks ({"type": ..., "value": ...})."""
    blocks: list[dict] = []
    text: list[str] = []
    box: _Box | None = None

    def end_text():
        if "\n".join(text).strip():
            blocks.append({"type": "paragraph", "value": rich_text("\n".join(text))})
        text.clear()

    for number, line in enumerate(markdown.splitlines(), start=1):
        if box is not None:
            if line.strip() == _BOX_END:
                blocks.append(_box_block(box))
                box = None
            else:
                box.lines.append(line)
        elif start := _BOX_START.match(line):
            end_text()
            box = _Box(start.group(1), start.group(2), [], number)
        elif heading := _HEADING.match(line):
            end_text()
            blocks.append({"type": "heading", "value": heading.group(1)})
        elif line.strip() == _TEXT_BREAK:
            end_text()
        else:
            text.append(line)
    if box is not None:
        raise LessonMarkdownError(f"line {box.line}: '::: {box.name}' is never closed with ':::'")
    end_text()
    return blocks
