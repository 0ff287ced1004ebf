"""A dashboard table: what the page shows beside each chart and what the CSV and Excel exports
write. One shape for all three, so the page and the files cannot disagree.

Tables are built per request from a section's data (``dashboards.selectors``), in the reader's
language; the data itself holds no translated text, so one snapshot serves every language.
Each section has a module here with a ``<section>_tables(...) -> list[Table]`` function.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from django.utils.translation import gettext_lazy as _

from organizations.small_groups import few_people_label, too_few_people


class Suppressed(Enum):
    """A cell whose figure would describe fewer than ``MIN_GROUP_SIZE`` people: the page and the
    exports show words and never a number. ``TOO_FEW`` stands for a score or survey figure
    («For få svar»), ``FEW_PEOPLE`` for a count of people (organizations/small_groups.py)."""

    TOO_FEW = "too-few"
    FEW_PEOPLE = "few-people"
    HIDDEN = "hidden"  # a figure of any size left out so that a small one can't be worked out

    def __str__(self) -> str:
        if self is Suppressed.FEW_PEOPLE:
            return few_people_label()
        if self is Suppressed.HIDDEN:
            return str(_("Not shown"))
        return str(_("Too few answers"))


TOO_FEW = Suppressed.TOO_FEW
FEW_PEOPLE = Suppressed.FEW_PEOPLE
HIDDEN = Suppressed.HIDDEN


def people_cell(count: int, *, group: int | None = None, shown: bool = False) -> int | Suppressed:
    """A count of people as a cell: the number, or ``FEW_PEOPLE`` when it or its group is below
    the threshold, unless ``shown`` (what the organisation's setting promises at any size)."""
    if shown or not too_few_people(count, group=group):
        return count
    return FEW_PEOPLE


class Kind(Enum):
    """How a column's values are written: text as it is, counts as whole numbers, percentages
    rounded with a "%", means with two decimals, changes with a sign."""

    TEXT = "text"
    COUNT = "count"
    PERCENT = "percent"
    MEAN = "mean"
    CHANGE = "change"

    @property
    def numeric(self) -> bool:
        return self is not Kind.TEXT


@dataclass(frozen=True)
class Column:
    label: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Chart:
    """Horizontal bars of one numeric column, one bar per row, labelled by the first column.
    ``maximum`` fixes the scale (100 for percentages, 7 for the survey scale); None scales to
    the largest value."""

    value_column: int
    maximum: float | None = None


Cell = str | int | float | None | Suppressed


@dataclass(frozen=True)
class Table:
    """``key`` is an ASCII slug, unique on the page: it names the export file and its URL.
    ``description`` is the sentence under the title saying what the table (and its chart)
    shows. The first column labels the rows. ``hidden_rows`` counts the rows a shortened
    table (``first_rows``) leaves out; the exports are always built from the whole table."""

    key: str
    title: str
    description: str
    columns: list[Column]
    rows: list[list[Cell]]
    chart: Chart | None = None
    empty_text: str = field(default="")
    hidden_rows: int = 0

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(
                    f"Table {self.key}: a row has {len(row)} cells, not {len(self.columns)}."
                )

    @property
    def total_rows(self) -> int:
        return len(self.rows) + self.hidden_rows

    def first_rows(self, count: int) -> Table:
        """The table with only its first ``count`` rows, in the order the section chose (the
        newest, most read or the course order), and how many it leaves out."""
        if len(self.rows) <= count:
            return self
        return replace(self, rows=self.rows[:count], hidden_rows=self.total_rows - count)
