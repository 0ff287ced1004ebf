"""Reads of a learner's progress. Each function costs a fixed number of queries however many
courses, steps or learners there are."""

from dataclasses import dataclass, field

from django.db.models import Count, Exists
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from wagtail.models import Page

from courses.selectors import CourseStatus, course_outline, step_ids_by_course
from learning.models import (
    AssignedRole,
    Assignment,
    CourseCompletion,
    Enrolment,
    StepCompletion,
    certificate_code_normalize,
)
from organizations.models import Membership, MembershipStatus
from organizations.small_groups import people_shown


@dataclass(frozen=True)
class CourseProgress:
    total: int
    done: int
    enrolled: bool
    completed: bool

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def status(self) -> CourseStatus:
        if self.completed:
            return CourseStatus.COMPLETED
        return CourseStatus.IN_PROGRESS if self.enrolled else CourseStatus.NOT_STARTED


def course_progress_map(user, courses: list[Page]) -> dict[int, CourseProgress]:
    """Progress in each course for one person (three queries)."""
    if not user.is_authenticated or not courses:
        return {}
    steps = step_ids_by_course(courses)
    all_steps = [pk for ids in steps.values() for pk in ids]
    done = dict(
        StepCompletion.objects.filter(user=user, step_id__in=all_steps)
        .values("course_id")
        .annotate(n=Count("id"))
        .values_list("course_id", "n")
    )
    enrolled = set(
        Enrolment.objects.filter(user=user, course__in=courses).values_list("course_id", flat=True)
    )
    completed = set(
        CourseCompletion.objects.filter(user=user, course__in=courses).values_list(
            "course_id", flat=True
        )
    )
    return {
        course.pk: CourseProgress(
            total=len(steps[course.pk]),
            done=done.get(course.pk, 0),
            enrolled=course.pk in enrolled,
            completed=course.pk in completed,
        )
        for course in courses
    }


@dataclass
class ModuleProgress:
    module: Page
    steps: list[Page]
    done_ids: set[int] = field(default_factory=set)

    @property
    def done(self) -> int:
        return sum(1 for step in self.steps if step.pk in self.done_ids)

    @property
    def percent(self) -> int:
        return round(100 * self.done / len(self.steps)) if self.steps else 0


@dataclass
class CourseDetail:
    progress: CourseProgress
    modules: list[ModuleProgress]
    resume_step: Page | None
    completion: CourseCompletion | None
    done_ids: set[int]


def course_detail(user, course: Page) -> CourseDetail:
    """A person's progress through one course, module by module, and where to resume."""
    outline = course_outline(course)
    step_ids = [step.pk for module in outline for step in module.steps]
    done_ids: set[int] = set()
    enrolled = completion = None
    if user.is_authenticated:
        done_ids = set(
            StepCompletion.objects.filter(user=user, step_id__in=step_ids).values_list(
                "step_id", flat=True
            )
        )
        enrolled = Enrolment.objects.filter(user=user, course=course).exists()
        completion = CourseCompletion.objects.filter(user=user, course=course).first()
    modules = [ModuleProgress(m.module, m.steps, done_ids) for m in outline]
    resume = next(
        (step for m in outline for step in m.steps if step.pk not in done_ids),
        outline[0].steps[0] if outline and outline[0].steps else None,
    )
    return CourseDetail(
        progress=CourseProgress(
            total=len(step_ids),
            done=len(done_ids),
            enrolled=bool(enrolled),
            completed=completion is not None,
        ),
        modules=modules,
        resume_step=resume,
        completion=completion,
        done_ids=done_ids,
    )


@dataclass(frozen=True)
class StepState:
    enrolled: bool
    done: bool


def step_state(user, step: Page, course_id: int) -> StepState:
    if not user.is_authenticated:
        return StepState(enrolled=False, done=False)
    # One query for both: a step can only be done by someone enrolled in its course.
    found = (
        Enrolment.objects.filter(user=user, course_id=course_id)
        .annotate(done=Exists(StepCompletion.objects.filter(user=user, step=step)))
        .values_list("done", flat=True)
        .first()
    )
    return StepState(enrolled=found is not None, done=bool(found))


@dataclass(frozen=True)
class MyCourse:
    course: Page
    progress: CourseProgress
    completion: CourseCompletion | None


