"""The demo courses are real teaching: every course, module and lesson follows the brief."""

import importlib
import re

import pytest

from courses.blocks import LessonBody
from demo.courses import COURSE_MODULES

COURSES = [
    importlib.import_module(f"demo.content.courses.{name}").COURSE for name in COURSE_MODULES
]


def _words(lesson: dict) -> int:
    text = " ".join(str(value) for _kind, value in lesson["body"])
    return len(re.sub(r"<[^>]+>", " ", text).split())


@pytest.mark.parametrize("course", COURSES, ids=[c["slug"] for c in COURSES])
def test_each_course_has_three_modules_of_three_lessons_with_sources(course):
    assert len(course["modules"]) >= 3
    for module in course["modules"]:
        assert len(module["lessons"]) >= 3
        for lesson in module["lessons"]:
            kinds = [kind for kind, _value in lesson["body"]]
            assert kinds[-1] == "sources", lesson["title"]
            assert all(s["url"].startswith("https://") for s in lesson["body"][-1][1])
            assert _words(lesson) >= 250, lesson["title"]


@pytest.mark.parametrize("course", COURSES, ids=[c["slug"] for c in COURSES])
def test_lesson_bodies_are_valid_for_the_lesson_blocks(course):
    block = LessonBody()
    for module in course["modules"]:
        for lesson in module["lessons"]:
            # Case references name a demo case by title; the loader swaps in the case page.
            raw = [
                {"type": kind, "value": value}
                for kind, value in lesson["body"]
                if kind != "case_reference"
            ]
            block.clean(block.to_python(raw))
