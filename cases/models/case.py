"""A case: one procurement told so that other organisations can learn from it and reuse it.

The case pages live under one CaseIndexPage, which searches them. Everything a case has many of
(participants, phases, suppliers, effects, lessons, documents, sources) is an orderable child,
so drafts and proposed updates carry them in Wagtail revisions and moderation covers them."""

from django import forms
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index

from cases.validators import split_cpv_codes, validate_case_year, validate_cpv_codes
from organizations.access import current_membership
from organizations.validators import validate_org_number


class ParticipantRole(models.TextChoices):
    LEAD = "lead", _("Lead")
    PARTICIPANT = "participant", _("Participant")
    OPTION = "option", _("Option holder")


class RequirementsStyle(models.TextChoices):
    FUNCTIONAL = "functional", _("Functional requirements")
    PERFORMANCE = "performance", _("Performance requirements")
    TECHNICAL = "technical", _("Technical specifications")
    MIXED = "mixed", _("A mix")


class ValueBasis(models.TextChoices):
    ESTIMATED = "estimated", _("Estimated")
    AWARDED = "awarded", _("Awarded")


class EffectBasis(models.TextChoices):
    ESTIMATED = "estimated", _("Estimated")
    MEASURED = "measured", _("Measured")


class DocumentKind(models.TextChoices):
    TENDER = "tender", _("Tender documents")
    REQUIREMENTS = "requirements", _("Requirements specification")
    CONTRACT = "contract", _("Contract")
    EVALUATION = "evaluation", _("Evaluation or report")
    PRESENTATION = "presentation", _("Presentation")
    OTHER = "other", _("Other")


def vocabulary_field(model: str, verbose_name) -> models.ForeignKey:
    """An optional choice from a controlled list. Optional so that drafts can be saved half
    filled; submission checks what is required. Entries in use cannot be deleted."""
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )


