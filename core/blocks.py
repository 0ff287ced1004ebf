"""Blocks shared by every app's StreamFields: a section heading and a paragraph of body text,
used by lessons (courses) and the site's own pages (home). Migrations name them by this path."""

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


class ParagraphBlock(blocks.RichTextBlock):
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
