"""The absorptive-capacity survey. Anonymity by design: a SurveyParticipation records THAT a
person answered a round; a SurveyResponse holds WHAT was answered, with only the organisation,
the round and (if the round is split by department) the department. Nothing links the two: no
foreign key, no timestamp, a random primary key, and no order either. A random key does not
hide the order rows were written in (SQLite's rowid, PostgreSQL's heap order), so answers first
wait as PendingSurveyResponse rows and are written out only in shuffled groups of at least five
(`assessments.services`), and when the round closes all its rows are written again in a new
random order. A round's results are computed once, after it closes, and kept on the round."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from assessments.scale import SCALE_MAX, SCALE_MIN


class Localized(models.Model):
    """Texts kept in Bokmål, Nynorsk and English; `localized(field)` picks the reader's."""

    class Meta:
        abstract = True

    def localized(self, field: str) -> str:
        language = (translation.get_language() or "nb")[:2]
        return getattr(self, f"{field}_{language}", "") or getattr(self, f"{field}_nb")


class SurveyDimension(Localized):
    key = models.SlugField(unique=True)
    name_nb = models.CharField(_("name (Bokmål)"), max_length=100)
    name_nn = models.CharField(_("name (Nynorsk)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    description_nb = models.TextField(_("description (Bokmål)"), blank=True)
    description_nn = models.TextField(_("description (Nynorsk)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldRowPanel([FieldPanel("name_nb"), FieldPanel("name_nn"), FieldPanel("name_en")]),
        FieldPanel("description_nb"),
        FieldPanel("description_nn"),
        FieldPanel("description_en"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("survey dimension")
        verbose_name_plural = _("survey dimensions")
        ordering = ["sort_order"]

    def __str__(self) -> str:
        return self.localized("name")


class SurveyStatement(index.Indexed, Localized):
    """One statement answered on a 7-point scale. Core statements make up the dimension
    scores; the others (procurement-specific) are reported apart."""

    key = models.SlugField(unique=True)
    dimension = models.ForeignKey(
        SurveyDimension,
        verbose_name=_("dimension"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="statements",
        help_text=_("Leave empty for extra statements outside the capacity score."),
    )
    is_core = models.BooleanField(_("part of the capacity score"), default=True)
    text_nb = models.TextField(_("statement (Bokmål)"))
    text_nn = models.TextField(_("statement (Nynorsk)"))
    text_en = models.TextField(_("statement (English)"))
    sort_order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(_("in use"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("dimension"), FieldPanel("is_core"), FieldPanel("is_active")]),
        MultiFieldPanel(
            [FieldPanel("text_nb"), FieldPanel("text_nn"), FieldPanel("text_en")],
            heading=_("Statement"),
        ),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("text_nb"), index.AutocompleteField("text_nb")]

    class Meta:
        verbose_name = _("survey statement")
        verbose_name_plural = _("survey statements")
        ordering = ["sort_order"]

    def __str__(self) -> str:
        return self.localized("text")


class SurveyRound(models.Model):
    """A lead's round of the survey in their organisation, open between two dates."""

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="survey_rounds"
    )
    title = models.CharField(_("title"), max_length=200)
    opens_on = models.DateField(_("opens"))
    closes_on = models.DateField(_("closes"))
    departments = models.ManyToManyField(
        "organizations.Department",
        verbose_name=_("departments"),
        blank=True,
        help_text=_("Leave empty to ask the whole organisation."),
    )
    by_department = models.BooleanField(
        _("report by department"),
        default=False,
        help_text=_("Store each response with its department (still anonymous)."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    invited_count = models.PositiveIntegerField(
        _("people invited"),
        null=True,
        editable=False,
        help_text=_("How many people the round asked when it was opened."),
    )
    results = models.JSONField(
        _("results"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The figures as computed when the round closed; shown ever after."),
    )
    results_frozen_at = models.DateTimeField(_("results fixed at"), null=True, editable=False)

    class Meta:
        verbose_name = _("survey round")
        verbose_name_plural = _("survey rounds")
        ordering = ["-opens_on"]

    def __str__(self) -> str:
        return f"{self.title} ({self.organization})"


class SurveyParticipation(models.Model):
    """That a person has answered a round: used to answer once and to count who took part."""

    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="survey_participations"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "user"], name="one_participation_per_round")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} – {self.round_id}"


class PendingSurveyResponse(models.Model):
    """Answers waiting, without the person, until at least five of a round are waiting (or the
    round closes); then they are written out as SurveyResponse rows in random order and this row
    is deleted. No timestamp; `answers` is {statement id: value}."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="pending")
    department = models.ForeignKey(
        "organizations.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answers = models.JSONField()

    def __str__(self) -> str:
        return str(self.id)


class SurveyResponse(models.Model):
    """What was answered, without the person: see the module docstring."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="responses")
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    department = models.ForeignKey(
        "organizations.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    def __str__(self) -> str:
        return str(self.id)


class SurveyAnswer(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    statement = models.ForeignKey(SurveyStatement, on_delete=models.PROTECT, related_name="+")
    value = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(SCALE_MIN), MaxValueValidator(SCALE_MAX)]
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "statement"], name="one_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__gte=SCALE_MIN, value__lte=SCALE_MAX),
                name="answer_on_the_scale",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.statement_id}: {self.value}"
