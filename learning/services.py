"""Writes of a learner's progress: enrolling, completing steps, completing courses.

Every write is idempotent and safe under concurrency: the unique constraints decide, and a
second attempt returns the row the first one made."""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import CoursePage, ModulePage
from courses.selectors import step_ids_by_course
from learning.models import (
    AssignedRole,
    Assignment,
    CourseCompletion,
    Enrolment,
    EnrolmentSource,
    StepCompletion,
)
from learning.selectors import assignment_members
from organizations.models import Department, Organization

User = get_user_model()


def _create_once(model, **fields):
    """get_or_create that survives two requests racing to create the same row."""
    try:
        with transaction.atomic():
            return model.objects.get_or_create(**fields)
    except IntegrityError:
        lookup = {k: v for k, v in fields.items() if k != "defaults"}
        return model.objects.get(**lookup), False


def _published(page: Page) -> bool:
    return page.live and not page.get_view_restrictions().exists()


def course_for_step(step: Page) -> CoursePage:
    """The course a page is a step of; ValidationError if it is not a published step."""
    parent = step.get_parent() if step.depth > 2 else None
    module = parent.specific if parent else None
    if not isinstance(module, ModulePage):
        raise ValidationError(_("This page is not a step of a course."), code="not_a_step")
    course = module.get_parent().specific
    if not (_published(step) and module.live and course.live):
        raise ValidationError(_("This step is not published."), code="step_not_live")
    return course


@transaction.atomic
def enrolment_create(
    *,
    user: User,
    course: CoursePage,
    organization: Organization | None = None,
    source: str = EnrolmentSource.SELF,
) -> Enrolment:
    """Enrol a person in a course (once; enrolling again returns the first enrolment)."""
    if not isinstance(course, CoursePage) or not _published(course):
        raise ValidationError(_("This course is not open for enrolment."), code="course_closed")
    enrolment, _created = _create_once(
        Enrolment,
        user=user,
        course=course,
        defaults={"organization": organization, "source": source},
    )
    return enrolment


@transaction.atomic
def step_complete(*, user: User, step: Page) -> StepCompletion:
    """Mark a step done for a person enrolled in its course. Completing the last step
    completes the course and issues its certificate."""
    course = course_for_step(step)
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None:
        raise ValidationError(
            _("Start the course before you mark its steps as done."), code="not_enrolled"
        )
    completion, _created = _create_once(StepCompletion, user=user, step=step, course=course)
    if not enrolment.completed_at and _all_steps_done(user, course):
        course_complete(user=user, course=course, enrolment=enrolment)
    return completion


def step_mark_done(*, user: User, step: Page) -> StepCompletion:
    """A learner's own "done" on a step. A step that is finished another way refuses it: a
    quiz is done when it is passed, or a certificate could be had without passing."""
    if getattr(step.specific_class, "completed_by_passing", False):
        raise ValidationError(_("This step is done when you pass it."), code="completed_by_passing")
    return step_complete(user=user, step=step)


def _all_steps_done(user: User, course: CoursePage) -> bool:
    step_ids = step_ids_by_course([course])[course.pk]
    done = StepCompletion.objects.filter(user=user, step_id__in=step_ids).count()
    return bool(step_ids) and done == len(step_ids)


@transaction.atomic
def course_complete(*, user: User, course: CoursePage, enrolment: Enrolment) -> CourseCompletion:
    """Record a finished course with what its certificate shows."""
    organization = enrolment.organization
    completion, _created = _create_once(
        CourseCompletion,
        user=user,
        course=course,
        defaults={
            "organization": organization,
            "course_title": course.title,
            "person_name": user.get_full_name(),
            "organization_name": organization.name if organization else "",
        },
    )
    Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=timezone.now()
    )
    return completion


@transaction.atomic
def assignment_create(
    *,
    organization: Organization,
    course: CoursePage,
    due_date: date,
    assigned_by: User,
    department: Department | None = None,
    role: str = AssignedRole.EVERYONE,
) -> Assignment:
    """Assign a course to (part of) an organisation and enrol everyone it is for."""
    if not isinstance(course, CoursePage) or not _published(course):
        raise ValidationError(
            {"course": ValidationError(_("Choose a published course."), code="course_not_live")}
        )
    if due_date <= timezone.localdate():
        raise ValidationError(
            {
                "due_date": ValidationError(
                    _("The due date must be in the future."), code="due_date_passed"
                )
            }
        )
    if department is not None and department.organization_id != organization.pk:
        raise ValidationError(
            {
                "department": ValidationError(
                    _("The department belongs to another organisation."),
                    code="department_elsewhere",
                )
            }
        )
    assignment = Assignment.objects.create(
        organization=organization,
        course=course,
        department=department,
        role=role,
        due_date=due_date,
        assigned_by=assigned_by,
    )
    already = set(Enrolment.objects.filter(course=course).values_list("user_id", flat=True))
    Enrolment.objects.bulk_create(
        [
            Enrolment(
                user_id=user_id,
                course=course,
                organization=organization,
                source=EnrolmentSource.ASSIGNMENT,
            )
            for user_id in assignment_members(assignment).values_list("user_id", flat=True)
            if user_id not in already
        ],
        ignore_conflicts=True,
    )
    return assignment
