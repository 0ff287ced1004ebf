"""Snapshots: the dashboards' figures computed ahead (nightly and on demand), so a dashboard
reads one row however large the organisation is."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Snapshot(models.Model):
    """One organisation's (or one department's, or the national) dashboard data as JSON.

    ``key`` names what the snapshot is of, so computing it again replaces the row: one snapshot
    per organisation, department and the nation, however often the task runs. The data hold
    only what a lead may see: groups under five are already without figures."""

    key = models.CharField(max_length=64, unique=True)
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    department = models.ForeignKey(
        "organizations.Department",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    computed_at = models.DateTimeField(_("computed at"))
    data = models.JSONField()

    class Meta:
        verbose_name = _("dashboard snapshot")
        verbose_name_plural = _("dashboard snapshots")

    def __str__(self) -> str:
        return f"{self.key} ({self.computed_at:%Y-%m-%d %H:%M})"

    @staticmethod
    def key_for(organization_id: int | None, department_id: int | None = None) -> str:
        if organization_id is None:
            return "national"
        if department_id is None:
            return f"organization:{organization_id}"
        return f"organization:{organization_id}:department:{department_id}"
