"""Bokmål is the default language and Nynorsk a full alternative: every string is translated."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_interface_string_is_translated(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in catalogue if not e.translated() or "fuzzy" in e.flags]
    assert missing == []
    assert len(catalogue) > 200


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_compiled_catalogue_is_up_to_date(language):
    folder = LOCALE / language / "LC_MESSAGES"
    compiled = polib.mofile(str(folder / "django.mo"))
    source = polib.pofile(str(folder / "django.po"))

    def singulars(catalogue):
        return {e.msgid: e.msgstr for e in catalogue if not e.msgid_plural}

    assert singulars(compiled) == singulars(source)
