"""Stored script payloads are inert: whatever a member, an organisation admin or an editor
writes (names, titles, rich text, StreamField blocks, quiz options, case fields, messages)
shows as text and never runs, on every page that shows it and in the Wagtail admin.

The browser runs with the Content Security Policy switched off, so these tests prove the
escaping itself; the policy (script-src 'self') is a second wall behind it."""

import json
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from assessments import services as assessments
from assessments.models import Question
from assessments.setup import survey_instrument_ensure
from cases import services as cases
from cases.forms.submission import SourceForm
from cases.models import (
    CaseEffect,
    CasePhase,
    CaseSource,
    EffectCategory,
    ProcurementPhase,
    ServiceArea,
)
from core.blocks import TEXT_FEATURES
from courses.blocks import SourcesBlock
from courses.models import Topic
from dashboards.services import snapshots_refresh
from learning import services as learning
from learning.models import CourseCompletion
from organizations import services as organizations
from organizations.models import Department
from organizations.tokens import invitation_token
from tests.factories import UserFactory
from tests.factories.cases import publish_case
from tests.factories.courses import CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.factories.mfa import log_in_with_mfa
from tests.factories.quizzes import QuizPageFactory, make_question

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = '"><svg onload=alert(1)>'
JS_URL = "javascript:alert(1)"
PAYLOADS = (SCRIPT, IMG, SVG)

# Anything a payload could have turned into, had it been rendered as markup.
INJECTED = 'a[href^="javascript:" i], [onerror], [onload], img[src="x"], svg[onload]'
SCRIPTS_WITH_ALERT = "() => [...document.scripts].filter(s => s.text.includes('alert(1)')).length"
FORM_VALUES = "() => [...document.querySelectorAll('input, textarea')].map(field => field.value)"


def rich_text(text: str, link_text: str, link_url: str) -> str:
    """Rich text as the admin's editor stores it: Draftail posts its content state, which
    Wagtail converts to its database format, so this is what any editor can make it hold."""
    content_state = {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "text": f"{text} {link_text}",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": len(text) + 1, "length": len(link_text), "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link_url}}},
    }
    return ContentstateConverter(TEXT_FEATURES).to_database_format(json.dumps(content_state))


def _refuses(check) -> bool:
    try:
        check()
    except ValidationError:
        return True
    return False


def _input_refuses_script_links() -> None:
    """Every link field an editor or member fills refuses a javascript: address, so none can
    be stored: case sources (the member's form, and the model field the admin validates), a
    question's case link, lesson source blocks, and links in rich text (which Wagtail's
    converter drops). The templates print these addresses as they are, so this is the wall."""
    assert _refuses(lambda: SourceForm.base_fields["url"].clean(JS_URL))
    assert _refuses(lambda: CaseSource._meta.get_field("url").clean(JS_URL, None))
    assert _refuses(lambda: Question._meta.get_field("case_url").clean(JS_URL, None))
    assert _refuses(lambda: SourcesBlock().clean([{"title": "Kilde", "url": JS_URL}]))
    assert "javascript" not in rich_text("Tekst", "lenke", JS_URL)


class World:
    """Pages and people, with a payload in every field they can write."""


