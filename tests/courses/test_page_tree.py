"""Page types only allow sensible parents and children."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from assessments.models import QuizPage
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import HomePage, StandardPage


class CoursePageTreeTests(WagtailPageTestCase):
    def test_catalogue_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})

    def test_course_holds_modules_which_hold_lessons(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, QuizPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_lessons_cannot_be_created_elsewhere(self):
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(StandardPage, CoursePage)
        self.assertCanNotCreateAt(Page, CoursePage)
