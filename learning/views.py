"""The learner's actions (start a course, mark a step done), "Mine kurs" and certificates."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.forms import add_service_error
from courses.models import CoursePage
from learning import selectors, services
from learning.certificates import certificate_pdf
from learning.forms import AssignmentForm, CertificateCodeForm
from learning.models import (
    CERTIFICATE_CODE_LENGTH,
    CourseCompletion,
    certificate_code_normalize,
)
from organizations.access import current_membership, lead_required


@require_POST
@login_required
def enrol(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    membership = current_membership(request)
    services.enrolment_create(
        user=request.user,
        course=course,
        organization=membership.organization if membership else None,
    )
    resume = selectors.course_detail(request.user, course).resume_step
    return redirect(resume.url if resume else course.url)


@require_POST
@login_required
def complete_step(request: HttpRequest, step_id: int) -> HttpResponse:
    step = get_object_or_404(Page, pk=step_id)
    try:
        services.step_mark_done(user=request.user, step=step)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(step.url if step.live else "/")
    course = services.course_for_step(step)
    detail = selectors.course_detail(request.user, course)
    if detail.completion:
        messages.success(
            request, _("Well done! You have completed the course. Your certificate is ready.")
        )
        return redirect(course.url)
    next_step = detail.resume_step
    return redirect(next_step.url if next_step else course.url)


@login_required
def my_courses(request: HttpRequest) -> HttpResponse:
    assigned = selectors.assignments_for(request.user)
    shown = {item.assignment.course_id for item in assigned}
    rows = [row for row in selectors.my_courses(request.user) if row.course.pk not in shown]
    return render(request, "learning/my_courses.html", {"assigned": assigned, "rows": rows})


@login_required
def certificate_download(request: HttpRequest, code: str) -> HttpResponse:
    """The PDF, for the person it was issued to only."""
    if certificate_code_normalize(code) != code:
        raise Http404
    completion = get_object_or_404(CourseCompletion, certificate_code=code, user=request.user)
    verify_url = request.build_absolute_uri(reverse("learning:certificate_verify", args=[code]))
    response = HttpResponse(certificate_pdf(completion, verify_url), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="kursbevis-{code}.pdf"'
    return response


def _certificate_not_found(request: HttpRequest, form: CertificateCodeForm) -> HttpResponse:
    context = {"form": form, "code_length": CERTIFICATE_CODE_LENGTH}
    return render(request, "learning/certificate_not_found.html", context, status=404)


def certificate_check(request: HttpRequest) -> HttpResponse:
    """A form to type a certificate's code into; a known code goes on to its page."""
    if "kode" not in request.GET:
        return render(request, "learning/certificate_check.html", {"form": CertificateCodeForm()})
    form = CertificateCodeForm(request.GET)
    if not form.is_valid():  # also refuses NUL bytes (Django's CharField)
        return render(request, "learning/certificate_check.html", {"form": form}, status=400)
    code = form.cleaned_data["kode"]
    if code is None or not CourseCompletion.objects.filter(certificate_code=code).exists():
        return _certificate_not_found(request, form)
    return redirect("learning:certificate_verify", code)


def friendly_not_found(view):
    """An unknown certificate code gets a page that says so, with the form to try again."""

    @wraps(view)
    def wrapped(request: HttpRequest, code: str) -> HttpResponse:
        try:
            return view(request, code)
        except Http404:
            return _certificate_not_found(request, CertificateCodeForm())

    return wrapped


@friendly_not_found
def certificate_verify(request: HttpRequest, code: str) -> HttpResponse:
    """Anyone holding a code can check that the certificate is real."""
    completion = selectors.certificate_by_code(code)
    return render(request, "learning/certificate_verify.html", {"completion": completion})


@lead_required
def assignments(request: HttpRequest) -> HttpResponse:
    """A lead assigns courses to their organisation and follows how far people have come."""
    organization = request.membership.organization
    form = AssignmentForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        try:
            assignment = services.assignment_create(
                organization=organization,
                course=form.cleaned_data["course"],
                due_date=form.cleaned_data["due_date"],
                department=form.cleaned_data["department"],
                role=form.cleaned_data["role"],
                assigned_by=request.user,
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request, _("«%(course)s» is assigned.") % {"course": assignment.course.title}
            )
            return redirect("learning:assignments")
    return render(
        request,
        "learning/assignments.html",
        {
            "form": form,
            "rows": [
                (row, row.counts_shown(person_status_allowed=organization.leads_see_person_status))
                for row in selectors.assignments_of(organization)
            ],
        },
    )
