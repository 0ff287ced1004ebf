"""The pages setup writes from home/data/*.md state some of the product's rules in prose for
readers. Prose cannot format a constant, so these tests tie each statement to its rule: a
changed constant fails here until the text is changed with it."""

from django.conf import settings

from accounts.services import INACTIVE_ACCOUNT_DAYS
from assessments.scale import SCALE_MAX, SCALE_MIN
from assessments.scoring import MIN_GROUP_SIZE
from core.disclosure.rule import MIN_COHORT
from home.setup import PAGE_TEXTS_DIR

NORWEGIAN_NUMBERS = {5: "fem"}


def _text(name: str) -> str:
    return (PAGE_TEXTS_DIR / name).read_text(encoding="utf-8")


def test_the_about_page_states_the_survey_scale_and_the_privacy_floor():
    about = _text("om-spire.md")
    assert f"en skala fra {SCALE_MIN} til {SCALE_MAX}" in about
    assert f"grupper på minst {NORWEGIAN_NUMBERS[MIN_GROUP_SIZE]}" in about


def test_the_privacy_notice_states_the_rules_it_promises():
    notice = _text("personvern.md")
    assert f"ubrukt i {INACTIVE_ACCOUNT_DAYS * 12 // 365} måneder" in notice
    assert f"minst {NORWEGIAN_NUMBERS[MIN_COHORT]} personer har endret seg samtidig" in notice
    assert f"bare hvis minst {NORWEGIAN_NUMBERS[MIN_GROUP_SIZE]} har svart" in notice
    session_days = settings.SESSION_COOKIE_AGE // (24 * 60 * 60)
    assert f"etter {session_days} dager hvis du har valgt «Husk meg»" in notice


def test_the_front_page_states_the_privacy_floor():
    assert f"minst {NORWEGIAN_NUMBERS[MIN_GROUP_SIZE]} personer" in _text("home.md")
