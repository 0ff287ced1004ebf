"""What a learner sees and does: catalogue, course page, lesson steps, Mine kurs, certificates."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from learning import services
from learning.models import CourseCompletion, StepCompletion
from tests.factories.courses import build_course

pytestmark = pytest.mark.django_db


def _finish(user, course):
    services.enrolment_create(user=user, course=course.course)
    for step in course.steps:
        services.step_complete(user=user, step=step)
    return CourseCompletion.objects.get(user=user, course=course.course)


def test_catalogue_filters_by_status(login, tenant, course, course_index):
    other = build_course(course_index, title="Annet kurs")
    _finish(tenant.learner.user, course)
    client = login(tenant.learner)
    completed = client.get(course_index.url, {"status": "fullfort"}).context["courses"]
    not_started = client.get(course_index.url, {"status": "ikke-startet"}).context["courses"]
    assert [c.pk for c in completed] == [course.course.pk]
    assert [c.pk for c in not_started] == [other.course.pk]


def test_lesson_marked_done_moves_to_the_next_step(login, tenant, course):
    client = login(tenant.learner)
    response = client.post(reverse("learning:enrol", args=[course.course.pk]))
    assert response.url == course.steps[0].url
    response = client.post(reverse("learning:complete_step", args=[course.steps[0].pk]))
    assert response.url == course.steps[1].url
    page = client.get(course.course.url)
    assert page.context["progress"].progress.percent == 25


def test_completing_without_enrolment_says_why_and_changes_nothing(login, tenant, course):
    client = login(tenant.learner)
    response = client.post(
        reverse("learning:complete_step", args=[course.steps[0].pk]), follow=True
    )
    assert not StepCompletion.objects.exists()
    assert any("kurset" in str(m) or "course" in str(m) for m in response.context["messages"])


def test_certificate_pdf_names_the_person_and_course(login, tenant, course):
    completion = _finish(tenant.learner.user, course)
    response = login(tenant.learner).get(
        reverse("learning:certificate_download", args=[completion.certificate_code])
    )
    assert response["Content-Type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert tenant.learner.user.full_name in text
    assert "Testkurs" in text and completion.certificate_code in text


def test_another_persons_certificate_pdf_answers_404(login, tenant, course):
    completion = _finish(tenant.learner.user, course)
    response = login(tenant.lead).get(
        reverse("learning:certificate_download", args=[completion.certificate_code])
    )
    assert response.status_code == 404


def test_anyone_can_verify_a_real_code_and_unknown_codes_answer_404(client, tenant, course):
    completion = _finish(tenant.learner.user, course)
    ok = client.get(reverse("learning:certificate_verify", args=[completion.certificate_code]))
    assert ok.status_code == 200 and tenant.learner.user.full_name in ok.content.decode()
    missing = client.get(reverse("learning:certificate_verify", args=["ZZZZZZZZZZZZ"]))
    assert missing.status_code == 404
    assert tenant.learner.user.full_name not in missing.content.decode()


def test_my_courses_lists_progress_and_certificates(login, tenant, course, course_index):
    other = build_course(course_index, title="Annet kurs")
    completion = _finish(tenant.learner.user, course)
    services.enrolment_create(user=tenant.learner.user, course=other.course)
    html = login(tenant.learner).get(reverse("learning:my_courses")).content.decode()
    assert "Annet kurs" in html and completion.certificate_code in html


def test_the_certificate_check_has_a_form_that_finds_a_code(client, tenant, course):
    completion = _finish(tenant.learner.user, course)
    check = reverse("learning:certificate_check")
    page = client.get(check)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'method="get"' in html and 'name="kode"' in html and 'for="id_kode">Kode<' in html
    typed = " ".join(completion.certificate_code.lower()[i : i + 4] for i in (0, 4, 8))
    found = client.get(check, {"kode": typed})
    assert found.status_code == 302
    assert found.url == reverse("learning:certificate_verify", args=[completion.certificate_code])


@pytest.mark.parametrize("typed", ["ZZZZZZZZZZZZ", "x" * 30, "AB\x00CD"])
def test_an_unknown_code_gets_a_friendly_page_with_the_form(client, tenant, course, typed):
    _finish(tenant.learner.user, course)
    response = client.get(reverse("learning:certificate_check"), {"kode": typed})
    assert response.status_code in (400, 404)  # 400: not a code at all (too long, NUL)
    html = response.content.decode()
    assert 'name="kode"' in html
    assert tenant.learner.user.full_name not in html


def test_an_unknown_code_in_the_address_gets_the_friendly_404(client, tenant, course):
    _finish(tenant.learner.user, course)
    response = client.get(reverse("learning:certificate_verify", args=["ZZZZZZZZZZZZ"]))
    assert response.status_code == 404
    html = response.content.decode()
    assert 'data-testid="certificate-not-found"' in html and 'name="kode"' in html
    assert 'lang="nb"' in html


def test_the_catalogue_length_labels_state_the_limits(client, course_index, monkeypatch):
    monkeypatch.setattr("courses.selectors.SHORT_MINUTES", 20)
    html = client.get(course_index.url).content.decode()
    assert ">Opptil 20 minutter<" in html and ">20 til 90 minutter<" in html
    assert ">Mer enn 90 minutter<" in html
