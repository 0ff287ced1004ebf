"""A real installation, proved in Chromium (issue 15): production settings on PostgreSQL,
`migrate` + `spire_setup` and the operator's superuser, nothing else (`.ci/run`,
production_journey). Every step is done the way the README tells people to do it.

1. The operator's superuser signs in and sets up two-step sign-in (password, emailed code,
   authenticator app).
2. A municipality's first administrator makes an account with her work address; the superuser
   appoints her administrator (and lead) in the Wagtail admin.
3. A new member signs up and joins the municipality by the domain of her email address.
4. The superuser puts a new account in the Editors group; the editor publishes a course with a
   lesson and a quiz in the Wagtail admin, and the member reads the lesson.
5. The member submits a case; a moderator (in the Moderators group) approves it; the case
   search finds it.
6. The administrator, as lead, opens a survey round; the member sees it on her page.
"""

import os
import re
import time

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from playwright.sync_api import expect

from tests.production.screenshots import shot

pytestmark = [pytest.mark.production]

SUPERUSER = os.environ.get("SPIRE_JOURNEY_SUPERUSER_EMAIL", "")
SUPERUSER_PASSWORD = os.environ.get("SPIRE_JOURNEY_SUPERUSER_PASSWORD", "")
MUNICIPALITY = os.environ.get("SPIRE_JOURNEY_MUNICIPALITY", "Eigersund")
DOMAIN = os.environ.get("SPIRE_JOURNEY_DOMAIN", "eigersund.kommune.no")
TOTP_PERIOD = 30  # allauth's MFA_TOTP_PERIOD
PASSWORD = "Et-langt-og-sikkert-passord-42"
# Addresses and titles of their own, so the journey can run again on the same installation.
RUN = format(int(time.time()), "x")[-5:]


def _submit(page, selector: str = "main form button[type=submit]") -> None:
    with page.expect_navigation():
        page.locator(selector).first.click()


def _totp(secret: str) -> str:
    """The authenticator app's code, never one about to expire: the server takes only the
    code of the current 30-second period, and this machine may be slow to send it."""
    left = TOTP_PERIOD - time.time() % TOTP_PERIOD
    if left < 8:
        time.sleep(left)
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def _confirm_email(page, mailbox, address: str) -> None:
    """Open the link in the confirmation email and confirm."""
    path = mailbox.wait_for(address, r"https://[^/\s]+(/accounts/confirm-email/\S+/)")
    page.goto(path)
    _submit(page)


def _log_in(page, mailbox, address: str, password: str) -> None:
    """Sign in; an address never confirmed (the superuser's, made on the command line) is
    confirmed on the way, as allauth asks."""
    page.goto("/accounts/login/")
    page.fill("input[name=login]", address)
    page.fill("input[name=password]", password)
    _submit(page)
    if "/accounts/confirm-email/" in page.url:
        _confirm_email(page, mailbox, address)
    assert "/accounts/login/" not in page.url, page.locator("main").inner_text()


def _set_up_mfa(page, mailbox, address: str, password: str, privileged_path: str) -> None:
    """From a privileged page: the emailed code, then the authenticator app (its secret is
    read from the page, as a person would type it into the app), then the recovery codes."""
    page.goto(privileged_path)
    expect(page.locator("main a.ds-button")).to_be_visible()
    shot(page, f"mfa-required-{address.split('@')[0]}")
    page.locator("main a.ds-button").click()
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/"))
    if "/code/" not in page.url:  # signed in by the confirmation link: the password first
        page.fill("input[name=password]", password)
        _submit(page)
        page.wait_for_url(re.compile(r"/accounts/reauthenticate/code/"))
    _submit(page)
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/code/confirm/"))
    code = mailbox.wait_for(address, r"^\s*([A-Z0-9]{3,5}-?[A-Z0-9]{3,5})\s*$")
    page.fill("input[name=code]", code)
    _submit(page)
    page.wait_for_url(re.compile(r"/accounts/2fa/totp/activate/"))
    shot(page, f"mfa-activate-{address.split('@')[0]}")
    secret = page.locator("#authenticator_secret").input_value()
    page.fill("input[name=code]", _totp(secret))
    _submit(page)
    page.wait_for_url(re.compile(r"/accounts/2fa/recovery-codes/"))
    page.locator(f"main a[href^='{privileged_path}']").first.click()
    page.wait_for_url(re.compile(re.escape(privileged_path)))


