"""The knowledge section: score distributions from each person's best attempt, the gain from
pre-test to final test over people who took both, the 5-person and partition rules on both,
a constant number of queries, and tables that never show a suppressed figure."""

from dataclasses import replace
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from assessments.models import Attempt, QuizKind
from core.codec import from_json, to_json
from dashboards.selectors.knowledge import CourseGain, Knowledge, QuizKnowledge, knowledge
from dashboards.tables import TOO_FEW, Kind
from dashboards.tables.knowledge import knowledge_tables
from tests.factories import DepartmentFactory, members
from tests.factories.courses import build_course
from tests.factories.dashboards import released_knowledge
from tests.factories.quizzes import QuizPageFactory

pytestmark = pytest.mark.django_db


def _add_quiz(module, title, kind=QuizKind.MODULE):
    return QuizPageFactory(parent=module, title=title, kind=kind, pass_mark=75)


def _submit(membership, quiz, percent, *, number=1, minutes_ago=0, submitted=True):
    return Attempt.objects.create(
        user=membership.user,
        quiz=quiz,
        number=number,
        layout=[],
        submitted_at=timezone.now() - timedelta(minutes=minutes_ago) if submitted else None,
        percent=percent,
        passed=percent >= quiz.pass_mark,
    )


@pytest.fixture
def tests_of(course):
    """The course with a pre-test in its first module and a final test in its last."""
    course.pretest = _add_quiz(course.modules[0], "Forhåndstest", QuizKind.PRETEST)
    course.final = _add_quiz(course.modules[-1], "Sluttest", QuizKind.FINAL)
    return course


def _take_both(membership, course, pretest, final):
    _submit(membership, course.pretest, pretest, minutes_ago=60)
    _submit(membership, course.final, final)


def _quiz(data: Knowledge, quiz) -> QuizKnowledge:
    return next(row for row in data.quizzes if row.quiz_id == quiz.pk)


# --- Score distribution ---------------------------------------------------------------------


def test_distribution_counts_each_persons_best_attempt_per_band(tenant, other_tenant, quiz):
    people = members(tenant, 7)
    for membership, percent in zip(people, [10, 19, 20, 59, 79, 100, 15], strict=True):
        _submit(membership, quiz.quiz, percent)
    _submit(people[6], quiz.quiz, 85, number=2)  # best of 15 and 85: 85, in the top band
    _submit(people[5], quiz.quiz, 100, number=2)  # the same best twice counts once
    _submit(people[0], quiz.quiz, 95, number=3, submitted=False)  # not submitted: ignored
    _submit(other_tenant.learner, quiz.quiz, 0)  # another organisation: ignored

    [row] = released_knowledge(tenant.organization).quizzes

    assert row.people == 7
    assert row.distribution == [2, 1, 1, 1, 2]
    assert row.mean_percent == pytest.approx((10 + 19 + 20 + 59 + 79 + 100 + 85) / 7)
    assert row.passed == 3  # 79, 100 and 85 reach the pass mark of 75


def test_suppressed_quiz_has_no_distribution(tenant, quiz):
    for membership in members(tenant, 4):
        _submit(membership, quiz.quiz, 90)

    [row] = released_knowledge(tenant.organization).quizzes

    assert row.suppressed
    assert row.distribution is None and row.people is None and row.mean_percent is None


def test_department_distribution_follows_the_partition_rule(tenant, quiz):
    first = DepartmentFactory(organization=tenant.organization, name="Første")
    second = DepartmentFactory(organization=tenant.organization, name="Andre")
    for membership in members(tenant, 5, first):
        _submit(membership, quiz.quiz, 90)
    for membership in members(tenant, 5, second):
        _submit(membership, quiz.quiz, 30)

    [shown] = released_knowledge(tenant.organization, department=first).quizzes
    assert shown.distribution == [0, 0, 0, 0, 5]
    [whole] = released_knowledge(tenant.organization).quizzes
    assert whole.distribution == [0, 5, 0, 0, 5]

    # One more person without a department: a result alone is never released, so neither
    # the organisation's figures nor the department's change (the subtraction finds nothing).
    _submit(members(tenant, 1)[0], quiz.quiz, 50)
    assert released_knowledge(tenant.organization, department=first).quizzes == [shown]
    assert released_knowledge(tenant.organization).quizzes == [whole]


# --- Gain from pre-test to final test -------------------------------------------------------


