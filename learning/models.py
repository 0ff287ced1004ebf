"""A learner's state in courses: enrolments, completed steps, completed courses (with their
certificates) and courses assigned by a lead. Progress is derived from step completions."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Chose it themself")
    ASSIGNMENT = "assignment", _("Assigned")


class Enrolment(models.Model):
    """A person taking a course, with the organisation they took it for."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrolments",
    )
    source = models.CharField(max_length=16, choices=EnrolmentSource, default=EnrolmentSource.SELF)
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]
        indexes = [models.Index(fields=["organization", "course"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.course}"


class StepCompletion(models.Model):
    """A person finished one step (any child page of a module). The course is stored too, so a
    course's progress is one indexed count."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="step_completions"
    )
    step = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("completed step")
        verbose_name_plural = _("completed steps")
        constraints = [
            models.UniqueConstraint(fields=["user", "step"], name="one_completion_per_step")
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.step_id}"


CERTIFICATE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""No look-alikes (0/O, 1/I/L), so a code is easy to read aloud or type."""
CERTIFICATE_CODE_LENGTH = 12
CERTIFICATE_CODE_EXAMPLE = "7KQ2MZ9WX4PA"
"""Shown where a person is asked to type a code; tests check it is a possible code."""


def new_certificate_code() -> str:
    return "".join(
        secrets.choice(CERTIFICATE_CODE_ALPHABET) for _ in range(CERTIFICATE_CODE_LENGTH)
    )


def certificate_code_normalize(typed: str) -> str | None:
    """The code as it is stored, from what a person typed or followed (spaces anywhere, any
    case), or None when it cannot be a code, so it is never looked up."""
    code = "".join(typed.split()).upper()
    if len(code) != CERTIFICATE_CODE_LENGTH or not set(code) <= set(CERTIFICATE_CODE_ALPHABET):
        return None
    return code


class CourseCompletion(models.Model):
    """A finished course and its certificate, verifiable by anyone who has the code."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions"
    )
    course = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.SET_NULL, null=True, blank=True
    )
    # Kept as text so the certificate still reads right if the course or person is renamed.
    course_title = models.CharField(max_length=255)
    person_name = models.CharField(max_length=200)
    organization_name = models.CharField(max_length=200, blank=True)
    completed_at = models.DateTimeField(auto_now_add=True)
    certificate_code = models.CharField(
        max_length=CERTIFICATE_CODE_LENGTH, unique=True, default=new_certificate_code
    )

    class Meta:
        verbose_name = _("completed course")
        verbose_name_plural = _("completed courses")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_completion_per_course")
        ]

    def __str__(self) -> str:
        return f"{self.person_name} – {self.course_title}"


class AssignedRole(models.TextChoices):
    EVERYONE = "", _("Everyone")
    LEAD = "lead", _("Leads")
    ADMIN = "admin", _("Administrators")


class Assignment(models.Model):
    """A lead's decision that a group in their organisation takes a course by a due date."""

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="assignments"
    )
    course = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    department = models.ForeignKey(
        "organizations.Department",
        verbose_name=_("department"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="assignments",
    )
    role = models.CharField(
        _("role"), max_length=16, choices=AssignedRole, default=AssignedRole.EVERYONE, blank=True
    )
    due_date = models.DateField(_("due date"))
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_date"]
        indexes = [models.Index(fields=["organization", "due_date"])]

    def __str__(self) -> str:
        return f"{self.course} – {self.organization} ({self.due_date})"