def _sign_up(page, mailbox, name: str, address: str) -> None:
    page.goto("/")
    page.get_by_role("link", name="Opprett konto").first.click()
    page.fill("input[name=full_name]", name)
    page.fill("input[name=email]", address)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    _submit(page)
    page.wait_for_url("**/accounts/confirm-email/")
    _confirm_email(page, mailbox, address)


def _give_group(operator, address: str, name: str, group: str) -> None:
    """Wagtail admin → Settings → Users → the person → Roles."""
    operator.goto(f"/admin/users/?q={address}")
    operator.get_by_role("link", name=re.compile(name)).first.click()
    operator.get_by_role("tab", name="Roller").click()
    operator.get_by_label(group, exact=True).check()
    _submit(operator, "main form button[type=submit]:not([name])")
    expect(operator.locator(".messages")).to_contain_text(name)


def _staff_member(new_page, operator, mailbox, role: str, group: str):
    """A person without a municipality (a content editor, a moderator) who signs up, is given
    a group by the superuser and sets up two-step sign-in on the way into the admin."""
    name = f"{role.capitalize()} {RUN}"
    address = f"{role}.{RUN}@spire.example.no"
    page = new_page()
    _sign_up(page, mailbox, name, address)
    _give_group(operator, address, name, group)
    _set_up_mfa(page, mailbox, address, PASSWORD, "/admin/")
    return page


def _appoint_administrator(operator, address: str, name: str) -> None:
    """In the Wagtail admin's memberships: find the person's, make her administrator and
    lead of her municipality."""
    operator.goto(f"/admin/memberships/?q={address}")
    operator.get_by_role("link", name=re.compile(name)).first.click()
    operator.check("input[name=is_admin]")
    operator.check("input[name=is_lead]")
    shot(operator, "2-appoint-the-first-administrator")
    _submit(operator, "main form button[type=submit]:not([name])")
    expect(operator.locator(".messages")).to_be_visible()


def _admin_save(operator) -> None:
    _submit(operator, "footer button.action-save, footer button[type=submit]:not([name])")
    expect(operator.locator(".messages .success, .messages [class*=success]").first).to_be_visible()


def _admin_publish(operator) -> None:
    operator.locator("footer button.w-dropdown__toggle").first.click()
    _submit(operator, "footer button[name='action-publish']")
    assert "/edit/" not in operator.url and "/add/" not in operator.url, operator.locator(
        ".messages, .error-message, .help-critical"
    ).all_inner_texts()


def _add_block(operator, stream: str, label: str | None = None) -> None:
    """Add a block to a StreamField: its «+», and where it offers several kinds, the kind."""
    operator.locator(
        f"[data-contentpath='{stream}'] button[title='Sett inn en blokk'], "
        f"[data-contentpath='{stream}'] .c-sf-add-button"
    ).first.click()
    if label:
        operator.get_by_role("option", name=label, exact=True).click()


def _new_child_page(operator, parent_id: int, page_type: str, title: str) -> None:
    operator.goto(f"/admin/pages/add/{page_type}/{parent_id}/")
    operator.fill("input[name=title]", title)
    operator.locator("input[name=title]").blur()  # the admin makes the slug from the title
    expect(operator.locator("input[name=slug]")).not_to_have_value("")


def _page_id_of(operator, public_path: str) -> int:
    """The page's id, from the edit link Spire shows editors on the public page."""
    operator.goto(public_path)
    href = operator.locator("a[href*='/admin/pages/'][href$='/edit/']").first.get_attribute("href")
    return int(re.search(r"/admin/pages/(\d+)/edit/", href).group(1))


def _created_page_id(operator) -> int:
    """After publishing a new page the admin lists its parent's children: the newest one."""
    href = operator.locator("a[href*='/admin/pages/'][href$='/edit/']", has_text=re.compile(RUN))
    return int(re.search(r"/admin/pages/(\d+)/edit/", href.first.get_attribute("href")).group(1))


