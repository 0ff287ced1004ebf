"""Read the demo's content files (demo/content/, see its README.md) into the models of
demo/schema.py. Nothing here touches the database: `setup_demo --check` runs it alone.

The file tree is the outline: numbered folders and files (`1-grunnkurs/2-module/3-lesson.md`)
give the order, and the name after the number is the page's slug."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from django.core.exceptions import ValidationError as DjangoValidationError
from pydantic import BaseModel, ValidationError

from courses.blocks import LessonBody
from demo.lesson_markdown import LessonMarkdownError, lesson_blocks
from demo.schema import (
    ActivityData,
    BuyerData,
    CaseData,
    CourseData,
    LessonData,
    ModuleData,
    PeopleData,
    QuestionData,
)

CONTENT = Path(__file__).parent / "content"
M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
_NUMBERED = re.compile(r"^(\d+)-(.+)$")
_FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n(.*)\Z", re.DOTALL)
_SECTION = re.compile(r"^## (\S+)\s*$", re.MULTILINE)


class ContentError(ValueError):
    """One or more content files do not fit the schema; one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def shown(path: Path) -> str:
    """The path as a writer sees it from the repository root: demo/content/…"""
    root = CONTENT.parents[1]
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _each(read: Callable[..., T], entries: Iterable[tuple]) -> list[T]:
    """read(*entry) for every entry; the problems of all the entries together, if any."""
    problems, results = [], []
    for entry in entries:
        try:
            results.append(read(*entry))
        except ContentError as error:
            problems += error.problems
    if problems:
        raise ContentError(problems)
    return results


def _field(location: tuple) -> str:
    return ".".join(str(part) for part in location)


def validated(model: type[M], data: Any, path: Path) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise ContentError(
            [f"{shown(path)}: field '{_field(e['loc'])}': {e['msg']}" for e in error.errors()]
        ) from None


def _yaml(text: str, path: Path) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ContentError([f"{shown(path)}: not valid YAML: {error}"]) from None


def read_yaml(path: Path) -> Any:
    return _yaml(path.read_text(encoding="utf-8"), path)


def _front_matter(path: Path) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    if match is None:
        raise ContentError([f"{shown(path)}: must begin with front matter between '---' lines"])
    meta = _yaml(match.group(1), path)
    if not isinstance(meta, dict):
        raise ContentError([f"{shown(path)}: the front matter must be 'field: value' lines"])
    return meta, match.group(2)


def numbered(folder: Path, *, suffix: str = "", folders: bool = False) -> list[tuple[str, Path]]:
    """(slug, path) of the numbered entries in a folder, in their numbered order. An entry
    without its number would be left out unseen, so it is an error."""
    entries, unnumbered = [], []
    for path in folder.iterdir():
        if path.is_dir() != folders or (suffix and path.suffix != suffix):
            continue
        match = _NUMBERED.match(path.stem if suffix else path.name)
        if match:
            entries.append((int(match.group(1)), match.group(2), path))
        elif not path.name.startswith((".", "__")):
            unnumbered.append(
                f"{shown(path)}: the name must begin with its number, e.g. '1-{path.name}'"
            )
    if unnumbered:
        raise ContentError(sorted(unnumbered))
    return [(slug, path) for _n, slug, path in sorted(entries)]


def _list_of(model: type[M], path: Path) -> list[M]:
    data = read_yaml(path)
    if not isinstance(data, list):
        raise ContentError([f"{shown(path)}: must be a list ('- ' items)"])

    def item(number: int, value: Any) -> M:
        try:
            return validated(model, value, path)
        except ContentError as error:
            raise ContentError(
                [p.replace(": field '", f": field '{number}.", 1) for p in error.problems]
            ) from None

    return _each(item, enumerate(data))


# --- Courses -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lesson:
    slug: str
    data: LessonData
    path: Path


@dataclass(frozen=True)
class Module:
    slug: str
    data: ModuleData
    lessons: list[Lesson]
    questions: list[QuestionData]  # its quiz


@dataclass(frozen=True)
class Course:
    slug: str
    data: CourseData
    modules: list[Module]
    final_test: list[QuestionData]  # also the pre-test


def _lesson_body_check(blocks: list[dict], path: Path) -> None:
    """The body must be a valid LessonBody, as if an editor had saved it in the admin. Case
    references are left out: they name a case by slug until the loader finds its page."""
    block = LessonBody()
    raw = [b for b in blocks if b["type"] != "case_reference"]
    try:
        block.clean(block.to_python(raw))
    except DjangoValidationError as error:
        raise ContentError([f"{shown(path)}: body: {'; '.join(error.messages)}"]) from None


def read_lesson(path: Path) -> LessonData:
    meta, body = _front_matter(path)
    try:
        blocks = lesson_blocks(body)
    except LessonMarkdownError as error:
        raise ContentError([f"{shown(path)}: body: {error}"]) from None
    if "blocks" in meta:
        raise ContentError([f"{shown(path)}: field 'blocks': the body is the lesson's text"])
    lesson = validated(LessonData, {**meta, "blocks": blocks}, path)
    _lesson_body_check(blocks, path)
    return lesson


