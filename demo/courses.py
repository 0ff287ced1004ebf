"""Demo courses and demo learners' progress, loaded by setup_demo. The course texts are the
files in demo/content/courses/ (demo/content/README.md), read by demo/content_files.py."""

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page

from assessments.models import QuizPage
from cases.models import CasePage, ProcurementPhase
from cases.services import vocabularies_ensure
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Topic
from courses.selectors import course_outline
from courses.setup import course_catalogue_ensure
from demo import content_files
from demo.quizzes import take_quiz_right
from learning import services as learning
from organizations.models import Membership

User = get_user_model()
# (person, course slug, share of the steps done): progress at various stages.
DEMO_PROGRESS = [(p.person, p.course, p.share) for p in content_files.activity().progress]


def _raw_block(block_type: str, value):
    return {"type": block_type, "value": value}


def _lesson_block(block: dict) -> dict | None:
    """A block of demo lesson content. The content names cited cases by slug; the block
    chooses the demo case page, and is left out when no such case is loaded."""
    if block["type"] != "case_reference":
        return block
    case = CasePage.objects.filter(slug=block["value"]["case"]).first()
    if case is None:
        return None
    return _raw_block("case_reference", {"case": case.pk, "note": block["value"]["note"]})


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def course_index_ensure(home: Page) -> CourseIndexPage:
    """The product's course catalogue (courses/setup.py)."""
    return course_catalogue_ensure(parent=home)


def _course_ensure(index: CourseIndexPage, content: content_files.Course) -> CoursePage:
    existing = CoursePage.objects.child_of(index).filter(slug=content.slug).first()
    if existing:
        return existing
    data = content.data
    course = _publish(
        index,
        CoursePage(
            title=data.title,
            slug=content.slug,
            summary=data.summary,
            audience=data.audience,
            estimated_minutes=data.estimated_minutes,
            objectives=[_raw_block("objective", text) for text in data.objectives],
        ),
    )
    course.phases.set(ProcurementPhase.objects.filter(slug__in=data.phases))
    course.topics.set(Topic.objects.filter(slug__in=data.topics))
    course.save_revision().publish()
    for module_content in content.modules:
        module = _publish(
            course,
            ModulePage(
                title=module_content.data.title,
                slug=module_content.slug,
                intro=module_content.data.intro,
            ),
        )
        for lesson in module_content.lessons:
            _publish(
                module,
                LessonPage(
                    title=lesson.data.title,
                    slug=lesson.slug,
                    summary=lesson.data.summary,
                    estimated_minutes=lesson.data.minutes,
                    body=[
                        block
                        for raw in lesson.data.blocks
                        if (block := _lesson_block(raw)) is not None
                    ],
                ),
            )
    return course


def _prerequisites_ensure(course: CoursePage, slugs: list[str]) -> None:
    if slugs and not course.prerequisites.exists():
        course.prerequisites.add(*CoursePage.objects.filter(slug__in=slugs))
        course.save_revision().publish()


@transaction.atomic
def demo_courses_ensure(home: Page) -> list[CoursePage]:
    vocabularies_ensure()
    for slug, name in content_files.topics().items():
        Topic.objects.get_or_create(slug=slug, defaults={"name": name})
    index = course_index_ensure(home)
    contents = content_files.courses()
    courses = [_course_ensure(index, content) for content in contents]
    for course, content in zip(courses, contents, strict=True):
        _prerequisites_ensure(course, content.data.prerequisites)
    return courses


@transaction.atomic
def demo_progress_ensure() -> None:
    """Give demo learners progress through the real learning services (idempotent)."""
    for email, course_slug, share in DEMO_PROGRESS:
        user = User.objects.get(email=email)
        course = CoursePage.objects.get(slug=course_slug)
        membership = Membership.objects.filter(user=user).select_related("organization").first()
        learning.enrolment_create(
            user=user, course=course, organization=membership.organization if membership else None
        )
        steps = [step for module in course_outline(course) for step in module.steps]
        for step in steps[: round(share * len(steps))]:
            if step.specific_class is QuizPage:
                if not step.specific.attempts.filter(user=user, passed=True).exists():
                    take_quiz_right(user, step.specific)
            else:
                learning.step_complete(user=user, step=step)


@transaction.atomic
def demo_assignments_ensure() -> None:
    """A lead has assigned a course to everyone (Bergen's procurement lead, the basic course)."""
    from datetime import timedelta

    from django.utils import timezone

    from learning.models import Assignment

    plan = content_files.activity().assignment
    lead = Membership.objects.select_related("organization", "user").get(user__email=plan.lead)
    course = CoursePage.objects.get(slug=plan.course)
    if not Assignment.objects.filter(organization=lead.organization, course=course).exists():
        learning.assignment_create(
            organization=lead.organization,
            course=course,
            due_date=timezone.localdate() + timedelta(days=plan.due_in_days),
            assigned_by=lead.user,
        )
