"""Reads for quizzes, scoped to the person asking. Before submission nothing here tells which
option is right; the review is only built for submitted attempts."""

from dataclasses import asdict, dataclass, field
from datetime import datetime

from django.shortcuts import get_object_or_404
from django.utils import timezone

from assessments import scoring
from assessments.models import (
    Answer,
    Attempt,
    Option,
    Question,
    QuizKind,
    QuizPage,
    RightAnswers,
    SurveyAnswer,
    SurveyDimension,
    SurveyRound,
    SurveyStatement,
)
from learning.models import Enrolment
from learning.services import course_for_step
from organizations.models import Department, Membership, MembershipStatus


def quiz_overview(user, quiz: QuizPage) -> dict:
    """What the quiz page shows a person: their attempts, whether they may start another."""
    if not user.is_authenticated:
        return {"attempts": [], "can_start": False, "enrolled": False}
    course = course_for_step(quiz)
    attempts = list(Attempt.objects.filter(user=user, quiz=quiz).order_by("number"))
    used = len(attempts)
    open_attempt = next((a for a in attempts if not a.submitted_at), None)
    left = max(quiz.attempt_limit - used, 0) if quiz.attempt_limit else None
    return {
        "course": course,
        "attempts": attempts,
        "open_attempt": open_attempt,
        "attempts_left": left,
        "passed": any(a.passed for a in attempts),
        "best_percent": max((a.percent or 0 for a in attempts if a.submitted_at), default=None),
        "enrolled": Enrolment.objects.filter(user=user, course=course).exists(),
        "can_start": open_attempt is None and (left is None or left > 0),
        "gain": knowledge_gain(user, course) if quiz.kind == QuizKind.FINAL else None,
    }


def attempt_of(user, attempt_id: int) -> Attempt:
    """A person's own attempt; anyone else's answers 404."""
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=attempt_id, user=user)


def right_answers_shown(user, quiz: QuizPage) -> bool:
    """Whether the review of the person's attempts may name the right options. On a graded
    quiz they wait until the person has passed or has used all their attempts, so a retry
    cannot be passed by copying them."""
    if quiz.right_answers == RightAnswers.AFTER_EACH_ATTEMPT:
        return True
    if quiz.right_answers != RightAnswers.AFTER_PASSING:
        return False
    attempts = list(Attempt.objects.filter(user=user, quiz=quiz).values_list("passed", flat=True))
    if any(attempts):
        return True
    graded = [passed for passed in attempts if passed is not None]
    return bool(quiz.attempt_limit) and len(graded) >= quiz.attempt_limit


@dataclass
class ShownQuestion:
    number: int
    question: Question
    options: list[Option]
    answer: Answer | None

    @property
    def chosen(self) -> set[int]:
        return set(self.answer.choices) if self.answer else set()

    @property
    def order(self) -> dict[int, int]:
        """Position (1-based) the learner gave each item of an ordering question."""
        if not self.answer:
            return {}
        return {option_id: n for n, option_id in enumerate(self.answer.choices, start=1)}

    @property
    def answered_order(self) -> list[Option]:
        """The items of an ordering question in the order the learner gave them."""
        order = self.order
        return sorted((o for o in self.options if o.pk in order), key=lambda o: order[o.pk])


def attempt_questions(attempt: Attempt) -> list[ShownQuestion]:
    """The attempt's questions and options in the order fixed at its start (three queries)."""
    questions = Question.objects.in_bulk(attempt.question_ids)
    options = Option.objects.in_bulk([pk for _q, ids in attempt.layout for pk in ids])
    answers = {a.question_id: a for a in attempt.answers.all()}
    return [
        ShownQuestion(
            number=n,
            question=questions[question_id],
            options=[options[pk] for pk in option_ids if pk in options],
            answer=answers.get(question_id),
        )
        for n, (question_id, option_ids) in enumerate(attempt.layout, start=1)
        if question_id in questions
    ]


# The capacity survey ----------------------------------------------------------------------


def survey_round_members(survey_round: SurveyRound):
    """The active members a round asks: everyone, or those in its departments."""
    members = Membership.objects.filter(
        organization_id=survey_round.organization_id, status=MembershipStatus.ACTIVE
    )
    departments = list(survey_round.departments.values_list("pk", flat=True))
    return members.filter(department_id__in=departments) if departments else members


def survey_round_asked(survey_round: SurveyRound, answered: int) -> int:
    """How many people the round asked: those in scope when it opened (not people who joined
    later), and never fewer than have answered (someone who joined later may still answer)."""
    if survey_round.invited_count is None:  # a round opened before the count was recorded
        return survey_round_members(survey_round).count()
    return max(survey_round.invited_count, answered)


