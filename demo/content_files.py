"""Read the demo's content files (demo/content/, see its README.md) into the models of
demo/schema.py. Nothing here touches the database: `setup_demo --check` runs it alone.

The file tree is the outline: numbered folders and files (`1-grunnkurs/2-module/3-lesson.md`)
give the order, and the name after the number is the page's slug."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from demo.lesson_markdown import LessonMarkdownError, lesson_blocks
from demo.schema import (
    BuyerData,
    CaseData,
    CourseData,
    LessonData,
    ModuleData,
    QuestionData,
)

CONTENT = Path(__file__).parent / "content"
M = TypeVar("M", bound=BaseModel)
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
    return str(path.relative_to(CONTENT.parents[1]))


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
    """(slug, path) of the numbered entries in a folder, in their numbered order."""
    entries = []
    for path in folder.iterdir():
        if path.is_dir() != folders or (suffix and path.suffix != suffix):
            continue
        match = _NUMBERED.match(path.stem if suffix else path.name)
        if match:
            entries.append((int(match.group(1)), match.group(2), path))
    return [(slug, path) for _n, slug, path in sorted(entries)]


def _list_of(model: type[M], path: Path) -> list[M]:
    data = read_yaml(path)
    if not isinstance(data, list):
        raise ContentError([f"{shown(path)}: must be a list ('- ' items)"])
    problems, items = [], []
    for number, item in enumerate(data):
        try:
            items.append(validated(model, item, path))
        except ContentError as error:
            problems += [p.replace(": field '", f": field '{number}.", 1) for p in error.problems]
    if problems:
        raise ContentError(problems)
    return items


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


def read_lesson(path: Path) -> LessonData:
    meta, body = _front_matter(path)
    try:
        blocks = lesson_blocks(body)
    except LessonMarkdownError as error:
        raise ContentError([f"{shown(path)}: body: {error}"]) from None
    if "blocks" in meta:
        raise ContentError([f"{shown(path)}: field 'blocks': the body is the lesson's text"])
    return validated(LessonData, {**meta, "blocks": blocks}, path)


def _questions(path: Path) -> list[QuestionData]:
    return _list_of(QuestionData, path) if path.exists() else []


def _module(slug: str, folder: Path) -> Module:
    return Module(
        slug=slug,
        data=validated(ModuleData, read_yaml(folder / "module.yaml"), folder / "module.yaml"),
        lessons=[
            Lesson(lesson_slug, read_lesson(path), path)
            for lesson_slug, path in numbered(folder, suffix=".md")
        ],
        questions=_questions(folder / "quiz.yaml"),
    )


def read_course(slug: str, folder: Path) -> Course:
    return Course(
        slug=slug,
        data=validated(CourseData, read_yaml(folder / "course.yaml"), folder / "course.yaml"),
        modules=[_module(*entry) for entry in numbered(folder, folders=True)],
        final_test=_questions(folder / "final-test.yaml"),
    )


@cache
def courses() -> list[Course]:
    return [read_course(*entry) for entry in numbered(CONTENT / "courses", folders=True)]


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
    return [
        Case(slug, read_case(path), path)
        for slug, path in numbered(CONTENT / "cases", suffix=".md")
    ]


@cache
def buyers() -> dict[str, BuyerData]:
    items = _list_of(BuyerData, CONTENT / "cases" / "buyers.yaml")
    return {buyer.key: buyer for buyer in items}