def _questions(path: Path) -> list[QuestionData]:
    return _list_of(QuestionData, path) if path.exists() else []


def _module(slug: str, folder: Path) -> Module:
    return Module(
        slug=slug,
        data=validated(ModuleData, read_yaml(folder / "module.yaml"), folder / "module.yaml"),
        lessons=_each(
            lambda slug, path: Lesson(slug, read_lesson(path), path),
            numbered(folder, suffix=".md"),
        ),
        questions=_questions(folder / "quiz.yaml"),
    )


def read_course(slug: str, folder: Path) -> Course:
    return Course(
        slug=slug,
        data=validated(CourseData, read_yaml(folder / "course.yaml"), folder / "course.yaml"),
        modules=_each(_module, numbered(folder, folders=True)),
        final_test=_questions(folder / "final-test.yaml"),
    )


@cache
def courses() -> list[Course]:
    return _each(read_course, numbered(CONTENT / "courses", folders=True))


@cache
def topics() -> dict[str, str]:
    path = CONTENT / "courses" / "topics.yaml"
    data = read_yaml(path)
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ContentError([f"{shown(path)}: must be 'slug: name' lines"])
    return data


# --- Cases ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    slug: str
    data: CaseData
    path: Path


def _sections(body: str, path: Path) -> dict[str, str]:
    """The body's `## summary` and `## need` sections, as plain text."""
    parts = _SECTION.split(body)
    if parts[0].strip():
        raise ContentError([f"{shown(path)}: body: text before the first '## summary' heading"])
    return {name: text.strip() for name, text in zip(parts[1::2], parts[2::2], strict=True)}


def read_case(path: Path) -> CaseData:
    meta, body = _front_matter(path)
    sections = _sections(body, path)
    clash = sorted(set(meta) & set(sections))
    if clash:
        raise ContentError([f"{shown(path)}: field '{clash[0]}': given twice"])
    return validated(CaseData, {**meta, **sections}, path)


@cache
def cases() -> list[Case]:
    return _each(
        lambda slug, path: Case(slug, read_case(path), path),
        numbered(CONTENT / "cases", suffix=".md"),
    )


@cache
def buyers() -> dict[str, BuyerData]:
    items = _list_of(BuyerData, CONTENT / "cases" / "buyers.yaml")
    return {buyer.key: buyer for buyer in items}


# --- People and activity -------------------------------------------------------------------------


@cache
def people() -> PeopleData:
    path = CONTENT / "people.yaml"
    return validated(PeopleData, read_yaml(path), path)


@cache
def activity() -> ActivityData:
    path = CONTENT / "activity.yaml"
    return validated(ActivityData, read_yaml(path), path)


# --- Checking it all -----------------------------------------------------------------------------

READERS = (topics, buyers, cases, courses, people, activity)


def forget() -> None:
    """Read the files afresh next time (after an edit, or in a test that moves CONTENT)."""
    for read in READERS:
        read.cache_clear()


def _references() -> list[str]:
    """What one file names in another: cited cases, prerequisites, people and courses."""
    problems = []
    case_slugs = {case.slug for case in cases()}
    course_slugs = {course.slug for course in courses()}
    for course in courses():
        for slug in set(course.data.prerequisites) - course_slugs:
            problems.append(f"{course.slug}/course.yaml: field 'prerequisites': no course '{slug}'")
        for module in course.modules:
            for lesson in module.lessons:
                for block in lesson.data.blocks:
                    if (
                        block["type"] == "case_reference"
                        and block["value"]["case"] not in case_slugs
                    ):
                        problems.append(
                            f"{shown(lesson.path)}: body: '::: case {block['value']['case']}' "
                            "names no case in demo/content/cases/"
                        )
    keys = [
        question.key
        for course in courses()
        for questions in (*(module.questions for module in course.modules), course.final_test)
        for question in questions
    ]
    for key in sorted({key for key in keys if keys.count(key) > 1}):
        problems.append(f"demo/content/courses: field 'key': '{key}' is used by two questions")
    emails = {person.email for person in people().people}
    for number, progress in enumerate(activity().progress):
        if progress.person not in emails:
            problems.append(
                f"demo/content/activity.yaml: field 'progress.{number}.person': "
                f"'{progress.person}' is not in people.yaml"
            )
        if progress.course not in course_slugs:
            problems.append(
                f"demo/content/activity.yaml: field 'progress.{number}.course': "
                f"no course '{progress.course}'"
            )
    return problems


def problems() -> list[str]:
    """Every problem in the content files, one line each naming the file and the field; empty
    when they are all well. Reads the files afresh."""
    forget()
    found = []
    for read in READERS:
        try:
            read()
        except ContentError as error:
            found += error.problems
    return found or _references()
