"""Dates follow the reader's language: «4. desember 2026» in Norwegian, «4 December 2026» in
English (config/formats via FORMAT_MODULE_PATH), in the templates as in code."""

import datetime
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format

DAY = datetime.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "4. desember 2026"), ("nn", "4. desember 2026"), ("en", "4 December 2026")],
)
def test_date_format_follows_the_language(language, expected):
    with translation.override(language):
        assert date_format(DAY) == expected
        assert date_format(DAY, "DATE_FORMAT") == expected


@pytest.mark.parametrize(
    ("language", "expected", "wrong"),
    [("nb", "4. desember 2026", "4 desember"), ("en", "4 December 2026", "4. December")],
)
def test_an_email_template_writes_the_date_in_the_language(language, expected, wrong):
    expires = timezone.make_aware(datetime.datetime(2026, 12, 4, 12, 0))
    invitation = SimpleNamespace(
        organization=SimpleNamespace(name="Bergen kommune"), invited_by="Kari", expires_at=expires
    )
    with translation.override(language):
        text = render_to_string(
            "organizations/email/invitation_body.txt",
            {"invitation": invitation, "accept_url": "https://example.org/x"},
        )
    assert expected in text
    assert wrong not in text
