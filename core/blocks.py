"""Blocks shared by every app's StreamFields: a section heading and a paragraph of body text,
used by lessons (courses) and the site's own pages (home). Migrations name them by this path."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# What body text may hold everywhere: no headings above level 3, since the page owns level 1
# and HeadingBlock gives level 2.
TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"
        label = _("Heading")
        help_text = _("A section heading (level 2). Keep it short.")
        preview_value = "Slik kommer du i gang"


class FilledRichTextBlock(blocks.RichTextBlock):
    """Rich text that must hold text. An emptied editor sends `<p data-block-key="…"></p>`,
    which Wagtail's own required check lets through, so a lesson could be published blank."""

    def clean(self, value):
        value = super().clean(value)
        if self.required and rich_text_is_blank(value.source):
            raise ValidationError(_("Write the text, or remove the block."), code="blank")
        return value


def rich_text_is_blank(source: str) -> bool:
    """No words once the markup is gone, and no embedded image or media either."""
    return not strip_tags(source).replace("&nbsp;", " ").strip() and "<embed" not in source


class ParagraphBlock(FilledRichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(
            features=TEXT_FEATURES,
            **kwargs,
        )

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph.html"
        label = _("Text")
        help_text = _("Body text. Use lists for steps, and link text that says where it leads.")
        preview_value = "<p>Spire samler kurs, saker og verktøy for innovative anskaffelser.</p>"
