"""Blocks for the site's own pages (front page, about, privacy, accessibility)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"
        label = _("Heading")
        help_text = _("A section heading (level 2). Keep it short.")
        preview_value = "Slik kommer du i gang"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(
            features=["bold", "italic", "link", "ol", "ul", "h3"],
            **kwargs,
        )

    class Meta:
        icon = "pilcrow"
        template = "home/blocks/paragraph.html"
        label = _("Text")
        help_text = _("Body text. Use lists for steps, and link text that says where it leads.")
        preview_value = "<p>Spire samler kurs, saker og verktøy for innovative anskaffelser.</p>"


class PageBody(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
