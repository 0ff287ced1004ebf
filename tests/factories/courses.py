"""Course pages for tests, built with wagtail-factories. Each page is added under the `parent`
it is given and, unless it is made with ``live=False``, published through a revision the way an
editor publishing in the admin would. `build_course` makes a whole course tree."""

from dataclasses import dataclass

import factory
import wagtail_factories

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


class PublishedPageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    # Empty, so Wagtail makes the slug from the title, unique among the page's siblings.
    slug = ""

    @factory.post_generation
    def published(page, create, extracted, **kwargs):
        if create and page.live:
            page.save_revision().publish()


class CourseIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Kurs"
    slug = "kurs"


class CoursePageFactory(PublishedPageFactory):
    class Meta:
        model = CoursePage

    title = "Testkurs"
    summary = "Et kurs for testene."
    audience = "Alle"
    estimated_minutes = 20
    objectives = factory.LazyFunction(lambda: [{"type": "objective", "value": "Forstå testing"}])


class ModulePageFactory(PublishedPageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Modul {n + 1}")


class LessonPageFactory(PublishedPageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Leksjon {n + 1}")
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Innhold.</p>"}])


def course_index_ensure() -> CourseIndexPage:
    """The course catalogue under the home page, made if there is none yet. Transactional
    (browser) tests start from a flushed database, without the migration's home page."""
    from home.models import HomePage
    from home.setup import site_pages_ensure

    existing = CourseIndexPage.objects.first()
    if existing:
        return existing
    return CourseIndexPageFactory(parent=HomePage.objects.first() or site_pages_ensure())


@dataclass
class CourseTree:
    index: CourseIndexPage
    course: CoursePage
    modules: list[ModulePage]
    steps: list


def build_course(index, title: str = "Testkurs", modules: int = 2, lessons: int = 2) -> CourseTree:
    """A published course with `modules` modules of `lessons` lessons each, under `index`."""
    course = CoursePageFactory(parent=index, title=title)
    module_pages, steps = [], []
    for m in range(1, modules + 1):
        module = ModulePageFactory(parent=course, title=f"Modul {m}")
        module_pages.append(module)
        steps += [
            LessonPageFactory(parent=module, title=f"Leksjon {m}.{n}")
            for n in range(1, lessons + 1)
        ]
    return CourseTree(index=index, course=course, modules=module_pages, steps=steps)
