"""The shared case database. For now: the controlled vocabularies that cases and courses share
(procurement phases), editable by editors as snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class ProcurementPhase(index.Indexed, models.Model):
    """A phase of a procurement (DFØ's three phases refined by LUP's method)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("procurement phase")
        verbose_name_plural = _("procurement phases")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name