@pytest.fixture
def world(tenant, other_tenant, course_index, case_index) -> World:
    world = World()
    world.tenant, world.other = tenant, other_tenant
    today = timezone.localdate()

    # People and organisations: names an admin or the person writes.
    tenant.organization.name = f"Testvik {SVG}"
    tenant.organization.save()
    Department.objects.filter(pk=tenant.admin.department_id).update(name=f"Innkjøp {IMG}")
    for membership, payload in [
        (tenant.learner, SCRIPT),
        (tenant.lead, IMG),
        (tenant.admin, SVG),
    ]:
        membership.user.full_name = f"Navn {payload}"
        membership.user.save()
    applicant = UserFactory(email="soker@example.org", full_name=f"Søker {SCRIPT}")
    organizations.membership_request(
        user=applicant, organization=tenant.organization, message=f"Hei {IMG} {SVG}"
    )
    world.invitation = organizations.invitation_create(
        organization=tenant.organization,
        email="ny@testvik.kommune.no",
        roles=organizations.MemberRoles(department=tenant.admin.department),
        invited_by=tenant.admin.user,
    )

    # A case, its vocabulary and a partner's message: written by members and editors.
    _input_refuses_script_links()
    ServiceArea.objects.filter(slug="helse-omsorg").update(name=f"Helse {IMG}")
    case = publish_case(
        case_index,
        title=f"Sak {SCRIPT}",
        organizations=[tenant.organization],
        status="planlagt",
        summary=f"Sammendrag {IMG}",
        need=f"Behov {SVG}",
        lessons=[f"Lærdom {SCRIPT}"],
        suppliers=[f"Leverandør {IMG}"],
        contact_role=f"Rolle {SVG}",
    )
    case.sources = [CaseSource(title=f"Kilde {SVG}", url="https://example.org/kilde")]
    case.phases = [
        CasePhase(phase=ProcurementPhase.objects.get(slug="markedsdialog"), note=f"Fase {IMG}")
    ]
    case.effects = [
        CaseEffect(
            category=EffectCategory.objects.first(),
            value=3,
            unit=f"enhet {SCRIPT}",
            description=f"Effekt {SVG}",
            baseline=f"Grunnlag {IMG}",
        )
    ]
    case.save_revision().publish()
    cases.partner_interest_register(
        case=case, membership=other_tenant.lead, message=f"Vi vil være med {SCRIPT}"
    )
    world.case = case
    world.draft = cases.case_draft_create(membership=tenant.learner, title=f"Utkast {SVG}")

    # A course with a payload in every kind of block a lesson has.
    topic = Topic.objects.create(name=f"Tema {IMG}", slug="tema")
    course = CoursePageFactory(
        parent=course_index,
        title=f"Kurs {SCRIPT}",
        summary=f"Om kurset {IMG}",
        audience=f"Alle {SVG}",
        objectives=[{"type": "objective", "value": f"Mål {SCRIPT}"}],
        topics=[topic],
    )
    module = ModulePageFactory(parent=course, title=f"Modul {SVG}", intro=f"Intro {SCRIPT}")
    text = rich_text(f"Avsnitt {SCRIPT} {IMG}", "en lenke", JS_URL)
    lesson = LessonPageFactory(
        parent=module,
        title=f"Leksjon {IMG}",
        summary=f"Kort {SVG}",
        body=[
            {"type": "heading", "value": f"Overskrift {SCRIPT}"},
            {"type": "paragraph", "value": text},
            {
                "type": "callout",
                "value": {"kind": "tip", "title": f"Tips {SVG}", "text": text},
            },
            {"type": "key_takeaways", "value": [f"Husk {IMG}"]},
            {"type": "reflection", "value": f"Tenk {SCRIPT}"},
            {
                "type": "checklist",
                "value": {"title": f"Sjekk {SVG}", "items": [f"Punkt {IMG}"]},
            },
            {"type": "accordion", "value": [{"title": f"Fold {SCRIPT}", "text": text}]},
            {
                "type": "case_reference",
                "value": {"case": case.pk, "note": f"Derfor {IMG}"},
            },
            {
                "type": "sources",
                "value": [{"title": f"Kilde {SCRIPT}", "url": "https://example.org/"}],
            },
        ],
    )
    question = make_question(
        "single",
        f"Spørsmål {SCRIPT}",
        [(f"Riktig {IMG}", True), (f"Feil {SVG}", False), (f"Også feil {SCRIPT}", False)],
        context=f"Situasjon {SVG}",
    )
    question.explanation = f"Forklaring {IMG}"
    question.case_url = "https://example.org/sak"
    question.save()
    question.options.update(feedback=f"Tilbakemelding {SVG}")
    quiz = QuizPageFactory(
        parent=module,
        title=f"Quiz {SVG}",
        intro=f"Intro {IMG}",
        pass_mark=100,
        attempt_limit=3,
        questions=[question],
    )
    world.course, world.module, world.lesson, world.quiz = course, module, lesson, quiz

    # The learner finishes the course (certificate) and has a second attempt open; the course
    # is assigned, and a survey round is open.
    learner = tenant.learner.user
    learning.enrolment_create(user=learner, course=course, organization=tenant.organization)
    learning.step_complete(user=learner, step=lesson)
    attempt = assessments.attempt_start(user=learner, quiz=quiz)
    right = question.options.get(is_correct=True)
    assessments.answer_save(attempt=attempt, question_id=question.pk, choices=[right.pk])
    world.reviewed = assessments.attempt_submit(attempt=attempt, user=learner)
    assert world.reviewed.passed
    world.open_attempt = assessments.attempt_start(user=learner, quiz=quiz)
    world.certificate = CourseCompletion.objects.get(user=learner)
    world.assignment = learning.assignment_create(
        organization=tenant.organization,
        course=course,
        due_date=today + timedelta(days=7),
        assigned_by=tenant.lead.user,
    )
    survey_instrument_ensure()
    world.survey = assessments.survey_round_create(
        organization=tenant.organization,
        title=f"Runde {SCRIPT}",
        opens_on=today,
        closes_on=today + timedelta(days=7),
        created_by=tenant.lead.user,
    )
    snapshots_refresh(tenant.organization)
    return world


