"""Quizzes: a question bank editors maintain, quiz pages that are course steps, and learners'
attempts. Correct answers live only here and in grading; they never reach the browser before an
attempt is submitted (see templates/assessments/attempt.html)."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice (choose all that apply)")
    TRUE_FALSE = "true_false", _("True or false")
    NUMERIC = "numeric", _("Numeric answer")
    ORDERING = "ordering", _("Put in order")
    SCENARIO = "scenario", _("Scenario")


CHOICE_TYPES = {QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE}


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey("assessments.Question", related_name="tagged_items")


def kept_forms(formset) -> list[dict]:
    """The cleaned rows of an inline formset that the editor keeps (validating it first, since
    the parent form is cleaned before its formsets)."""
    formset.is_valid()
    return [
        f.cleaned_data
        for f in formset.forms
        if getattr(f, "cleaned_data", None) and not f.cleaned_data.get("DELETE")
    ]


class QuestionForm(WagtailAdminModelForm):
    """Refuses questions that cannot be answered right: no correct option, several for single
    choice, no answer for a numeric question, too few items to order."""

    def clean(self):
        cleaned = super().clean()
        options = kept_forms(self.formsets["options"])
        kind = cleaned.get("kind")
        if kind == QuestionType.SCENARIO:
            kind = cleaned.get("scenario_type") or QuestionType.SINGLE
        correct = sum(1 for o in options if o.get("is_correct"))
        if kind in CHOICE_TYPES | {QuestionType.SCENARIO} and not correct:
            raise ValidationError(_("Mark at least one option as correct."))
        if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE) and correct != 1:
            raise ValidationError(_("A single-choice question has exactly one correct option."))
        if kind in CHOICE_TYPES and len(options) < 2:
            raise ValidationError(_("Give at least two options."))
        if kind == QuestionType.ORDERING and len(options) < 3:
            raise ValidationError(_("Give at least three items, in the right order."))
        if kind == QuestionType.NUMERIC and cleaned.get("numeric_answer") is None:
            self.add_error("numeric_answer", _("Give the right answer."))
        return cleaned


class Question(index.Indexed, ClusterableModel):
    """A question in the bank. Quizzes pick fixed questions or draw from a tag."""

    text = models.TextField(_("question"))
    kind = models.CharField(_("type"), max_length=16, choices=QuestionType)
    scenario_type = models.CharField(
        _("answered as"),
        max_length=16,
        choices=[
            (QuestionType.SINGLE, _("Single choice")),
            (QuestionType.MULTIPLE, _("Multiple choice")),
        ],
        blank=True,
        help_text=_("For scenario questions: how the question after the scenario is answered."),
    )
    context = models.TextField(
        _("scenario"), blank=True, help_text=_("For scenario questions: the situation to read.")
    )
    case_url = models.URLField(_("link to a case"), blank=True)
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=[(1, _("Easy")), (2, _("Medium")), (3, _("Hard"))], default=1
    )
    phases = ParentalManyToManyField("cases.ProcurementPhase", verbose_name=_("phases"), blank=True)
    topics = ParentalManyToManyField("courses.Topic", verbose_name=_("topics"), blank=True)
    tags = ClusterTaggableManager(
        through=QuestionTag,
        blank=True,
        verbose_name=_("pools"),
        help_text=_("Quizzes can draw questions at random from a pool."),
    )
    explanation = models.TextField(_("explanation"), help_text=_("Shown after submission."))
    numeric_answer = models.DecimalField(
        _("right answer"), max_digits=12, decimal_places=3, null=True, blank=True
    )
    numeric_tolerance = models.DecimalField(
        _("tolerance"), max_digits=12, decimal_places=3, default=Decimal(0)
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    key = models.SlugField(max_length=80, unique=True, null=True, blank=True, editable=False)

    base_form_class = QuestionForm
    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("scenario_type"), FieldPanel("difficulty")]),
        MultiFieldPanel([FieldPanel("context"), FieldPanel("case_url")], heading=_("Scenario")),
        InlinePanel("options", heading=_("Options"), label=_("Option")),
        MultiFieldPanel(
            [FieldPanel("numeric_answer"), FieldPanel("numeric_tolerance"), FieldPanel("unit")],
            heading=_("Numeric answer"),
        ),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
    ]
    search_fields = [
        index.SearchField("text"),
        index.AutocompleteField("text"),
        index.FilterField("kind"),
        index.FilterField("difficulty"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def answer_type(self) -> str:
        """How the question is answered (a scenario is answered as single or multiple)."""
        if self.kind == QuestionType.SCENARIO:
            return self.scenario_type or QuestionType.SINGLE
        return self.kind


class Option(Orderable):
    """An option of a choice question, or an item of an ordering question (in the right
    order)."""

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("text"), max_length=400)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.CharField(_("feedback"), max_length=400, blank=True)

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    def __str__(self) -> str:
        return self.text


class QuizKind(models.TextChoices):
    MODULE = "module", _("Module quiz")
    PRETEST = "pretest", _("Pre-test")
    FINAL = "final", _("Final test")


class RightAnswers(models.TextChoices):
    """When the review of an attempt names the right options (and the right number or order).
    Which answers were wrong and the explanations are shown after every attempt."""

    AFTER_EACH_ATTEMPT = "after_attempt", _("After each attempt")
    AFTER_PASSING = "after_passing", _("When the person has passed or used all their attempts")
    NEVER = "never", _("Never")


class QuizPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        count = cleaned.get("draw_count") or 0
        tag = (cleaned.get("draw_from_pool") or "").strip()
        if tag and count:
            available = Question.objects.filter(tags__name=tag).count()
            if available < count:
                self.add_error(
                    "draw_count",
                    _("The pool “%(tag)s” has only %(n)s questions.")
                    % {"tag": tag, "n": available},
                )
        fixed = [
            f
            for f in self.formsets["quiz_questions"].forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        if not tag and not fixed:
            raise ValidationError(_("Choose questions, or a pool to draw them from."))
        return cleaned


class QuizPage(Page):
    """A quiz: a step of a module whose pass completes the step."""

    # A learner cannot mark it done; passing does (learning.services.step_mark_done).
    completed_by_passing = True

    intro = models.TextField(_("introduction"), blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=QuizKind, default=QuizKind.MODULE)
    draw_from_pool = models.CharField(
        _("draw from pool"),
        max_length=100,
        blank=True,
        help_text=_(
            "A pool (tag) to draw questions from at random. Leave empty to use the "
            "questions chosen below."
        ),
    )
    draw_count = models.PositiveSmallIntegerField(_("number of questions drawn"), default=0)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (percent)"), default=70)
    attempt_limit = models.PositiveSmallIntegerField(
        _("attempt limit"), default=3, help_text=_("0 means no limit.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), default=0, help_text=_("0 means no time limit.")
    )
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    right_answers = models.CharField(
        _("show the right answers"),
        max_length=16,
        choices=RightAnswers,
        default=RightAnswers.AFTER_PASSING,
        help_text=_(
            "After an attempt the person always sees which answers were wrong and the "
            "explanations. Showing the right options at once lets a graded test be passed by "
            "copying them on the next attempt. Choose «Never» for a pre-test that asks the "
            "final test's questions."
        ),
    )

    base_form_class = QuizPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("kind"),
        InlinePanel("quiz_questions", heading=_("Fixed questions"), label=_("Question")),
        FieldRowPanel([FieldPanel("draw_from_pool"), FieldPanel("draw_count")]),
        FieldRowPanel(
            [FieldPanel("pass_mark"), FieldPanel("attempt_limit"), FieldPanel("time_limit_minutes")]
        ),
        FieldRowPanel([FieldPanel("shuffle_options"), FieldPanel("right_answers")]),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")

    def get_context(self, request, *args, **kwargs):
        from assessments import selectors  # selectors import these models; import here
        from courses.selectors import step_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(step_navigation(self))
        context.update(selectors.quiz_overview(request.user, self))
        return context


class QuizQuestion(Orderable):
    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("question")]


class Attempt(models.Model):
    """One try at a quiz. The questions and option order are fixed when it starts."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    layout = models.JSONField(help_text="[[question id, [option ids in shown order]], …]")
    started_at = models.DateTimeField(auto_now_add=True)
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    points = models.FloatField(null=True, blank=True)
    percent = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="one_attempt_number")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.quiz} #{self.number}"

    @property
    def question_ids(self) -> list[int]:
        return [question_id for question_id, _options in self.layout]


class Answer(models.Model):
    """What a learner has answered so far; saved on every change so a reload loses nothing."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    choices = models.JSONField(default=list, help_text="Option ids, in order for ordering.")
    number = models.DecimalField(max_digits=12, decimal_places=3, null=True, blank=True)
    score = models.FloatField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="one_answer_per_question")
        ]

    def __str__(self) -> str:
        return f"{self.attempt} – {self.question_id}"