def open_rounds_for(user) -> list[SurveyRound]:
    """Rounds open today that ask this person and that they have not answered."""
    today = timezone.localdate()
    memberships = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE)
    rounds = (
        SurveyRound.objects.filter(
            organization__in=memberships.values("organization"),
            opens_on__lte=today,
            closes_on__gte=today,
        )
        .exclude(participations__user=user)
        .prefetch_related("departments")
        .select_related("organization")
    )
    by_org = {m.organization_id: m.department_id for m in memberships}
    return [
        r
        for r in rounds
        if not r.departments.all()
        or by_org[r.organization_id] in {d.pk for d in r.departments.all()}
    ]


def survey_round_of(organization, round_id: int) -> SurveyRound:
    """A round of this organisation; another organisation's round answers 404."""
    return get_object_or_404(SurveyRound, pk=round_id, organization=organization)


def survey_round_for_member(user, round_id: int) -> SurveyRound:
    """A round of one of the person's organisations; any other round answers 404."""
    organizations = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE).values(
        "organization"
    )
    return get_object_or_404(SurveyRound, pk=round_id, organization__in=organizations)


def survey_statements() -> list[SurveyStatement]:
    return list(SurveyStatement.objects.filter(is_active=True).select_related("dimension"))


def dimension_names() -> dict[str, str]:
    """The capacity dimensions' names in the reader's language, by key (one query)."""
    return {
        dimension.key: dimension.localized("name") for dimension in SurveyDimension.objects.all()
    }


@dataclass(frozen=True)
class Participation:
    asked: int
    answered: int


def round_participation(survey_round: SurveyRound) -> Participation:
    """How many a round asks and how many have answered: counts of people, never a score."""
    answered = survey_round.participations.count()
    return Participation(asked=survey_round_asked(survey_round, answered), answered=answered)


def round_closed(survey_round: SurveyRound) -> bool:
    """A round closes at the end of its closing day, Norwegian time (TIME_ZONE)."""
    return survey_round.closes_on < timezone.localdate()


@dataclass(frozen=True)
class DimensionResult:
    key: str  # SurveyDimension.key
    result: scoring.GroupResult | None  # None: fewer than 5 answered, no figures at all


@dataclass(frozen=True)
class DepartmentResults:
    name: str
    answered: int
    dimensions: list[DimensionResult]  # result None where the breakdown is withheld


@dataclass(frozen=True)
class RoundResults:
    """A round's figures as fixed when it closed (see ``round_results``)."""

    asked: int
    answered: int
    dimensions: list[DimensionResult]
    potential: scoring.GroupResult | None
    realised: scoring.GroupResult | None
    departments: list[DepartmentResults] = field(default_factory=list)
    departments_withheld: bool = False  # by department, but a group of 1 to 4 would show
    frozen_at: datetime | None = None

    @property
    def too_few(self) -> bool:
        return self.answered < scoring.MIN_GROUP_SIZE

    @property
    def alpha_withheld(self) -> bool:
        """Some dimension has figures but no alpha (fewer than 30 answered all of it)."""
        return any(row.result and row.result.alpha is None for row in self.dimensions)

    @property
    def alpha_low(self) -> bool:
        """Some dimension's alpha is below 0.70, or negative."""
        return any(
            row.result
            and row.result.alpha is not None
            and row.result.alpha < scoring.LOW_ALPHA_THRESHOLD
            for row in self.dimensions
        )


def _answer_rows(survey_round: SurveyRound) -> dict:
    """Answers per response: {response id: (department id, {statement id: value})}."""
    answers = SurveyAnswer.objects.filter(response__round=survey_round)
    rows: dict = {}
    for response_id, department_id, statement_id, value in answers.values_list(
        "response_id", "response__department_id", "statement_id", "value"
    ):
        rows.setdefault(response_id, (department_id, {}))[1][statement_id] = value
    return rows


def _dimension_items() -> list[tuple[str, list[int]]]:
    statements = [s for s in survey_statements() if s.is_core and s.dimension_id]
    return [
        (dimension.key, [s.pk for s in statements if s.dimension_id == dimension.pk])
        for dimension in SurveyDimension.objects.all()
    ]


def _scored(row: dict, items: list[int]) -> bool:
    return scoring.person_dimension_score([row.get(pk) for pk in items], len(items)) is not None