class CaseIndexPage(RoutablePageMixin, Page):
    """The case database's front door: search with facets, a CSV export of any search and an
    Atom feed of new and updated cases."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cases.CasePage"]
    max_count = 1

    class Meta:
        verbose_name = _("case database")

    # The views import these models, so they are imported when a route is served.
    @path("")
    def search(self, request):
        from cases.views.search import case_search

        return case_search(request, self)

    @path("eksport/", name="export")
    def export(self, request):
        from cases.views.open_data import case_search_csv

        return case_search_csv(request, self)

    @path("feed/", name="feed")
    def feed(self, request):
        from cases.views.open_data import CaseFeed

        return CaseFeed(self)(request)


class CasePage(Page):
    """One procurement case, written in plain language for other municipalities."""

    summary = models.TextField(
        _("summary"),
        max_length=800,
        blank=True,
        help_text=_("Two to four sentences in plain language: what was bought and why."),
    )
    need = models.TextField(
        _("the need"),
        blank=True,
        help_text=_("The need that started the case, described as a need, not a solution."),
    )
    service_area = vocabulary_field("cases.ServiceArea", _("service area"))
    status = vocabulary_field("cases.CaseStatus", _("status"))
    started_year = models.PositiveSmallIntegerField(
        _("year started"),
        null=True,
        blank=True,
        validators=[validate_case_year],
        help_text=_("The year the work on the procurement began."),
    )
    procedure = vocabulary_field("cases.Procedure", _("procedure"))
    innovation_type = vocabulary_field("cases.InnovationType", _("innovation type"))
    innovative_codes = ParentalManyToManyField(
        "cases.InnovativeAcquisitionCode",
        verbose_name=_("eForms innovation codes"),
        blank=True,
        related_name="+",
    )
    dialogue_activities = ParentalManyToManyField(
        "cases.MarketDialogueActivity",
        verbose_name=_("market-dialogue activities"),
        blank=True,
        related_name="+",
    )
    requirements_style = models.CharField(
        _("requirements style"), max_length=20, choices=RequirementsStyle, blank=True
    )
    cpv_codes = models.CharField(
        _("CPV codes"),
        max_length=400,
        blank=True,
        validators=[validate_cpv_codes],
        help_text=_("Separate several codes with spaces, like 33000000-0 48000000-8."),
    )
    contract_value = models.DecimalField(
        _("contract value (NOK excl. VAT)"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    contract_value_basis = models.CharField(
        _("the value is"), max_length=20, choices=ValueBasis, blank=True
    )
    contact_role = models.CharField(
        _("contact role"),
        max_length=120,
        blank=True,
        help_text=_("A role, not a name, for example «Innkjøpsavdelingen»."),
    )
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("The organisation's address, for example postmottak@…; no personal address."),
    )
    last_verified = models.DateField(_("facts last verified"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("need"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("service_area"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("procedure"), FieldPanel("innovation_type")]),
                FieldPanel("started_year"),
                FieldPanel("innovative_codes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("dialogue_activities", widget=forms.CheckboxSelectMultiple),
                FieldPanel("requirements_style"),
                FieldPanel("cpv_codes"),
                FieldRowPanel([FieldPanel("contract_value"), FieldPanel("contract_value_basis")]),
            ],
            heading=_("The procurement"),
        ),
        InlinePanel("participants", heading=_("Buyers"), label=_("Buyer"), min_num=1),
        InlinePanel("phases", heading=_("Phases"), label=_("Phase")),
        InlinePanel("suppliers", heading=_("Suppliers"), label=_("Supplier")),
        InlinePanel("effects", heading=_("Effects"), label=_("Effect")),
        InlinePanel("lessons", heading=_("Lessons learned"), label=_("Lesson")),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
        InlinePanel("sources", heading=_("Sources"), label=_("Source")),
        MultiFieldPanel(
            [FieldPanel("contact_role"), FieldPanel("contact_email"), FieldPanel("last_verified")],
            heading=_("Contact"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("need"),
        index.RelatedFields("lessons", [index.SearchField("text"), index.SearchField("tags")]),
        index.RelatedFields("suppliers", [index.SearchField("name")]),
    ]

    parent_page_types = ["cases.CaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    @property
    def cpv_code_list(self) -> list[str]:
        return split_cpv_codes(self.cpv_codes)

    def serve(self, request, *args, **kwargs):
        """Wagtail calls this only for a published page the person may see (view restrictions
        are checked before it; previews use ``serve_preview``), so a read is recorded only for
        what was really published."""
        from cases import services  # services import these models

        response = super().serve(request, *args, **kwargs)
        if self.live and request.user.is_authenticated:
            services.case_read_record(user=request.user, case=self)
        return response

    def get_context(self, request, *args, **kwargs):
        from cases import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.case_page_context(self, current_membership(request)))
        return context


class CaseParticipant(Orderable):
    """A buyer in the case. A joint procurement of 29 municipalities is 29 participants."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="participants")
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="case_participations",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=ParticipantRole, default=ParticipantRole.PARTICIPANT
    )

    panels = [FieldPanel("organization"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("buyer")
        verbose_name_plural = _("buyers")


class CasePhase(Orderable):
    """A phase the case has reached, with its dates where known."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="phases")
    phase = models.ForeignKey(
        "cases.ProcurementPhase",
        verbose_name=_("phase"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    started_on = models.DateField(_("from"), null=True, blank=True)
    ended_on = models.DateField(_("to"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldPanel("phase"),
        FieldRowPanel([FieldPanel("started_on"), FieldPanel("ended_on")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")


class CaseSupplier(Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="suppliers")
    name = models.CharField(_("name"), max_length=200)
    org_number = models.CharField(
        _("organisation number"), max_length=9, blank=True, validators=[validate_org_number]
    )
    is_sme = models.BooleanField(_("small or medium-sized enterprise"), null=True, blank=True)

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("org_number"), FieldPanel("is_sme")])]

    class Meta(Orderable.Meta):
        verbose_name = _("supplier")
        verbose_name_plural = _("suppliers")


class CaseEffect(Orderable):
    """An effect as a figure, with its baseline and whether it was measured or estimated."""

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="effects")
    category = models.ForeignKey(
        "cases.EffectCategory",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    baseline = models.CharField(_("baseline"), max_length=200, blank=True)
    basis = models.CharField(
        _("measured or estimated"),
        max_length=20,
        choices=EffectBasis,
        default=EffectBasis.ESTIMATED,
    )
    source = models.CharField(_("source"), max_length=300, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("basis")]),
        FieldPanel("baseline"),
        FieldPanel("description"),
        FieldPanel("source"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("effect")
        verbose_name_plural = _("effects")


class CaseLesson(Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="lessons")
    text = models.TextField(_("lesson learned"))
    tags = models.CharField(
        _("tags"),
        max_length=200,
        blank=True,
        help_text=_("Comma-separated, for example «forankring, markedsdialog»."),
    )

    panels = [FieldPanel("text"), FieldPanel("tags")]

    class Meta(Orderable.Meta):
        verbose_name = _("lesson learned")
        verbose_name_plural = _("lessons learned")

    @property
    def tag_list(self) -> list[str]:
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]


class CaseDocument(Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind, default=DocumentKind.OTHER
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("kind"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class CaseSource(Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("web address"), max_length=500)

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")
