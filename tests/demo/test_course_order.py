"""The page tree keeps a course in course order: the demo creates modules and steps in order,
and the admin explorer lists a course's modules and a module's steps in tree order (editors
can reorder them), not newest first."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.html import escape

from core.groups import EDITORS
from courses.models import CoursePage, ModulePage
from demo import content_files
from demo.courses import demo_courses_ensure
from demo.quizzes import demo_quizzes_ensure
from home.models import HomePage
from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_courses(settings):
    settings.DEBUG = True
    call_command("setup_demo", "--without-courses", verbosity=0)
    courses = demo_courses_ensure(HomePage.objects.get())
    demo_quizzes_ensure(courses)
    return courses


def _editor_client(client):
    """An editor signed in with totrinnsinnlogging set up and passed in this session."""
    editor = get_user_model().objects.get(groups__name=EDITORS)
    return log_in_with_mfa(client, editor)


def test_the_demo_creates_modules_and_lessons_in_course_order(demo_courses):
    for content in content_files.courses():
        course = CoursePage.objects.get(slug=content.slug)
        modules = [p.specific for p in course.get_children()]
        assert [m.title for m in modules] == [m.data.title for m in content.modules]
        for module, module_content in zip(modules, content.modules, strict=True):
            steps = [p.specific for p in module.get_children()]
            lessons = [s.slug for s in steps if s.specific_class.__name__ == "LessonPage"]
            assert lessons == [lesson.slug for lesson in module_content.lessons]


def _titles_in_listing(html: str, titles: list[str]) -> list[str]:
    positions = {t: html.find(escape(t)) for t in titles}
    assert all(p >= 0 for p in positions.values()), positions
    return sorted(titles, key=positions.get)


def test_the_admin_explorer_lists_modules_and_steps_in_course_order(demo_courses, client):
    client = _editor_client(client)
    for course in demo_courses:
        modules = list(ModulePage.objects.child_of(course).order_by("path"))
        html = client.get(f"/admin/pages/{course.pk}/").content.decode()
        titles = [m.title for m in modules]
        assert _titles_in_listing(html, titles) == titles
        for module in modules:
            steps = [p.title for p in module.get_children()]
            html = client.get(f"/admin/pages/{module.pk}/").content.decode()
            assert _titles_in_listing(html, steps) == steps, module.title
