"""Puts the learner's progress on the request before Wagtail serves a course page, so the
content pages in `courses` can show it without importing `learning` (which sits above them)."""

from wagtail import hooks

from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.selectors import course_of_step
from learning import selectors


@hooks.register("before_serve_page")
def attach_learning_progress(page, request, serve_args, serve_kwargs):
    user = request.user
    if isinstance(page, CourseIndexPage):
        courses = list(CoursePage.objects.live().public().child_of(page))
        request.course_progress = selectors.course_progress_map(user, courses)
    elif isinstance(page, CoursePage):
        request.course_detail_progress = selectors.course_detail(user, page)
    elif page.depth > 3 and _is_step(page):
        course = course_of_step(page)
        request.step_state = selectors.step_state(user, page, course.pk)


def _is_step(page) -> bool:
    return page.get_parent().specific_class is ModulePage
