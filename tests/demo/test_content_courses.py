"""The demo courses are real teaching: every course, module and lesson follows the brief."""

import re

import pytest

from courses.blocks import LessonBody
from demo import content_files

COURSES = content_files.courses()


def _words(blocks: list[dict]) -> int:
    text = " ".join(str(block["value"]) for block in blocks)
    return len(re.sub(r"<[^>]+>", " ", text).split())


@pytest.mark.parametrize("course", COURSES, ids=[c.slug for c in COURSES])
def test_each_course_has_three_modules_of_three_lessons_with_sources(course):
    assert len(course.modules) >= 3
    for module in course.modules:
        assert len(module.lessons) >= 3
        for lesson in module.lessons:
            blocks = lesson.data.blocks
            assert blocks[-1]["type"] == "sources", lesson.slug
            assert all(s["url"].startswith("https://") for s in blocks[-1]["value"])
            assert _words(blocks) >= 250, lesson.slug


@pytest.mark.parametrize("course", COURSES, ids=[c.slug for c in COURSES])
def test_lesson_bodies_are_valid_for_the_lesson_blocks(course):
    block = LessonBody()
    for module in course.modules:
        for lesson in module.lessons:
            # Case references name a demo case by slug; the loader swaps in the case page.
            raw = [b for b in lesson.data.blocks if b["type"] != "case_reference"]
            assert raw, lesson.slug
            block.clean(block.to_python(raw))
