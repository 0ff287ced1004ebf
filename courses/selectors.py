"""Reads of course content: the catalogue, a course's outline and its steps in order.

Steps are the live, public children of a course's modules, in tree order. Each function costs a
fixed number of queries, whatever the number of courses, modules or steps."""

from dataclasses import dataclass, field
from enum import StrEnum

from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.models import Page

from cases.models import ProcurementPhase
from core.numbers import lookup_text

STEPLEN = Page.steplen


class CourseLength(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


SHORT_MINUTES = 30
"""The longest course that counts as short; MEDIUM_MINUTES the longest of medium length."""
MEDIUM_MINUTES = 90
LENGTH_MINUTES = {
    CourseLength.SHORT: (0, SHORT_MINUTES),
    CourseLength.MEDIUM: (SHORT_MINUTES + 1, MEDIUM_MINUTES),
    CourseLength.LONG: (MEDIUM_MINUTES + 1, 100_000),
}
LENGTH_SLUGS = {
    CourseLength.SHORT: "kort",
    CourseLength.MEDIUM: "middels",
    CourseLength.LONG: "lang",
}


class CourseStatus(StrEnum):
    """Where a learner stands in a course (learning.selectors.CourseProgress.status)."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


STATUS_SLUGS = {
    CourseStatus.NOT_STARTED: "ikke-startet",
    CourseStatus.IN_PROGRESS: "pagar",
    CourseStatus.COMPLETED: "fullfort",
}


def length_choices() -> list[tuple[str, str]]:
    """(URL slug, label) per length, the labels stating the limits above."""
    labels = {
        CourseLength.SHORT: _("Up to %(minutes)s minutes") % {"minutes": SHORT_MINUTES},
        CourseLength.MEDIUM: _("%(low)s to %(high)s minutes")
        % {"low": SHORT_MINUTES, "high": MEDIUM_MINUTES},
        CourseLength.LONG: _("More than %(minutes)s minutes") % {"minutes": MEDIUM_MINUTES},
    }
    return [(LENGTH_SLUGS[length], labels[length]) for length in CourseLength]


def status_choices() -> list[tuple[str, str]]:
    labels = {
        CourseStatus.NOT_STARTED: _("Not started"),
        CourseStatus.IN_PROGRESS: _("In progress"),
        CourseStatus.COMPLETED: _("Completed"),
    }
    return [(STATUS_SLUGS[status], labels[status]) for status in CourseStatus]


def _from_slug(slugs: dict, slug: str):
    return next((value for value, known in slugs.items() if known == slug), None)


@dataclass(frozen=True)
class CatalogueFilters:
    phase: str = ""
    topic: str = ""
    length: CourseLength | None = None
    status: CourseStatus | None = None

    @classmethod
    def from_query(cls, query: QueryDict) -> "CatalogueFilters":
        """Keep only values we know; anything else is ignored rather than an error."""
        return cls(
            # Slugs: PostgreSQL refuses a lookup with NUL in it (a 500).
            phase=lookup_text(query.get("fase", ""), max_length=100) or "",
            topic=lookup_text(query.get("tema", ""), max_length=100) or "",
            length=_from_slug(LENGTH_SLUGS, query.get("lengde", "")),
            status=_from_slug(STATUS_SLUGS, query.get("status", "")),
        )

    @property
    def length_slug(self) -> str:
        return LENGTH_SLUGS.get(self.length, "")

    @property
    def status_slug(self) -> str:
        return STATUS_SLUGS.get(self.status, "")

    @property
    def active(self) -> bool:
        return any((self.phase, self.topic, self.length, self.status))


def phases():
    return ProcurementPhase.objects.all()


def catalogue(index: Page, filters: CatalogueFilters, progress: dict) -> list:
    """The live courses in a catalogue that match the filters. `progress` maps course id to an
    object with a `status` (from learning); courses missing from it are not started."""
    from courses.models import CoursePage  # models import this module; import here to avoid a cycle

    courses = (
        CoursePage.objects.live()
        .public()
        .child_of(index)
        .select_related("cover_image")
        .prefetch_related("phases", "topics")
        .order_by("path")
    )
    if filters.phase:
        courses = courses.filter(phases__slug=filters.phase)
    if filters.topic:
        courses = courses.filter(topics__slug=filters.topic)
    if filters.length:
        low, high = LENGTH_MINUTES[filters.length]
        courses = courses.filter(estimated_minutes__gte=low, estimated_minutes__lte=high)
    courses = list(courses.distinct())
    if filters.status:
        courses = [c for c in courses if _status(progress.get(c.pk)) == filters.status]
    return courses


def _status(course_progress) -> str:
    return course_progress.status if course_progress else CourseStatus.NOT_STARTED


def _steps_below(pages_path: str, depth: int):
    # Navigation only: a step in a restricted section still shows, and Wagtail asks for access
    # when it is opened. Progress counts (step_ids_by_course) leave such steps out.
    return Page.objects.live().filter(path__startswith=pages_path, depth=depth).order_by("path")


def step_ids_by_course(courses: list[Page]) -> dict[int, list[int]]:
    """The ids of each course's steps, in order, with one query for all the courses."""
    if not courses:
        return {}
    by_path = {course.path: course.pk for course in courses}
    steps = (
        Page.objects.live()
        .public()
        .filter(
            path__startswith=_common_prefix(list(by_path)),
            depth__in={course.depth + 2 for course in courses},
        )
        .order_by("path")
        .values_list("path", "pk")
    )
    result: dict[int, list[int]] = {pk: [] for pk in by_path.values()}
    for path, pk in steps:
        course_id = by_path.get(path[: -2 * STEPLEN])
        if course_id is not None:
            result[course_id].append(pk)
    return result


def _common_prefix(paths: list[str]) -> str:
    prefix = paths[0]
    for path in paths[1:]:
        while not path.startswith(prefix):
            prefix = prefix[:-STEPLEN]
    return prefix


@dataclass
class ModuleOutline:
    module: Page
    steps: list[Page] = field(default_factory=list)


def course_outline(course: Page) -> list[ModuleOutline]:
    """The course's live modules with their live steps, in order (one query)."""
    pages = (
        Page.objects.live()
        .public()
        .filter(path__startswith=course.path, depth__in=[course.depth + 1, course.depth + 2])
        .order_by("path")
    )
    outline: list[ModuleOutline] = []
    for page in pages:
        if page.depth == course.depth + 1:
            outline.append(ModuleOutline(module=page))
        elif outline and page.path.startswith(outline[-1].module.path):
            outline[-1].steps.append(page)
    return outline


def course_of_step(step: Page) -> Page | None:
    """The course a step belongs to: its grandparent (free when routing cached the parents)."""
    module = step.get_parent()
    return module.get_parent() if module else None


def step_navigation(step: Page) -> dict:
    """Where a step sits in its course: the course, previous and next steps, position."""
    course = course_of_step(step)
    steps = list(_steps_below(course.path, course.depth + 2)) if course else []
    ids = [s.pk for s in steps]
    position = ids.index(step.pk) if step.pk in ids else -1
    return {
        "course": course,
        "previous_step": steps[position - 1] if position > 0 else None,
        "next_step": steps[position + 1] if 0 <= position < len(steps) - 1 else None,
        "step_position": position + 1,
        "step_total": len(steps),
    }
