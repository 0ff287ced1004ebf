"""Members submit cases in steps from the front end, save drafts, and propose updates.

Every step edits the latest revision of the case page and saves a new one; the live page, if
any, changes only when an editor approves in Wagtail's moderation workflow."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from cases import selectors, services
from cases.forms.submission import (
    STEPS,
    STEPS_BY_SLUG,
    CaseNewForm,
    Step,
    StepForm,
    field_anchor,
    field_label,
)
from cases.models import CasePage
from core.forms import add_service_error
from organizations.access import current_membership

REVIEW_SLUG = "send-inn"


def _editable_case_or_404(request: HttpRequest, case_id: int) -> CasePage:
    case = selectors.editable_case(case_id, request.user)
    if case is None:
        raise Http404
    return case


def _step_url(case: CasePage, step: Step, check: bool = False) -> str:
    url = reverse("cases:case_step", args=[case.pk, step.slug])
    return f"{url}?kontroller=1" if check else url


def _next_url(case: CasePage, step: Step) -> str:
    position = STEPS.index(step)
    if position + 1 < len(STEPS):
        return _step_url(case, STEPS[position + 1])
    return reverse("cases:case_review", args=[case.pk])


def _steps_nav(case: CasePage, current: str) -> list[dict]:
    items = [
        {"title": step.title, "url": _step_url(case, step), "current": step.slug == current}
        for step in STEPS
    ]
    items.append(
        {
            "title": _("Check and send"),
            "url": reverse("cases:case_review", args=[case.pk]),
            "current": current == REVIEW_SLUG,
        }
    )
    return items


def _problem_links(case: CasePage, problems: dict[str, dict[str, str]]) -> list[dict]:
    """Missing fields grouped by step, each linking to its field on its step."""
    return [
        {
            "step": step,
            "problems": [
                {
                    "label": field_label(name),
                    "message": message,
                    "url": f"{_step_url(case, step, check=True)}#{field_anchor(name)}",
                }
                for name, message in problems[step.slug].items()
            ],
        }
        for step in STEPS
        if step.slug in problems
    ]


@login_required
def my_cases(request: HttpRequest) -> HttpResponse:
    membership = current_membership(request)
    return render(
        request,
        "cases/submission/my_cases.html",
        {
            "rows": selectors.cases_of_member(request.user, membership),
            "membership": membership,
            "pending_interests": selectors.pending_interests_to_answer(membership),
        },
    )


@login_required
def case_new(request: HttpRequest) -> HttpResponse:
    membership = current_membership(request)
    if membership is None:
        return render(request, "cases/submission/no_membership.html")
    form = CaseNewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            case = services.case_draft_create(
                membership=membership, title=form.cleaned_data["title"]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The draft is saved. Fill in the rest at your own pace."))
            return redirect(_step_url(case, STEPS[0]))
    return render(request, "cases/submission/new.html", {"form": form, "membership": membership})


def _form_kwargs(case: CasePage, user) -> dict:
    return {
        "instance": case,
        "user": user,
        "document_choices": selectors.document_choices(case, user),
    }


def _uploads(form: StepForm):
    """The document rows of a posted step that carry a new, valid file."""
    formset = form.formsets.get("documents")
    for child in formset.forms if formset is not None else []:
        upload = getattr(child, "cleaned_data", {}).get("upload")
        if upload is not None and not child.has_error("upload"):
            yield child, upload


def _save_step(form: StepForm, user) -> None:
    with transaction.atomic():
        for child, upload in _uploads(form):
            child.instance.document = services.case_document_store(
                file=upload, title=child.cleaned_data.get("title", ""), user=user
            )
        services.case_draft_save(case=form.save(commit=False), user=user)


def _keep_uploads(form: StepForm, request: HttpRequest, case: CasePage) -> StepForm:
    """A step that must be corrected keeps the files it was posted with: each valid file is
    stored, and the form comes back pointing at it, so it need not be chosen again."""
    data = None
    for child, upload in _uploads(form):
        document = services.case_document_store(
            file=upload, title=child.cleaned_data.get("title", ""), user=request.user
        )
        data = data or request.POST.copy()
        data[child.add_prefix("existing_document")] = str(document.pk)
    if data is None:
        return form
    kept = form.__class__(data, **_form_kwargs(case, request.user))
    kept.is_valid()
    return kept


def _render_step(request, case, step, form, state) -> HttpResponse:
    return render(
        request,
        "cases/submission/step.html",
        {
            "case": case,
            "step": step,
            "form": form,
            "state": state,
            "steps": _steps_nav(case, step.slug),
            "error_links": form.error_links(),
            "is_last": step == STEPS[-1],
        },
    )


@login_required
def case_step(request: HttpRequest, case_id: int, step: str) -> HttpResponse:
    current = STEPS_BY_SLUG.get(step)
    if current is None:
        raise Http404
    case = _editable_case_or_404(request, case_id)
    state = selectors.review_state(case)
    if request.method == "POST":
        if state.locked:
            messages.info(request, _("The case is with the editors and cannot be changed now."))
            return redirect(request.path)
        form = current.form_class(request.POST, request.FILES, **_form_kwargs(case, request.user))
        if form.is_valid():
            _save_step(form, request.user)
            messages.success(request, _("Saved."))
            if request.POST.get("action") == "next":
                return redirect(_next_url(case, current))
            return redirect(request.path)
        form = _keep_uploads(form, request, case)
        return _render_step(request, case, current, form, state)
    form = current.form_class(**_form_kwargs(case, request.user))
    if state.locked:
        form.disable()
    elif "kontroller" in request.GET or selectors.has_been_submitted(case):
        form.show_problems(services.case_submission_problems(case).get(current.slug, {}))
    return _render_step(request, case, current, form, state)


@login_required
def case_review(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _editable_case_or_404(request, case_id)
    state = selectors.review_state(case)
    problems = services.case_submission_problems(case)
    tried = False
    if request.method == "POST" and not state.locked:
        tried = True
        try:
            services.case_submit(case=case, user=request.user)
        except services.CaseIncomplete as incomplete:
            problems = incomplete.problems
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _(
                    "Thank you! The case is sent to the editors. You get an email when they "
                    "have looked at it."
                ),
            )
            return redirect("cases:my_cases")
    return render(
        request,
        "cases/submission/review.html",
        {
            "case": case,
            "state": state,
            "steps": _steps_nav(case, REVIEW_SLUG),
            "problem_groups": _problem_links(case, problems),
            "tried": tried,
        },
    )


@login_required
def case_propose_update(request: HttpRequest, case_id: int) -> HttpResponse:
    """Members of a participating organisation update a published case through the same
    steps; nothing is saved until they save a step, and the live page stays until approved."""
    case = _editable_case_or_404(request, case_id)
    if case.live:
        messages.info(
            request,
            _(
                "You are changing a published case. The published version stays as it is "
                "until the editors approve your changes."
            ),
        )
    return redirect(_step_url(case, STEPS[0]))