def test_gain_counts_only_people_who_took_both_tests(tenant, other_tenant, tests_of):
    course = tests_of
    people = members(tenant, 8)
    for membership, (pre, final) in zip(
        people[:5], [(20, 60), (40, 80), (50, 50), (60, 100), (30, 70)], strict=True
    ):
        _take_both(membership, course, pre, final)
    # The first pre-test counts, even when a later one is better; the best final counts.
    _submit(people[0], course.pretest, 90, number=2)
    _submit(people[1], course.final, 40, number=2)
    _submit(people[5], course.pretest, 10)  # pre-test only
    _submit(people[6], course.final, 100)  # final test only
    _submit(people[7], course.final, 100, submitted=False)
    _submit(people[7], course.pretest, 0)  # unsubmitted final: took only the pre-test
    _take_both(other_tenant.learner, course, 0, 100)  # another organisation

    data = released_knowledge(tenant.organization)

    [gain] = data.gains
    assert gain.released_at is not None
    assert replace(gain, released_at=None) == CourseGain(
        course_id=course.course.pk,
        course_title="Testkurs",
        suppressed=False,
        people=5,
        mean_pretest=(20 + 40 + 50 + 60 + 30) / 5,
        mean_final=(60 + 80 + 50 + 100 + 70) / 5,
        mean_gain=72 - 40,
    )


def test_tests_of_another_course_do_not_make_a_pair(tenant, course_index, tests_of):
    other = build_course(course_index, title="Annet kurs", modules=1, lessons=1)
    other_final = _add_quiz(other.modules[0], "Sluttest", QuizKind.FINAL)
    for membership in members(tenant, 5):
        _submit(membership, tests_of.pretest, 30, minutes_ago=5)
        _submit(membership, other_final, 90)

    assert released_knowledge(tenant.organization).gains == []


def test_gain_is_suppressed_at_four_people_and_shown_at_five(tenant, tests_of):
    people = members(tenant, 5)
    for membership in people[:4]:
        _take_both(membership, tests_of, 40, 80)

    [hidden] = released_knowledge(tenant.organization).gains
    assert hidden == CourseGain(
        course_id=tests_of.course.pk, course_title="Testkurs", suppressed=True
    )

    _take_both(people[4], tests_of, 40, 80)
    [shown] = released_knowledge(tenant.organization).gains
    assert not shown.suppressed
    assert (shown.people, shown.mean_pretest, shown.mean_final, shown.mean_gain) == (5, 40, 80, 40)


def test_department_gain_is_hidden_when_another_group_is_small(tenant, tests_of):
    """The organisation (9) minus a shown department (5) would reveal a group of 4."""
    large = DepartmentFactory(organization=tenant.organization, name="Stor")
    small = DepartmentFactory(organization=tenant.organization, name="Liten")
    for membership in members(tenant, 5, large):
        _take_both(membership, tests_of, 40, 80)
    for membership in members(tenant, 4, small):
        _take_both(membership, tests_of, 20, 30)

    [whole] = released_knowledge(tenant.organization).gains
    [large_gain] = released_knowledge(tenant.organization, department=large).gains
    [small_gain] = released_knowledge(tenant.organization, department=small).gains

    assert not whole.suppressed and whole.people == 9
    assert large_gain.suppressed and large_gain.people is None
    assert small_gain.suppressed and small_gain.mean_gain is None


def test_department_gain_is_shown_when_every_group_is_empty_or_large_enough(tenant, tests_of):
    first = DepartmentFactory(organization=tenant.organization, name="Første")
    second = DepartmentFactory(organization=tenant.organization, name="Andre")
    for membership in members(tenant, 5, first):
        _take_both(membership, tests_of, 40, 90)
    for membership in members(tenant, 5, second):
        _take_both(membership, tests_of, 60, 70)
    # People who took only one of the tests are in no pair group, so they can't be derived.
    pretest_only = members(tenant, 2)
    for membership in pretest_only:
        _submit(membership, tests_of.pretest, 10, minutes_ago=60)
    _submit(members(tenant, 1)[0], tests_of.final, 50)

    [first_gain] = released_knowledge(tenant.organization, department=first).gains

    assert not first_gain.suppressed
    assert (first_gain.people, first_gain.mean_pretest, first_gain.mean_final) == (5, 40, 90)
    assert first_gain.mean_gain == 50

    # One of them takes the final test too: one new pair is never released on its own.
    _submit(pretest_only[0], tests_of.final, 50)
    assert released_knowledge(tenant.organization, department=first).gains == [first_gain]
    [whole] = released_knowledge(tenant.organization).gains
    assert whole.people == 10


# --- Queries ---------------------------------------------------------------------------------


def _queries(function) -> int:
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


def test_query_count_does_not_grow_with_members_attempts_or_quizzes(tenant, course_index, tests_of):
    org = tenant.organization
    department = tenant.admin.department

    def populate(course, count):
        for membership in members(tenant, count, department):
            _take_both(membership, course, 30, 80)
            _submit(membership, course.final, 90, number=2)

    def read():
        knowledge(org)
        knowledge(org, department=department)

    populate(tests_of, 3)
    released_knowledge(org)
    small = _queries(read)

    populate(tests_of, 12)
    other = build_course(course_index, title="Annet kurs", modules=2, lessons=1)
    other.pretest = _add_quiz(other.modules[0], "Forhåndstest", QuizKind.PRETEST)
    other.final = _add_quiz(other.modules[1], "Sluttest", QuizKind.FINAL)
    module_quiz = _add_quiz(other.modules[0], "Quiz", QuizKind.MODULE)
    populate(other, 7)
    for membership in members(tenant, 6):
        _submit(membership, module_quiz, 55)
    released_knowledge(org)
    large = _queries(read)

    data = released_knowledge(org)
    assert len(data.quizzes) == 5 and len(data.gains) == 2  # the larger data was read
    assert small == large == 12  # six queries a call: two per release scope, two for places


