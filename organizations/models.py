"""Tenancy: organisations, their departments, who belongs to them and in which roles."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from organizations.validators import normalize_domain, validate_email_domain, validate_org_number


class OrganizationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    COUNTY = "county", _("County authority")
    STATE_AGENCY = "state_agency", _("State agency")
    HEALTH_TRUST = "health_trust", _("Health trust")
    MUNICIPAL_ENTERPRISE = "municipal_enterprise", _("Municipal enterprise")
    INTER_MUNICIPAL = "inter_municipal", _("Inter-municipal body")


class WrittenLanguage(models.TextChoices):
    BOKMAL = "nb", _("Bokmål")
    NYNORSK = "nn", _("Nynorsk")


class Organization(index.Indexed, ClusterableModel):
    """A public body whose people learn on Spire: usually a municipality or county."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=32, choices=OrganizationKind, default=OrganizationKind.MUNICIPALITY
    )
    official_number = models.CharField(
        _("official number"),
        max_length=4,
        blank=True,
        help_text=_("Municipality number (4 digits) or county number (2 digits), if any."),
    )
    org_number = models.CharField(
        _("organisation number"),
        max_length=9,
        blank=True,
        validators=[validate_org_number],
        help_text=_("9 digits from the Brønnøysund Register Centre."),
    )
    county = models.ForeignKey(
        "self",
        verbose_name=_("county"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members_of_county",
        limit_choices_to={"kind": OrganizationKind.COUNTY},
    )
    written_language = models.CharField(
        _("default written language"),
        max_length=2,
        choices=WrittenLanguage,
        default=WrittenLanguage.BOKMAL,
    )
    leads_see_person_status = models.BooleanField(
        _("leads may see each person's completion status"),
        default=True,
        help_text=_("As in follow-up of mandatory training. Scores are never shown per person."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("county")]),
                FieldRowPanel([FieldPanel("official_number"), FieldPanel("org_number")]),
                FieldPanel("written_language"),
            ],
            heading=_("Identity"),
        ),
        FieldPanel("leads_see_person_status"),
        FieldPanel("is_active"),
        InlinePanel("email_domains", heading=_("Email domains"), label=_("Email domain")),
        InlinePanel("departments", heading=_("Departments"), label=_("Department")),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("official_number"),
        index.SearchField("org_number"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("county"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "official_number"],
                condition=~models.Q(official_number=""),
                name="unique_official_number_per_kind",
            ),
            models.UniqueConstraint(
                fields=["org_number"],
                condition=~models.Q(org_number=""),
                name="unique_org_number",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class EmailDomain(models.Model):
    """A domain whose verified addresses join the organisation on sign-up."""

    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="email_domains")
    domain = models.CharField(
        _("domain"),
        max_length=253,
        unique=True,
        validators=[validate_email_domain],
        help_text=_("For example bergen.kommune.no, without @."),
    )

    class Meta:
        verbose_name = _("email domain")
        verbose_name_plural = _("email domains")
        ordering = ["domain"]

    def __str__(self) -> str:
        return self.domain

    def clean(self) -> None:
        self.domain = normalize_domain(self.domain)


class Department(models.Model):
    """A unit inside an organisation (a sector, an office) used to group members."""

    organization = ParentalKey(Organization, on_delete=models.CASCADE, related_name="departments")
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                "organization", Lower("name"), name="unique_department_name_per_organization"
            )
        ]

    def __str__(self) -> str:
        return self.name


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    ACTIVE = "active", _("Active")


class MembershipSource(models.TextChoices):
    """How a membership came to be. Only one that came from the email domain ends by itself
    when the person no longer has an address at the domain (offboarding)."""

    DOMAIN = "domain", _("Verified address at the organisation's domain")
    INVITATION = "invitation", _("Invitation")
    REQUEST = "request", _("Request approved by an administrator")
    ADMIN = "admin", _("Added by an administrator")


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    LEAD = "lead", _("Lead")
    ADMIN = "admin", _("Administrator")


class GrantedRoles(models.Model):
    """The department and extra roles a member holds, or an invitation will give."""

    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="%(class)ss",
    )
    is_lead = models.BooleanField(
        _("lead"), default=False, help_text=_("Sees dashboards, assigns courses, runs surveys.")
    )
    is_admin = models.BooleanField(
        _("administrator"), default=False, help_text=_("Manages members and invitations.")
    )

    class Meta:
        abstract = True


class Membership(GrantedRoles):
    """A person's place in an organisation. Every active member is a learner; lead and admin
    are extra rights that the organisation's admins grant."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=MembershipStatus, default=MembershipStatus.ACTIVE
    )
    request_message = models.TextField(_("message"), blank=True)
    source = models.CharField(
        _("joined through"),
        max_length=16,
        choices=MembershipSource,
        # Anything not made by the joining services (the admin screens) was added by an admin.
        default=MembershipSource.ADMIN,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organization__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organization"], name="unique_membership_per_organization"
            )
        ]
        indexes = [models.Index(fields=["organization", "status"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.organization}"

    @property
    def is_active(self) -> bool:
        return self.status == MembershipStatus.ACTIVE

    @property
    def roles(self) -> list[str]:
        """The roles this member holds, learner first."""
        roles = [Role.LEARNER.value]
        if self.is_lead:
            roles.append(Role.LEAD.value)
        if self.is_admin:
            roles.append(Role.ADMIN.value)
        return roles

    def has_role(self, role: str) -> bool:
        return self.is_active and role in self.roles

    def clean(self) -> None:
        if self.department_id and self.department.organization_id != self.organization_id:
            raise ValidationError(
                {
                    "department": ValidationError(
                        _("The department belongs to another organisation."),
                        code="department_elsewhere",
                    )
                }
            )


class InvitationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )


class Invitation(GrantedRoles):
    """An admin's invitation, sent by email, to join the organisation with given roles.

    The link carries a signed token of the invitation's id (see services.invitation_token), so
    no secret is stored; accepted, revoked and expired invitations stop working here."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField(_("email address"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="invitations_sent",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_accepted",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.organization}"

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_open(self) -> bool:
        return not (self.accepted_at or self.revoked_at or self.is_expired)
