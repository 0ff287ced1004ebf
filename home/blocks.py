"""Blocks for the site's own pages (front page, about, privacy, accessibility)."""

from wagtail import blocks

from core.blocks import HeadingBlock, ParagraphBlock


class PageBody(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
