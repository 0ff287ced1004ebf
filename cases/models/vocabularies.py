"""Controlled lists that describe cases. Editors maintain them as snippets; the slug is the
stable key used in search URLs, the API and exports."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Vocabulary(index.Indexed, models.Model):
    """One entry in a controlled list: a name people read and a slug machines use."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class ProcurementPhase(Vocabulary):
    """A phase of a procurement (DFØ's three phases refined by LUP's method)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("procurement phase")
        verbose_name_plural = _("procurement phases")


class ServiceArea(Vocabulary):
    """The municipal service a case serves (health and care, buildings, transport, …)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")


class Procedure(Vocabulary):
    """A procurement procedure, with its EU eForms code where it has one."""

    eforms_code = models.CharField(_("eForms code"), max_length=20, blank=True)

    panels = [*Vocabulary.panels, FieldPanel("eforms_code")]

    class Meta(Vocabulary.Meta):
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")


class InnovationType(Vocabulary):
    """DFØ's three kinds of innovative procurement."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("innovation type")
        verbose_name_plural = _("innovation types")


class InnovativeAcquisitionCode(Vocabulary):
    """eForms' «innovative acquisition» codes; the slug is the code."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("eForms innovation code")
        verbose_name_plural = _("eForms innovation codes")


class MarketDialogueActivity(Vocabulary):
    """A way of talking with the market before a competition (DFØ's list)."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("market-dialogue activity")
        verbose_name_plural = _("market-dialogue activities")


class CaseStatus(Vocabulary):
    """Where a case stands. A status that seeks partners lets other organisations' leads
    register interest in joining the procurement."""

    seeks_partners = models.BooleanField(
        _("seeks partners"),
        default=False,
        help_text=_("Cases with this status invite other organisations to join."),
    )

    panels = [*Vocabulary.panels, FieldPanel("seeks_partners")]

    class Meta(Vocabulary.Meta):
        verbose_name = _("case status")
        verbose_name_plural = _("case statuses")


class EffectCategory(Vocabulary):
    """A kind of effect a case reports (after LUP's indicators)."""

    default_unit = models.CharField(_("default unit"), max_length=40, blank=True)

    panels = [*Vocabulary.panels, FieldPanel("default_unit")]

    class Meta(Vocabulary.Meta):
        verbose_name = _("effect category")
        verbose_name_plural = _("effect categories")
