"""Who has read which case, so an organisation's dashboard can show how much its people learn
from other organisations' cases. Only the first visit is kept: one row per person and case."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseRead(models.Model):
    """A person has opened a published case at least once. The dashboards only ever count these
    rows per case and organisation; which person read what is never shown."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_reads"
    )
    case = models.ForeignKey("cases.CasePage", on_delete=models.CASCADE, related_name="reads")
    first_read_at = models.DateTimeField(_("first read"), auto_now_add=True)

    class Meta:
        verbose_name = _("case read")
        verbose_name_plural = _("case reads")
        constraints = [
            models.UniqueConstraint(fields=["user", "case"], name="one_read_per_user_and_case")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.case_id}"