def _publish_course(editor) -> str:
    """A question in the bank, then a course with a module, a lesson and a quiz that draws
    the question from its pool. Returns the course's title."""
    pool = f"reisen-{RUN}"
    editor.goto("/admin/snippets/assessments/question/add/")
    editor.fill("textarea[name=text]", "Hva er en markedsdialog?")
    editor.select_option("select[name=kind]", "single")
    editor.fill("textarea[name=explanation]", "Dialogen med leverandørene før konkurransen.")
    for index, (text, correct) in enumerate(
        [("Samtaler med leverandørene før konkurransen", True), ("En klage etter tildeling", False)]
    ):
        editor.locator("#id_options-ADD, button:has-text('Legg til alternativ')").first.click()
        editor.fill(f"input[name=options-{index}-text]", text)
        if correct:
            editor.check(f"input[name=options-{index}-is_correct]")
    editor.locator("[data-w-tag-target], .tagit input, input#id_tags").last.fill(pool)
    editor.keyboard.press("Enter")
    shot(editor, "4-question")
    _admin_save(editor)

    course_title = f"Innovasjon på reisen {RUN}"
    _new_child_page(editor, _page_id_of(editor, "/kurs/"), "courses/coursepage", course_title)
    editor.fill("textarea[name=summary]", "Et kort kurs om markedsdialog.")
    _add_block(editor, "objectives")
    editor.locator("[data-contentpath='objectives'] input[type=text]").first.fill(
        "Planlegge en markedsdialog."
    )
    editor.fill("input[name=audience]", "Innkjøpere i kommunen")
    editor.fill("input[name=estimated_minutes]", "20")
    shot(editor, "4-course-form")
    _admin_publish(editor)
    course_id = _created_page_id(editor)

    _new_child_page(editor, course_id, "courses/modulepage", f"Modul 1 {RUN}")
    _admin_publish(editor)
    module_id = _created_page_id(editor)

    _new_child_page(editor, module_id, "courses/lessonpage", f"Hva er markedsdialog {RUN}")
    _add_block(editor, "body", "Tekst")
    editor.locator("[data-contentpath='body'] .public-DraftEditor-content").first.click()
    editor.keyboard.type("Markedsdialog er samtaler med leverandørene før konkurransen.")
    # The editor keeps the text in a hidden field a moment after the typing.
    expect(editor.locator("input[name='body-0-value']")).to_have_value(re.compile("samtaler"))
    shot(editor, "4-lesson-form")
    _admin_publish(editor)

    _new_child_page(editor, module_id, "assessments/quizpage", f"Sjekk deg selv {RUN}")
    editor.fill("input[name=draw_from_pool]", pool)
    editor.fill("input[name=draw_count]", "1")
    _admin_publish(editor)
    return course_title


def _submit_case(member, title: str, lesson: str) -> int:
    """Through the steps of the case form, then «send in». Returns the case's page id."""
    member.goto("/mine-saker/ny/")
    member.fill("input[name=title]", title)
    _submit(member)
    case_id = int(re.search(r"/mine-saker/(\d+)/", member.url).group(1))
    member.fill(
        "textarea[name=summary]", "Sensorer varsler nattevakten når en beboer trenger hjelp."
    )
    member.fill("textarea[name=need]", "Færre unødvendige tilsynsrunder om natten.")
    member.select_option("select[name=service_area]", label="Helse, omsorg og velferdsteknologi")
    member.select_option("select[name=status]", label="Pågår")
    member.fill("input[name=started_year]", "2024")
    member.fill("input[name=contact_email]", f"postmottak@{DOMAIN}")
    _submit(member, "button[name=action][value=next]")
    member.select_option("select[name=phases-0-phase]", label="Markedsdialog")
    _submit(member, "button[name=action][value=next]")
    member.fill("textarea[name=lessons-0-text]", f"{lesson}: involver nattevaktene tidlig.")
    _submit(member, "button[name=action][value=next]")
    _submit(member, "button[name=action][value=next]")  # documents: none
    assert "/send-inn/" in member.url, member.locator("main").inner_text()
    _submit(member, "main form.spire-case-send button[type=submit]")
    assert member.url.endswith("/mine-saker/"), member.locator("main").inner_text()
    return case_id


def _approve_case(moderator, case_id: int) -> None:
    """The case review workflow's task, from the case's page in the Wagtail admin."""
    moderator.goto(f"/admin/pages/{case_id}/edit/")
    approve = moderator.locator(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    ).first
    if not approve.is_visible():
        moderator.locator("footer button.w-dropdown__toggle").first.click()
    shot(moderator, "5-case-in-review")
    with moderator.expect_navigation():
        approve.click()


