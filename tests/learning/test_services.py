import pytest
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from learning import services
from learning.models import CourseCompletion, Enrolment, StepCompletion

pytestmark = pytest.mark.django_db


def test_enrolling_twice_gives_one_enrolment(tenant, course):
    user = tenant.learner.user
    first = services.enrolment_create(
        user=user, course=course.course, organization=tenant.organization
    )
    second = services.enrolment_create(user=user, course=course.course)
    assert first == second
    assert Enrolment.objects.filter(user=user).count() == 1
    assert first.organization == tenant.organization


def test_a_step_needs_an_enrolment(tenant, course):
    with pytest.raises(ValidationError) as refusal:
        services.step_complete(user=tenant.learner.user, step=course.steps[0])
    assert refusal.value.code == "not_enrolled"
    assert not StepCompletion.objects.exists()


def test_completing_a_step_twice_records_it_once(tenant, course):
    user = tenant.learner.user
    services.enrolment_create(user=user, course=course.course)
    services.step_complete(user=user, step=course.steps[0])
    services.step_complete(user=user, step=course.steps[0])
    assert StepCompletion.objects.filter(user=user).count() == 1


@pytest.mark.parametrize("which", ["module", "course", "index"])
def test_pages_that_are_not_steps_are_refused(tenant, course, which):
    user = tenant.learner.user
    services.enrolment_create(user=user, course=course.course)
    page = {"module": course.modules[0], "course": course.course, "index": course.index}[which]
    with pytest.raises(ValidationError):
        services.step_complete(user=user, step=page)
    assert not StepCompletion.objects.exists()


def test_draft_and_private_steps_are_refused(tenant, course):
    user = tenant.learner.user
    services.enrolment_create(user=user, course=course.course)
    draft = course.steps[0]
    draft.unpublish()
    with pytest.raises(ValidationError):
        services.step_complete(user=user, step=draft)
    private = course.steps[1]
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    with pytest.raises(ValidationError):
        services.step_complete(user=user, step=private)
    assert not StepCompletion.objects.exists()


def test_the_last_step_completes_the_course_with_a_certificate(tenant, course):
    user = tenant.learner.user
    services.enrolment_create(user=user, course=course.course, organization=tenant.organization)
    for step in course.steps[:-1]:
        services.step_complete(user=user, step=step)
    assert not CourseCompletion.objects.exists()
    services.step_complete(user=user, step=course.steps[-1])
    completion = CourseCompletion.objects.get(user=user)
    assert completion.person_name == user.full_name
    assert completion.organization_name == tenant.organization.name
    assert len(completion.certificate_code) == 12
    assert Enrolment.objects.get(user=user).completed_at is not None