def my_courses(user) -> list[MyCourse]:
    """The courses a person is enrolled in, newest first, with progress and certificates."""
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("course").order_by("-started_at")
    )
    courses = [e.course for e in enrolments]
    progress = course_progress_map(user, courses)
    completions = {
        c.course_id: c for c in CourseCompletion.objects.filter(user=user, course__in=courses)
    }
    return [
        MyCourse(course=c, progress=progress[c.pk], completion=completions.get(c.pk))
        for c in courses
    ]


def certificate_by_code(code: str) -> CourseCompletion:
    """The certificate with this code, or 404 (the same answer for any unknown code)."""
    code = certificate_code_normalize(code)
    if code is None:
        raise Http404
    return get_object_or_404(CourseCompletion, certificate_code=code)


def assignment_members(assignment: Assignment):
    """The active members an assignment is for: everyone, a department, or a role."""
    members = Membership.objects.filter(
        organization_id=assignment.organization_id, status=MembershipStatus.ACTIVE
    )
    if assignment.department_id:
        members = members.filter(department_id=assignment.department_id)
    if assignment.role == AssignedRole.LEAD:
        members = members.filter(is_lead=True)
    elif assignment.role == AssignedRole.ADMIN:
        members = members.filter(is_admin=True)
    return members


@dataclass(frozen=True)
class AssignedCourse:
    assignment: Assignment
    completed: bool
    progress: CourseProgress | None = None
    completion: CourseCompletion | None = None

    @property
    def overdue(self) -> bool:
        return not self.completed and self.assignment.due_date < timezone.localdate()

    @property
    def started(self) -> bool:
        return bool(self.progress and self.progress.done)


def assignments_for(user) -> list[AssignedCourse]:
    """Live courses assigned to a person through their active memberships (to the whole
    organisation, their department or their role), soonest due first, with progress and
    certificate. A course assigned more than once is listed once, with its earliest due date.
    Seven queries however many."""
    if not user.is_authenticated:
        return []
    memberships = list(Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE))
    if not memberships:
        return []
    candidates = (
        Assignment.objects.filter(
            organization__in=[m.organization_id for m in memberships], course__live=True
        )
        .select_related("course", "organization")
        .order_by("due_date", "pk")
    )
    by_org = {m.organization_id: m for m in memberships}
    mine: dict[int, Assignment] = {}
    for assignment in candidates:
        if _targets(assignment, by_org[assignment.organization_id]):
            mine.setdefault(assignment.course_id, assignment)
    progress = course_progress_map(user, [a.course for a in mine.values()])
    completions = {
        c.course_id: c for c in CourseCompletion.objects.filter(user=user, course_id__in=mine)
    }
    return [
        AssignedCourse(
            assignment=a,
            completed=a.course_id in completions,
            progress=progress[a.course_id],
            completion=completions.get(a.course_id),
        )
        for a in mine.values()
    ]


def _targets(assignment: Assignment, membership: Membership) -> bool:
    if assignment.department_id and assignment.department_id != membership.department_id:
        return False
    return not assignment.role or membership.has_role(assignment.role)


@dataclass(frozen=True)
class AssignmentStatus:
    assignment: Assignment
    members: int
    done_on_time: int
    done_late: int

    @property
    def not_done(self) -> int:
        return self.members - self.done_on_time - self.done_late

    @property
    def overdue(self) -> int:
        return self.not_done if self.assignment.due_date < timezone.localdate() else 0

    def counts_shown(self, *, person_status_allowed: bool) -> list[int | str]:
        """People, done on time, done late, not done and overdue, as a lead may see them
        (organizations/small_groups.py): without the organisation's leave to see each person's
        status, a count below 5 or any count of a group below 5 is words, not a number."""
        counts = (self.done_on_time, self.done_late, self.not_done, self.overdue)
        return [
            people_shown(self.members, shown=person_status_allowed),
            *(people_shown(n, group=self.members, shown=person_status_allowed) for n in counts),
        ]


def assignments_of(organization) -> list[AssignmentStatus]:
    """An organisation's assignments with how many are done on time, late or not yet.
    Two queries per assignment; organisations have few assignments."""
    rows = []
    for assignment in Assignment.objects.filter(organization=organization).select_related(
        "course", "department"
    ):
        members = list(assignment_members(assignment).values_list("user_id", flat=True))
        completions = list(
            CourseCompletion.objects.filter(
                course_id=assignment.course_id, user_id__in=members
            ).values_list("completed_at", flat=True)
        )
        on_time = sum(1 for at in completions if timezone.localdate(at) <= assignment.due_date)
        rows.append(
            AssignmentStatus(
                assignment=assignment,
                members=len(members),
                done_on_time=on_time,
                done_late=len(completions) - on_time,
            )
        )
    return rows
