"""How organisations find each other through cases: a lead registers their organisation's
interest in joining a planned procurement, and leads follow the service areas they buy for."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class InterestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted as participant")


class PartnerInterest(models.Model):
    """An organisation wants to join a planned joint procurement. One per organisation and
    case; the case's lead organisation accepts it, which adds a participant."""

    case = models.ForeignKey(
        "cases.CasePage", on_delete=models.CASCADE, related_name="partner_interests"
    )
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="partner_interests"
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    message = models.TextField(_("message"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=InterestStatus, default=InterestStatus.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("partner interest")
        verbose_name_plural = _("partner interests")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "organization"], name="one_interest_per_organization_and_case"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization} → {self.case}"


class ServiceAreaFollow(models.Model):
    """A person wants an email when a new case is published in a service area."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="service_area_follows"
    )
    service_area = models.ForeignKey(
        "cases.ServiceArea", on_delete=models.CASCADE, related_name="follows"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("followed service area")
        verbose_name_plural = _("followed service areas")
        constraints = [
            models.UniqueConstraint(fields=["user", "service_area"], name="one_follow_per_area")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.service_area}"
