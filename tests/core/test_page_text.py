import pytest
from django.core.exceptions import ImproperlyConfigured

from core.page_text import page_text_parse


def test_fields_headings_and_paragraphs():
    text = page_text_parse(
        "title: Om oss\nslug: om\n\n<p>Først.</p>\n\n## Bakgrunn\n\n<p>En</p>\n<p>To</p>\n"
    )
    assert text.fields == {"title": "Om oss", "slug": "om"}
    assert text.body == [
        {"type": "paragraph", "value": "<p>Først.</p>"},
        {"type": "heading", "value": "Bakgrunn"},
        {"type": "paragraph", "value": "<p>En</p>\n<p>To</p>"},
    ]


def test_a_field_line_without_a_colon_names_the_file_and_line():
    with pytest.raises(ImproperlyConfigured, match=r"om\.md, line 2"):
        page_text_parse("title: Om\nslug om\n", source="om.md")
