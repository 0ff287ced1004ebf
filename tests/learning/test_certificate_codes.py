"""The certificate code alphabet and length have one home (learning.models): codes are made,
checked and looked up by it, and the texts that describe a code say what it says."""

import pytest
from django.urls import reverse
from django.utils import translation

from learning.forms import CertificateCodeForm
from learning.models import (
    CERTIFICATE_CODE_ALPHABET,
    CERTIFICATE_CODE_EXAMPLE,
    CERTIFICATE_CODE_LENGTH,
    certificate_code_normalize,
    new_certificate_code,
)


def test_new_codes_use_only_the_alphabet_and_the_length():
    codes = {new_certificate_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == CERTIFICATE_CODE_LENGTH
        assert set(code) <= set(CERTIFICATE_CODE_ALPHABET)
        assert certificate_code_normalize(code) == code


def test_the_example_shown_to_people_is_a_possible_code():
    assert certificate_code_normalize(CERTIFICATE_CODE_EXAMPLE) == CERTIFICATE_CODE_EXAMPLE


def test_a_typed_code_is_found_with_spaces_and_in_lower_case():
    typed = " ".join(CERTIFICATE_CODE_EXAMPLE.lower()[i : i + 4] for i in (0, 4, 8))
    assert certificate_code_normalize(typed) == CERTIFICATE_CODE_EXAMPLE


@pytest.mark.parametrize(
    "typed",
    [
        CERTIFICATE_CODE_EXAMPLE[:-1],  # too short
        CERTIFICATE_CODE_EXAMPLE + "2",  # too long
        "0" + CERTIFICATE_CODE_EXAMPLE[1:],  # a look-alike no code contains
        "I" + CERTIFICATE_CODE_EXAMPLE[1:],
        CERTIFICATE_CODE_EXAMPLE[:6] + "\x00" + CERTIFICATE_CODE_EXAMPLE[7:],
    ],
)
def test_text_outside_the_alphabet_or_length_is_never_looked_up(typed):
    assert certificate_code_normalize(typed) is None


def test_the_help_text_states_the_length_and_a_real_example(monkeypatch):
    monkeypatch.setattr("learning.forms.CERTIFICATE_CODE_LENGTH", 14)
    with translation.override("nb"):
        help_text = CertificateCodeForm().fields["kode"].help_text
    assert (
        help_text
        == f"De 14 tegnene som står på kursbeviset, for eksempel {CERTIFICATE_CODE_EXAMPLE}."
    )


@pytest.mark.django_db
def test_the_not_found_page_states_the_length(client, monkeypatch):
    monkeypatch.setattr("learning.views.CERTIFICATE_CODE_LENGTH", 14)
    response = client.get(reverse("learning:certificate_check"), {"kode": "ZZZZZZZZZZZZ"})
    assert response.status_code == 404
    assert "koden har 14 bokstaver og sifre" in response.content.decode()
