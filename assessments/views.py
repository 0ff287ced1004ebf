"""Taking a quiz: start, answer (saved as you go), submit, review. Thin: parse, call, render."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments import selectors, services
from assessments.forms import SurveyRoundForm, answers_from_post
from assessments.models import QuestionType, QuizKind, QuizPage
from assessments.scale import scale_points
from assessments.scoring import LOW_ALPHA_THRESHOLD, MIN_ALPHA_RESPONDENTS
from core.forms import add_service_error
from core.ratelimit import rate_limit
from courses.selectors import step_navigation
from learning.services import course_for_step
from organizations.access import lead_required


@require_POST
@login_required
def attempt_start(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = get_object_or_404(QuizPage.objects.live().public(), pk=quiz_id)
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(quiz.url)
    return redirect("assessments:attempt", attempt.pk)


def _answers_from_form(request: HttpRequest, shown) -> list[dict]:
    """Turn the posted form into one answer per question that the form carried."""
    answers = []
    for item in shown:
        field = f"q-{item.question.pk}"
        kind = item.question.answer_type
        if kind == QuestionType.NUMERIC:
            if field in request.POST:
                answers.append({"question_id": item.question.pk, "number": request.POST[field]})
        elif kind == QuestionType.ORDERING:
            positions = {o.pk: request.POST.get(f"{field}-{o.pk}", "") for o in item.options}
            if all(positions.values()):
                ordered = sorted(positions, key=lambda pk: (positions[pk], pk))
                answers.append({"question_id": item.question.pk, "choices": ordered})
        elif field in request.POST:
            answers.append(
                {"question_id": item.question.pk, "choices": request.POST.getlist(field)}
            )
    return answers


def _messages(refusals: list[ValidationError]) -> list[str]:
    return [refusal.messages[0] for refusal in refusals]


@login_required
@rate_limit("quiz_submit", methods={"POST"})
def attempt_take(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = selectors.attempt_of(request.user, attempt_id)
    if attempt.submitted_at:
        return redirect("assessments:review", attempt.pk)
    shown = selectors.attempt_questions(attempt)
    errors = []
    if request.method == "POST":
        try:
            errors = _messages(
                services.answers_save(attempt=attempt, answers=_answers_from_form(request, shown))
            )
        except ValidationError as error:
            errors = error.messages
        if not errors and request.POST.get("action") == "submit":
            attempt = services.attempt_submit(attempt=attempt, user=request.user)
            return redirect("assessments:review", attempt.pk)
        if not errors:
            messages.success(request, _("Your answers are saved."))
            return redirect("assessments:attempt", attempt.pk)
        shown = selectors.attempt_questions(attempt)
    return render(
        request,
        "assessments/attempt.html",
        {"attempt": attempt, "questions": shown, "errors": errors, "quiz": attempt.quiz},
        status=400 if errors else 200,
    )


@require_POST
@login_required
def answer_autosave(request: HttpRequest, attempt_id: int) -> JsonResponse:
    """Called by static/js/quiz.js on every change, so a reload or lost connection keeps it."""
    attempt = selectors.attempt_of(request.user, attempt_id)
    shown = [
        q
        for q in selectors.attempt_questions(attempt)
        if str(q.question.pk) == request.POST.get("question")
    ]
    try:
        errors = _messages(
            services.answers_save(attempt=attempt, answers=_answers_from_form(request, shown))
        )
    except ValidationError as error:
        errors = error.messages
    if errors:
        return JsonResponse({"saved": False, "error": errors[0]}, status=400)
    return JsonResponse({"saved": bool(shown)})


@login_required
def attempt_review(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = selectors.attempt_of(request.user, attempt_id)
    if not attempt.submitted_at:
        return redirect("assessments:attempt", attempt.pk)
    # Where to go on: the step after the quiz, as on a lesson, or the course page after the last.
    navigation = step_navigation(attempt.quiz)
    return render(
        request,
        "assessments/review.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": selectors.attempt_questions(attempt),
            "show_right": selectors.right_answers_shown(request.user, attempt.quiz),
            "gain": selectors.knowledge_gain(request.user, course_for_step(attempt.quiz))
            if attempt.quiz.kind == QuizKind.FINAL
            else None,
            "next_step": navigation["next_step"],
            "course": navigation["course"],
        },
    )


# The capacity survey ----------------------------------------------------------------------


@lead_required
def survey_rounds(request: HttpRequest) -> HttpResponse:
    """A lead opens survey rounds and sees who has answered (counts only)."""
    organization = request.membership.organization
    form = SurveyRoundForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        try:
            survey_round = services.survey_round_create(
                organization=organization,
                title=form.cleaned_data["title"],
                opens_on=form.cleaned_data["opens_on"],
                closes_on=form.cleaned_data["closes_on"],
                departments=list(form.cleaned_data["departments"]),
                by_department=form.cleaned_data["by_department"],
                created_by=request.user,
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("The round «%(title)s» is open; invitations are on their way.")
                % {"title": survey_round.title},
            )
            return redirect("assessments:survey_rounds")
    rounds = organization.survey_rounds.annotate(answered=Count("participations"))
    return render(request, "assessments/survey_rounds.html", {"form": form, "rounds": rounds})


@lead_required
def survey_results(request: HttpRequest, round_id: int) -> HttpResponse:
    """A round's figures, only after it has closed and as fixed then; before that only how
    many have answered and when results come."""
    survey_round = selectors.survey_round_of(request.membership.organization, round_id)
    results = services.survey_round_results_release(survey_round=survey_round)
    return render(
        request,
        "assessments/survey_results.html",
        {
            "round": survey_round,
            "results": results,
            "participation": selectors.round_participation(survey_round) if not results else None,
            "available_on": survey_round.closes_on + timedelta(days=1),
            "names": selectors.dimension_names(),
            "min_alpha_respondents": MIN_ALPHA_RESPONDENTS,
            "low_alpha": LOW_ALPHA_THRESHOLD,
        },
    )


@login_required
def survey_answer(request: HttpRequest, round_id: int) -> HttpResponse:
    """A member answers a round once. Their answers are shown to them in the response to the
    submission itself and kept nowhere else (not in the session either): the stored answers
    carry no link to them, and the page cannot be loaded again."""
    survey_round = selectors.survey_round_for_member(request.user, round_id)
    statements = selectors.survey_statements()
    answers = answers_from_post(request.POST, statements) if request.method == "POST" else {}
    error = None
    if request.method == "POST":
        try:
            services.survey_response_submit(
                survey_round=survey_round, user=request.user, answers=answers
            )
        except ValidationError as refusal:
            error = refusal.messages[0]
        else:
            labels = dict(scale_points())
            rows = [
                (s, answers[s.pk], labels[answers[s.pk]])
                for s in statements
                if answers.get(s.pk) is not None
            ]
            response = render(request, "assessments/survey_thanks.html", {"rows": rows})
            patch_cache_control(response, private=True, no_store=True)
            return response
    return render(
        request,
        "assessments/survey_answer.html",
        {
            "round": survey_round,
            "statements": statements,
            "scale": scale_points(),
            "answers": answers,
            "error": error,
        },
        status=400 if error else 200,
    )