def _department_breakdown(
    survey_round: SurveyRound, rows: list[tuple], dimensions: list[tuple[str, list[int]]]
) -> tuple[list[DepartmentResults], bool]:
    """Figures per department, only where they cannot be subtracted from the total to reveal a
    small group: every group (each department, and the rest without a department) must have 0
    or at least 5 respondents, and on each dimension 0 or at least 5 with a score there.
    Otherwise the total minus the departments shown would isolate the small group."""
    if not survey_round.by_department:
        return [], False
    groups: dict = {}
    for department_id, answers in rows:
        groups.setdefault(department_id, []).append(answers)
    if any(0 < len(answers) < scoring.MIN_GROUP_SIZE for answers in groups.values()):
        return [], True
    names = dict(
        Department.objects.filter(pk__in=[pk for pk in groups if pk]).values_list("pk", "name")
    )
    shown_dimensions = {
        key
        for key, items in dimensions
        if items
        and not any(
            0 < sum(_scored(row, items) for row in answers) < scoring.MIN_GROUP_SIZE
            for answers in groups.values()
        )
    }
    departments = [
        DepartmentResults(
            name=names.get(department_id, ""),
            answered=len(answers),
            dimensions=[
                DimensionResult(
                    key,
                    _group([[row.get(pk) for pk in items] for row in answers], len(items))
                    if key in shown_dimensions
                    else None,
                )
                for key, items in dimensions
            ],
        )
        for department_id, answers in groups.items()
        if department_id is not None
    ]
    withheld = len(shown_dimensions) < len(dimensions)
    return sorted(departments, key=lambda d: d.name), withheld


def compute_round_results(survey_round: SurveyRound) -> RoundResults:
    """Capacity per dimension for a round from its stored answers, only where at least 5
    people answered. Only `assessments.services.survey_round_seal` calls this, once, when the
    round has closed; everything shown reads the fixed copy through ``round_results``."""
    rows = list(_answer_rows(survey_round).values())
    dimensions = _dimension_items()
    results, person_scores = [], {}
    for key, items in dimensions:
        matrix = [[answers.get(pk) for pk in items] for _department, answers in rows]
        results.append(DimensionResult(key, _group(matrix, len(items))))
        person_scores[key] = [
            scoring.person_dimension_score(r, len(items)) if items else None for r in matrix
        ]
    departments, withheld = _department_breakdown(survey_round, rows, dimensions)
    return RoundResults(
        asked=survey_round_asked(survey_round, len(rows)),
        answered=len(rows),
        dimensions=results,
        potential=_index(person_scores, "acquisition", "assimilation", scoring.potential),
        realised=_index(person_scores, "transformation", "exploitation", scoring.realised),
        departments=departments,
        departments_withheld=withheld,
    )


def _group(matrix, n_items: int):
    if n_items not in (3, 4):
        return None
    return scoring.group_dimension_result(matrix, n_items)


def _index(person_scores: dict, first: str, second: str, combine):
    pairs = zip(person_scores.get(first, []), person_scores.get(second, []), strict=False)
    values = [v for v in (combine(a, b) for a, b in pairs) if v is not None]
    return scoring.group_index_result(values)


def results_to_json(results: RoundResults) -> dict:
    return asdict(results) | {"frozen_at": None}


def _group_result(data: dict | None) -> scoring.GroupResult | None:
    return scoring.GroupResult(**data) if data else None


def _dimension_results(data: list[dict]) -> list[DimensionResult]:
    return [DimensionResult(row["key"], _group_result(row["result"])) for row in data]


def round_results(survey_round: SurveyRound) -> RoundResults | None:
    """The figures of a round as they were fixed after it closed; None before that. They never
    change afterwards, whatever happens to statements, dimensions, departments or members."""
    data = survey_round.results
    if data is None or survey_round.results_frozen_at is None:
        return None
    return RoundResults(
        asked=data["asked"],
        answered=data["answered"],
        dimensions=_dimension_results(data["dimensions"]),
        potential=_group_result(data["potential"]),
        realised=_group_result(data["realised"]),
        departments=[
            DepartmentResults(d["name"], d["answered"], _dimension_results(d["dimensions"]))
            for d in data.get("departments", [])
        ],
        departments_withheld=data.get("departments_withheld", False),
        frozen_at=survey_round.results_frozen_at,
    )


@dataclass(frozen=True)
class KnowledgeGain:
    pretest: int | None  # first submitted pre-test, in percent
    final: int | None  # best submitted final test, in percent

    @property
    def gain(self) -> int | None:
        if self.pretest is None or self.final is None:
            return None
        return self.final - self.pretest


def knowledge_gain(user, course) -> KnowledgeGain:
    """A learner's pre-test and final-test results in one course (one query)."""
    attempts = (
        Attempt.objects.filter(
            user=user,
            submitted_at__isnull=False,
            quiz__path__startswith=course.path,
            quiz__kind__in=[QuizKind.PRETEST, QuizKind.FINAL],
        )
        .order_by("submitted_at")
        .values_list("quiz__kind", "percent")
    )
    pretest = next((p for kind, p in attempts if kind == QuizKind.PRETEST), None)
    finals = [p for kind, p in attempts if kind == QuizKind.FINAL]
    return KnowledgeGain(pretest=pretest, final=max(finals) if finals else None)
