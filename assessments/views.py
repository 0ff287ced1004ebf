"""Taking a quiz: start, answer (saved as you go), submit, review. Thin: parse, call, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments import selectors, services
from assessments.models import QuestionType, QuizPage


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


@login_required
def attempt_take(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = selectors.attempt_of(request.user, attempt_id)
    if attempt.submitted_at:
        return redirect("assessments:review", attempt.pk)
    shown = selectors.attempt_questions(attempt)
    errors = []
    if request.method == "POST":
        for answer in _answers_from_form(request, shown):
            try:
                services.answer_save(attempt=attempt, **answer)
            except ValidationError as error:
                errors.append(error.messages[0])
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
        for answer in _answers_from_form(request, shown):
            services.answer_save(attempt=attempt, **answer)
    except ValidationError as error:
        return JsonResponse({"saved": False, "error": error.messages[0]}, status=400)
    return JsonResponse({"saved": bool(shown)})


@login_required
def attempt_review(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = selectors.attempt_of(request.user, attempt_id)
    if not attempt.submitted_at:
        return redirect("assessments:attempt", attempt.pk)
    return render(
        request,
        "assessments/review.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": selectors.attempt_questions(attempt),
        },
    )