# --- Tables ----------------------------------------------------------------------------------


def _data() -> Knowledge:
    return Knowledge(
        quizzes=[
            QuizKnowledge(
                quiz_id=1,
                quiz_title="Quiz modul 1",
                course_title="Testkurs",
                module_title="Modul 1",
                suppressed=False,
                people=8,
                passed=6,
                mean_percent=72.5,
                distribution=[0, 1, 1, 2, 4],
            ),
            QuizKnowledge(
                quiz_id=2,
                quiz_title="Sluttest",
                course_title="Testkurs",
                module_title="Modul 2",
                suppressed=True,
            ),
        ],
        gains=[
            CourseGain(
                course_id=10,
                course_title="Testkurs",
                suppressed=False,
                people=6,
                mean_pretest=40.5,
                mean_final=75.0,
                mean_gain=34.5,
            ),
            CourseGain(course_id=11, course_title="Annet kurs", suppressed=True),
        ],
    )


def _numeric_cells(table, row):
    return [cell for cell, column in zip(row, table.columns, strict=True) if column.kind.numeric]


def test_tables_show_too_few_and_never_a_number_for_suppressed_rows():
    with translation.override("en"):
        results, distribution, gains = knowledge_tables(_data())

    assert [t.key for t in (results, distribution, gains)] == [
        "kunnskap-quiz",
        "kunnskap-fordeling",
        "kunnskap-gevinst",
    ]
    for table in (results, distribution, gains):
        assert table.description and table.empty_text
        shown, suppressed = table.rows
        assert all(isinstance(cell, int | float) for cell in _numeric_cells(table, shown))
        assert _numeric_cells(table, suppressed)
        assert all(cell is TOO_FEW for cell in _numeric_cells(table, suppressed))

    assert results.rows[0] == ["Testkurs – Quiz modul 1", "Modul 1", 8, 75.0, 72.5, ""]
    assert results.rows[1][:2] == ["Testkurs – Sluttest", "Modul 2"]
    assert results.columns[results.chart.value_column].label == "Pass rate"
    assert results.chart.maximum == 100

    assert distribution.rows[0] == ["Testkurs – Quiz modul 1", 0, 1, 1, 2, 4]
    assert [c.kind for c in distribution.columns[1:]] == [Kind.COUNT] * 5
    assert distribution.chart is None

    assert gains.rows[0] == ["Testkurs", 6, 40.5, 75.0, 35, ""]  # the gain in whole points
    assert gains.rows[1] == ["Annet kurs", TOO_FEW, TOO_FEW, TOO_FEW, TOO_FEW, ""]
    assert gains.columns[4].kind is Kind.CHANGE
    assert gains.chart.value_column == 4


def test_tables_of_no_data_are_empty_with_a_sentence_saying_so():
    tables = knowledge_tables(Knowledge(quizzes=[], gains=[]))

    assert [len(t.rows) for t in tables] == [0, 0, 0]
    assert all(t.empty_text for t in tables)


def test_tables_from_live_data_keep_suppressed_quizzes_without_figures(tenant, quiz, tests_of):
    for membership in members(tenant, 5):
        _submit(membership, quiz.quiz, 80)
    for membership in members(tenant, 3):
        _take_both(membership, tests_of, 10, 90)

    results, distribution, gains = knowledge_tables(released_knowledge(tenant.organization))

    by_label = {row[0]: row for row in distribution.rows}
    assert by_label["Testkurs – Quiz modul 1"] == ["Testkurs – Quiz modul 1", 0, 0, 0, 0, 5]
    assert by_label["Testkurs – Forhåndstest"][1:] == [TOO_FEW] * 5
    assert gains.rows == [["Testkurs", TOO_FEW, TOO_FEW, TOO_FEW, TOO_FEW, ""]]
    quiz_rows = {row[0]: row for row in results.rows}
    assert quiz_rows["Testkurs – Quiz modul 1"][2:5] == [5, 100.0, 80.0]
    assert quiz_rows["Testkurs – Quiz modul 1"][5]  # the date the figures are from
    assert quiz_rows["Testkurs – Sluttest"][2:] == [TOO_FEW] * 3 + [""]


def test_a_snapshot_gives_back_the_live_result(tenant, quiz, tests_of):
    for membership in members(tenant, 5):
        _submit(membership, quiz.quiz, 65)
        _take_both(membership, tests_of, 35, 85)
    live = released_knowledge(tenant.organization)

    assert from_json(Knowledge, to_json(live)) == live
    assert live.gains[0].mean_gain == 50 and live.quizzes[0].distribution is not None
