"""Course content authored in Wagtail: a catalogue of courses, their modules and lessons.

Every child page of a ModulePage is a *step* of the course; `learning` tracks steps, so a new
step type (a quiz) needs no change there. A learner's progress reaches these pages through the
hook in learning/wagtail_hooks.py, which puts it on the request before the page is served."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import CharBlock
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.routing import OneQueryRoutingMixin
from courses import selectors
from courses.blocks import LessonBody


@register_snippet
class Topic(index.Indexed, models.Model):
    """A subject a course teaches (a controlled list editors maintain)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CourseIndexPage(OneQueryRoutingMixin, Page):
    """The catalogue of courses, with filters by phase, topic, length and the learner's status."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = selectors.CatalogueFilters.from_query(request.GET)
        progress = getattr(request, "course_progress", {})
        courses = selectors.catalogue(self, filters, progress)
        context.update(
            courses=courses,
            filters=filters,
            progress=progress,
            phases=selectors.phases(),
            topics=Topic.objects.all(),
            length_choices=selectors.length_choices(),
            status_choices=selectors.status_choices(),
        )
        return context


class CoursePage(Page):
    """One course: what it teaches, for whom, how long it takes, and its modules."""

    summary = models.TextField(_("summary"), max_length=400)
    objectives = StreamField(
        [("objective", CharBlock(label=_("Learning objective")))],
        verbose_name=_("learning objectives"),
        help_text=_("What the learner can do after the course. Three to five sentences."),
    )
    audience = models.CharField(_("audience"), max_length=250)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"))
    phases = ParentalManyToManyField(
        "cases.ProcurementPhase", verbose_name=_("procurement phases"), blank=True
    )
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("cover image text alternative"),
        max_length=250,
        blank=True,
        help_text=_("Required with a cover image: what the image shows."),
    )
    prerequisites = ParentalManyToManyField(
        "self", verbose_name=_("prerequisites"), blank=True, symmetrical=False
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("estimated_minutes"), FieldPanel("prerequisites")],
            heading=_("Who and how long"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    admin_default_ordering = "ord"  # the admin lists modules in course order (tree order)

    class Meta:
        verbose_name = _("course")

    def clean(self) -> None:
        super().clean()
        if self.cover_image_id and not self.cover_alt.strip():
            raise ValidationError(
                {
                    "cover_alt": ValidationError(
                        _("Describe the cover image for screen readers."), code="required"
                    )
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["outline"] = selectors.course_outline(self)
        context["progress"] = getattr(request, "course_detail_progress", None)
        return context


class ModulePage(Page):
    """A module of a course: a group of steps (lessons, and later quizzes)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "assessments.QuizPage"]
    admin_default_ordering = "ord"  # the admin lists steps in course order (tree order)

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: it opens on the course page, at its place.
        return redirect(f"{self.get_parent().url}#modul-{self.pk}")


class LessonPage(Page):
    """A lesson: one step of reading with text, media, checks and sources."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=5)
    body = StreamField(LessonBody(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.step_navigation(self))
        context["step_state"] = getattr(request, "step_state", None)
        return context