@pytest.fixture
def visit(browser, live_server):
    """Open pages as a person (or anonymously) and check each is inert."""
    contexts = []

    def _as(user=None):
        context = browser.new_context(base_url=live_server.url, locale="nb-NO", bypass_csp=True)
        contexts.append(context)
        if user is not None:
            client = log_in_with_mfa(Client(), user)
            session = client.cookies[settings.SESSION_COOKIE_NAME].value
            context.add_cookies(
                [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
            )
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        return Visitor(page)

    yield _as
    for context in contexts:
        context.close()


class Visitor:
    def __init__(self, page):
        self.page = page

    def check(self, url: str, *shown: str, where: str = "body", values=()) -> None:
        """The page loads, runs no payload, has no injected element or script link, shows
        each of `shown` as text and has each of `values` whole in a form field."""
        page = self.page
        response = page.goto(url)
        assert response is not None and response.status == 200, (url, response)
        page.wait_for_load_state("load")
        assert page.dialogs == [], (url, page.dialogs)
        assert page.locator(INJECTED).count() == 0, (url, page.locator(INJECTED).all())
        assert page.evaluate(SCRIPTS_WITH_ALERT) == 0, url
        # Disclosures (the dashboard's sections) are opened, so their text is read too.
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        text = page.locator(where).first.inner_text()
        for payload in shown:
            assert payload in text, (url, payload)
        fields = page.evaluate(FORM_VALUES)
        for value in values:
            assert value in fields, (url, value)


def test_public_and_learner_pages_show_payloads_as_text(world, visit):
    case_url = world.case.url
    anonymous = visit()
    anonymous.check("/")
    anonymous.check(case_url, f"Sak {SCRIPT}", f"Behov {SVG}", f"Lærdom {SCRIPT}")
    anonymous.check(case_url, f"Leverandør {IMG}", f"Kilde {SVG}", f"Helse {IMG}")
    anonymous.check(f"{world.case.get_parent().url}?q=Sak", f"Sak {SCRIPT}", f"Helse {IMG}")
    anonymous.check(world.course.get_parent().url, f"Kurs {SCRIPT}", f"Tema {IMG}")
    anonymous.check(world.course.url, f"Kurs {SCRIPT}", f"Mål {SCRIPT}", f"Modul {SVG}")
    anonymous.check(
        reverse("learning:certificate_verify", args=[world.certificate.certificate_code]),
        f"Navn {SCRIPT}",
        f"Kurs {SCRIPT}",
        f"Testvik {SVG}",
    )
    anonymous.check(
        reverse("organizations:invitation_accept", args=[invitation_token(world.invitation.pk)]),
        f"Testvik {SVG}",
    )

    learner = visit(world.tenant.learner.user)
    learner.check(
        world.lesson.url,
        f"Leksjon {IMG}",
        f"Overskrift {SCRIPT}",
        f"Avsnitt {SCRIPT} {IMG}",
        f"Tips {SVG}",
        f"Husk {IMG}",
        f"Tenk {SCRIPT}",
        f"Punkt {IMG}",
        f"Fold {SCRIPT}",
        f"Kilde {SCRIPT}",
    )
    assert learner.page.get_by_role("link", name="en lenke").count() == 0  # link dropped
    learner.check(
        reverse("assessments:attempt", args=[world.open_attempt.pk]),
        f"Spørsmål {SCRIPT}",
        f"Riktig {IMG}",
        f"Feil {SVG}",
    )
    learner.check(
        reverse("assessments:review", args=[world.reviewed.pk]),
        f"Spørsmål {SCRIPT}",
        f"Forklaring {IMG}",
    )
    learner.check(reverse("learning:my_courses"), f"Kurs {SCRIPT}")
    learner.check(reverse("assessments:survey_answer", args=[world.survey.pk]), f"Runde {SCRIPT}")
    learner.check(reverse("cases:my_cases"), f"Utkast {SVG}")
    learner.check(reverse("cases:case_review", args=[world.draft.pk]), f"Utkast {SVG}")
    learner.check(
        reverse("cases:case_step", args=[world.draft.pk, "om-saken"]), values=[f"Utkast {SVG}"]
    )
    learner.check(
        reverse("accounts:profile"),
        f"Testvik {SVG}",
        f"Runde {SCRIPT}",
        values=[f"Navn {SCRIPT}"],
    )


def test_organisation_pages_show_payloads_as_text(world, visit):
    admin = visit(world.tenant.admin.user)
    admin.check(reverse("organizations:members"), f"Navn {SCRIPT}", f"Innkjøp {IMG}")
    admin.check(reverse("organizations:requests"), f"Søker {SCRIPT}", f"Hei {IMG} {SVG}")
    admin.check(reverse("organizations:invitations"), "ny@testvik.kommune.no")
    admin.check(reverse("organizations:departments"), f"Innkjøp {IMG}")

    lead = visit(world.tenant.lead.user)
    lead.check(
        reverse("dashboards:organization"),
        f"Kurs {SCRIPT}",
        f"Innkjøp {IMG}",
        f"Quiz {SVG}",
        f"Sak {SCRIPT}",
    )
    lead.check(
        reverse("dashboards:assignment_people", args=[world.assignment.pk]),
        f"Navn {SCRIPT}",
        f"Navn {IMG}",
    )
    lead.check(reverse("learning:assignments"), f"Kurs {SCRIPT}")
    lead.check(reverse("assessments:survey_results", args=[world.survey.pk]), f"Runde {SCRIPT}")
    lead.check(reverse("assessments:survey_rounds"), f"Runde {SCRIPT}")
    lead.check(world.case.url, f"Vi vil være med {SCRIPT}")

    partner = visit(world.other.lead.user)
    partner.check(reverse("cases:interest_register", args=[world.case.pk]), f"Sak {SCRIPT}")


def test_admin_pages_show_payloads_as_text(world, visit):
    editor = visit(
        UserFactory(email="super@example.org", is_superuser=True, is_staff=True, full_name="Red")
    )
    editor.check("/admin/", where="main")
    editor.check(f"/admin/pages/{world.module.pk}/", f"Leksjon {IMG}", f"Quiz {SVG}")
    editor.check(f"/admin/pages/{world.case.get_parent().pk}/", f"Sak {SCRIPT}", f"Utkast {SVG}")
    # The StreamField editor builds its fields in the browser from the stored blocks.
    editor.check(
        f"/admin/pages/{world.lesson.pk}/edit/",
        values=[f"Leksjon {IMG}", f"Overskrift {SCRIPT}", f"Tips {SVG}", f"Husk {IMG}"],
    )
    editor.check(
        f"/admin/pages/{world.case.pk}/edit/",
        values=[f"Sak {SCRIPT}", f"Behov {SVG}", f"Leverandør {IMG}"],
    )
    editor.check(f"/admin/pages/{world.quiz.pk}/edit/", values=[f"Quiz {SVG}"])
    editor.check(reverse(ServiceArea.snippet_viewset.get_url_name("list")), f"Helse {IMG}")
    editor.check(reverse(Topic.snippet_viewset.get_url_name("list")), f"Tema {IMG}")
    editor.check(reverse(Question.snippet_viewset.get_url_name("list")), f"Spørsmål {SCRIPT}")
    editor.check(reverse("organization_admin:index"), f"Testvik {SVG}")
    editor.check(reverse("membership_admin:index"), f"Navn {SCRIPT}")
    editor.check(reverse("wagtailusers_users:index"), f"Navn {SCRIPT}")