def _search_cases(visitor, word: str, title: str) -> None:
    """The case search, until the search index (updated by the Celery worker) has the case."""
    for _ in range(20):
        visitor.goto(f"/saker/?q={word}")
        if visitor.get_by_role("link", name=title).count():
            return
        visitor.wait_for_timeout(500)
    raise AssertionError(f"the case search found no «{title}» for «{word}»")


def _open_survey_round(lead, title: str) -> None:
    lead.goto("/organisasjon/undersokelser/")
    lead.fill("input[name=title]", title)
    shot(lead, "6-survey-round-form")
    _submit(lead, "main form button:has-text('Åpne runden')")
    expect(lead.locator("main")).to_contain_text(title)


def test_a_real_installation_from_the_superuser_to_the_survey(new_page, mailbox):
    started = time.monotonic()
    admin_address = f"anne.admin.{RUN}@{DOMAIN}"
    member_address = f"mona.medlem.{RUN}@{DOMAIN}"
    admin_name = f"Anne Admin {RUN}"

    # 1. The superuser, with two-step sign-in, in the Wagtail admin.
    operator = new_page()
    _log_in(operator, mailbox, SUPERUSER, SUPERUSER_PASSWORD)
    _set_up_mfa(operator, mailbox, SUPERUSER, SUPERUSER_PASSWORD, "/admin/")
    expect(operator.locator("#wagtail-sidebar, .sidebar").first).to_be_attached()
    shot(operator, "1-admin-dashboard")

    # 2. The first administrator's account, then her appointment.
    admin = new_page()
    _sign_up(admin, mailbox, admin_name, admin_address)
    admin.goto("/profil/")
    expect(admin.locator("main")).to_contain_text(MUNICIPALITY)
    _appoint_administrator(operator, admin_address, admin_name)
    admin.goto("/profil/")
    expect(admin.locator("main")).to_contain_text("administrator")
    _set_up_mfa(admin, mailbox, admin_address, PASSWORD, "/organisasjon/medlemmer/")
    shot(admin, "2-members-of-the-municipality")

    # 3. A member joins by the domain of her address.
    member = new_page()
    _sign_up(member, mailbox, f"Mona Medlem {RUN}", member_address)
    admin.reload()
    expect(admin.locator("main")).to_contain_text(member_address)
    shot(admin, "3-the-member-has-joined")

    # 4. An editor (in the Editors group spire_setup made) publishes a course with a lesson
    # and a quiz.
    editor = _staff_member(new_page, operator, mailbox, "redaktor", "Editors")
    course_title = _publish_course(editor)
    member.goto("/kurs/")
    member.get_by_role("link", name=course_title).first.click()
    member.get_by_role("link", name=re.compile(f"Hva er markedsdialog {RUN}")).first.click()
    expect(member.locator("main")).to_contain_text("samtaler med leverandørene")
    shot(member, "4-lesson")
    member.get_by_role("link", name=re.compile(f"Sjekk deg selv {RUN}")).first.click()
    expect(member.locator("h1")).to_contain_text(f"Sjekk deg selv {RUN}")

    # 5. A member's case, approved by a moderator, found by the case search.
    case_title = f"Digitalt nattilsyn {RUN}"
    lesson_word = f"Kvernstein{RUN}"
    case_id = _submit_case(member, case_title, lesson_word)
    moderator = _staff_member(new_page, operator, mailbox, "moderator", "Moderators")
    _approve_case(moderator, case_id)
    visitor = new_page()
    _search_cases(visitor, lesson_word, case_title)
    shot(visitor, "5-case-search")

    # 6. The administrator, as lead, opens a survey round; the member is asked to answer.
    round_title = f"Høstrunden {RUN}"
    _open_survey_round(admin, round_title)
    member.goto("/profil/")
    expect(member.locator("main")).to_contain_text(round_title)
    member.get_by_role("link", name="Svar på undersøkelsen").first.click()
    # spire_setup's instrument: 17 statements, each on a scale of 7.
    expect(member.locator("main input[type=radio]")).to_have_count(17 * 7)
    shot(member, "6-survey")

    print(f"journey took {time.monotonic() - started:.0f} s")
