"""Stored state of the release rule (core/disclosure): what every figure over people has
released so far, so the next release can be checked against all of them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DisclosureCohort(models.Model):
    """At least five contributions to one subject that every released figure counted all
    together or not at all (see core/disclosure/rule.py). ``sums`` are their totals."""

    scope = models.CharField(max_length=60, db_index=True)
    subject = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sums = models.JSONField()

    class Meta:
        verbose_name = _("disclosure cohort")
        verbose_name_plural = _("disclosure cohorts")

    def __str__(self) -> str:
        return f"{self.scope} {self.subject} #{self.pk} ({self.size})"


class DisclosedContribution(models.Model):
    """One person's contribution (a version of their value) and the cohort it belongs to. The
    person is set to null when their account is deleted: the contribution is in figures that
    were shown, so the cohort keeps counting it, but it no longer names anyone."""

    scope = models.CharField(max_length=60)
    subject = models.CharField(max_length=60)
    cohort = models.ForeignKey(
        DisclosureCohort, on_delete=models.CASCADE, related_name="contributions"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    version = models.CharField(max_length=60)

    class Meta:
        indexes = [models.Index(fields=["scope"])]

    def __str__(self) -> str:
        return f"{self.subject}: {self.version}"


class DisclosedFigure(models.Model):
    """A group's last released figures for one subject: the cohorts they count and when they
    were released. The figures themselves are the cohorts' sums."""

    scope = models.CharField(max_length=60)
    subject = models.CharField(max_length=60)
    group = models.CharField(max_length=60)
    cohorts = models.JSONField(default=list)
    released_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "subject", "group"], name="one_figure_per_group"
            )
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.subject} / {self.group}"


class DisclosureScope(models.Model):
    """One row per scope (e.g. an organisation), locked while its figures are released, so two
    releases of the same scope never run at once."""

    name = models.CharField(max_length=60, unique=True)
    released_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name


class SentEmail(models.Model):
    """One row per email already sent, keyed by what it was about, so a task that runs twice
    (a retry, a redelivery after a worker died) sends each message once (core/emails.py).
    Rows older than SPIRE_SENT_EMAIL_RETENTION_DAYS are pruned nightly (core/tasks.py).

    It was organizations.SentEmail; the table keeps that name, so moving it lost no rows."""

    key = models.CharField(max_length=200, unique=True)
    recipient = models.EmailField()
    sent_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        db_table = "organizations_sentemail"
        verbose_name = _("sent email")
        verbose_name_plural = _("sent emails")

    def __str__(self) -> str:
        return self.key
