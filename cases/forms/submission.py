"""The steps of the case form members fill in on the site.

Each step is a ClusterForm over the latest revision of the case page, so the child rows
(buyers, phases, suppliers, …) are edited in memory and saved as a new revision, never on the
live page. In a draft nothing is required (what a case needs before review is checked when it is
sent, by cases.services.case_submission_problems), but what is filled in must be well formed:
CPV codes, organisation numbers, amounts, years, dates and uploaded files."""

import re
from dataclasses import dataclass
from pathlib import Path

from django import forms
from django.forms import CheckboxSelectMultiple
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet, ClusterForm
from wagtail.documents import get_document_model

from cases.models import CasePage, CaseSource
from cases.services import REQUIRED_FOR_SUBMISSION
from cases.validators import validate_case_year
from core.forms import IdModelChoiceField
from core.uploads import document_accept, document_help_text, validate_document

FIELD_TEMPLATE = "cases/submission/_field.html"
NEEDED_FOR_SUBMISSION = {*REQUIRED_FOR_SUBMISSION, "participants"}


class WholeKronerField(forms.DecimalField):
    """An amount in whole kroner, written the way people write it: «2 500 000» or «2500000»."""

    default_error_messages = {
        "invalid": _("Write the value as a whole number of kroner, like 2500000."),
        "max_decimal_places": _("Write whole kroner, without øre."),
        "min_value": _("The value cannot be negative."),
        "max_digits": _("The value is too large. Write it in kroner, like 2500000."),
        "max_whole_digits": _("The value is too large. Write it in kroner, like 2500000."),
    }

    def to_python(self, value):
        if isinstance(value, str):
            value = re.sub(r"[\s\u00a0\u202f]|kr\.?|nok|,-$", "", value, flags=re.IGNORECASE)
        return super().to_python(value)


class SubmissionFormMixin:
    """Every field optional and shown through our field template, which marks what the case
    needs before it can be sent; and a way to show what is missing at each field."""

    always_required: tuple[str, ...] = ()
    also_needed: tuple[str, ...] = ()  # not required by the form, but not optional either

    def _prepare_fields(self) -> None:
        for name, field in self.fields.items():
            field.required = name in self.always_required
            field.template_name = FIELD_TEMPLATE
            field.needed = (
                name in NEEDED_FOR_SUBMISSION
                or name in self.always_required
                or name in self.also_needed
            )
            if isinstance(field.widget, CheckboxSelectMultiple):
                field.widget.attrs["class"] = "ds-input"
            if isinstance(field, forms.ModelChoiceField) and not isinstance(
                field, forms.ModelMultipleChoiceField
            ):
                field.empty_label = "–"
            elif isinstance(field, forms.TypedChoiceField):
                field.choices = [(v, "–" if v == "" else label) for v, label in field.choices]


class ChildForm(SubmissionFormMixin, ClusterForm):
    """One row of a child list (a phase, a supplier, …). Its own identifying field stays
    required, since a row without it means nothing; empty new rows are skipped."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._prepare_fields()


class ChildFormSet(BaseChildFormSet):
    def _construct_form(self, i, **kwargs):
        # A post without a row's id (a broken or hand-made one) is a row without an id, not
        # a server error.
        key = f"{self.add_prefix(i)}-{self.model._meta.pk.name}"
        if self.is_bound and i < self.initial_form_count() and key not in self.data:
            self.data = self.data.copy()
            self.data[key] = ""
        return super()._construct_form(i, **kwargs)

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "ORDER" in form.fields:
            form.fields["ORDER"].widget = forms.HiddenInput()
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove this row")
            form.fields["DELETE"].template_name = FIELD_TEMPLATE


class ParticipantForm(ChildForm):
    always_required = ("organization",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = self.fields["organization"].queryset.order_by("name")


class PhaseForm(ChildForm):
    always_required = ("phase",)

    class Meta:
        widgets = {
            "started_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ended_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def clean(self):
        cleaned = super().clean()
        started, ended = cleaned.get("started_on"), cleaned.get("ended_on")
        if started and ended and ended < started:
            self.add_error(
                "ended_on",
                forms.ValidationError(
                    _("The end date is before the start date."), code="ends_before_start"
                ),
            )
        return cleaned


class SupplierForm(ChildForm):
    always_required = ("name",)
    org_number = forms.CharField(
        label=_("organisation number"),
        max_length=20,
        required=False,
        help_text=_("Nine digits, from the Brønnøysund Register Centre."),
    )

    def clean_org_number(self) -> str:
        return re.sub(r"[\s\u00a0]", "", self.cleaned_data.get("org_number") or "")


class EffectForm(ChildForm):
    always_required = ("category",)


class LessonForm(ChildForm):
    always_required = ("text",)

    class Meta:
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class DocumentForm(ChildForm):
    """A document row: a new file to upload, or the file the row already has (kept in a hidden
    field, also when another field of the form had to be corrected)."""

    always_required = ()
    also_needed = ("upload",)
    upload = forms.FileField(
        label=_("file"),
        required=False,
        validators=[validate_document],
        help_text=document_help_text(),
        widget=forms.FileInput(attrs={"accept": document_accept()}),
    )
    existing_document = IdModelChoiceField(
        queryset=get_document_model().objects.none(),
        required=False,
        widget=forms.HiddenInput,
    )

    def __init__(self, *args, document_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if document_choices is not None:
            self.fields["existing_document"].queryset = document_choices
        if self.instance.document_id and "existing_document" not in self.initial:
            self.initial["existing_document"] = self.instance.document_id

    def current_document(self):
        return self.instance.document if self.instance.document_id else None

    def clean(self):
        cleaned = super().clean()
        upload, existing = cleaned.get("upload"), cleaned.get("existing_document")
        if upload is None and existing is None and not self.has_error("upload"):
            self.add_error(
                "upload", forms.ValidationError(_("Choose a file to upload."), code="no_file")
            )
        if existing is not None and upload is None:
            self.instance.document = existing
        if not cleaned.get("title"):
            named = upload or existing
            if named is not None:
                cleaned["title"] = Path(getattr(named, "name", None) or str(named)).stem[:200]
            elif not self.has_error("title"):
                self.add_error(
                    "title", forms.ValidationError(_("Give the document a title."), code="no_title")
                )
        return cleaned


class SourceForm(ChildForm):
    always_required = ("title", "url")
    url = forms.URLField(
        label=CaseSource._meta.get_field("url").verbose_name,
        max_length=500,
        assume_scheme="https",
        error_messages={"invalid": _("Write a whole web address, like https://example.org.")},
    )


def _rows(form, fields, extra=1, **options) -> dict:
    return {"form": form, "fields": fields, "extra": extra, "formset": ChildFormSet, **options}


class StepForm(SubmissionFormMixin, ClusterForm):
    """One step of the case form. `show_problems` puts the messages of a failed submission at
    their fields, on a form that has not been posted."""

    always_required = ("title",)

    def __init__(self, *args, user=None, document_choices=None, **kwargs):
        self.user = user
        self.document_choices = document_choices
        super().__init__(*args, **kwargs)
        self._prepare_fields()
        self.formset_problems: dict[str, str] = {}

    def disable(self) -> None:
        """Show the step without letting it be changed (while the editors review it)."""
        for field in self.fields.values():
            field.disabled = True
        for formset in self.formsets.values():
            for child in formset.forms:
                for field in child.fields.values():
                    field.disabled = True

    def formset_sections(self) -> list[dict]:
        """The child lists as the template shows them: heading, help, any problem, and rows
        numbered, the new (empty) ones marked so they can be told apart."""
        sections = []
        for name, formset in self.formsets.items():
            heading, row_label, help_text = FORMSET_LABELS[name]
            initial = formset.initial_form_count()
            sections.append(
                {
                    "name": name,
                    "heading": heading,
                    "row_label": row_label,
                    "help": help_text,
                    "problem": self.formset_problems.get(name, ""),
                    "formset": formset,
                    # The row «Add a row» copies in the browser; the script numbers it.
                    "empty_row": {"number": "__number__", "is_new": True},
                    "rows": [
                        {"form": child, "number": n, "is_new": n > initial}
                        for n, child in enumerate(formset.forms, start=1)
                    ],
                }
            )
        return sections

    def show_problems(self, problems: dict[str, str]) -> None:
        errors = self.errors  # an unbound form starts with no errors; this creates the dict
        for name, message in problems.items():
            if name in self.fields:
                errors[name] = self.error_class([message])
            else:
                self.formset_problems[name] = message

    def error_links(self) -> list[tuple[str, str]]:
        """(anchor, message) for every error on the step, in the order of the page, for the
        summary at its top."""
        links = [
            (self[name].auto_id, str(message))
            for name in self.fields
            for message in self.errors.get(name, [])
        ]
        links += [("case-form", str(m)) for m in self.non_field_errors()]
        for name, formset in self.formsets.items():
            if name in self.formset_problems:
                links.append((f"formset-{name}", str(self.formset_problems[name])))
            links += [(f"formset-{name}", str(m)) for m in formset.non_form_errors()]
            for child in formset.forms if formset.is_bound else []:
                if formset._should_delete_form(child):
                    continue
                links += [(f"row-{child.prefix}", str(m)) for m in child.non_field_errors()]
                for field_name in child.fields:
                    links += [
                        (child[field_name].auto_id, str(m))
                        for m in child.errors.get(field_name, [])
                    ]
        return links


class AboutForm(StepForm):
    class Meta:
        model = CasePage
        fields = [
            "title",
            "summary",
            "need",
            "service_area",
            "status",
            "started_year",
            "contact_role",
            "contact_email",
        ]
        formsets = {}
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "need": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {"title": _("Title of the case")}
        help_texts = {
            "title": _("Say what was bought, for example «Digitale nattilsyn»."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].error_messages["required"] = _("Give the case a title.")
        self.fields["started_year"].widget = forms.NumberInput(attrs={"inputmode": "numeric"})

    def clean_started_year(self):
        year = self.cleaned_data.get("started_year")
        validate_case_year(year)
        return year


class ProcurementForm(StepForm):
    contract_value = WholeKronerField(
        label=CasePage._meta.get_field("contract_value").verbose_name,
        required=False,
        min_value=0,
        max_digits=14,
        decimal_places=0,
        help_text=_("In whole kroner, like 2500000."),
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = CasePage
        fields = [
            "procedure",
            "innovation_type",
            "innovative_codes",
            "dialogue_activities",
            "requirements_style",
            "cpv_codes",
            "contract_value",
            "contract_value_basis",
        ]
        labels = {"innovative_codes": _("Innovation codes (eForms)")}
        widgets = {
            "innovative_codes": CheckboxSelectMultiple,
            "dialogue_activities": CheckboxSelectMultiple,
        }
        formsets = {
            "participants": _rows(ParticipantForm, ["organization", "role"]),
            "phases": _rows(PhaseForm, ["phase", "started_on", "ended_on", "note"]),
        }


class ResultsForm(StepForm):
    class Meta:
        model = CasePage
        fields = []
        formsets = {
            "suppliers": _rows(SupplierForm, ["name", "org_number", "is_sme"]),
            "effects": _rows(
                EffectForm,
                ["category", "value", "unit", "basis", "baseline", "description", "source"],
            ),
            "lessons": _rows(LessonForm, ["text", "tags"]),
        }


class DocumentsForm(StepForm):
    class Meta:
        model = CasePage
        fields = []
        formsets = {
            "documents": _rows(
                DocumentForm, ["title", "kind"], inherit_kwargs=["document_choices"]
            ),
            "sources": _rows(SourceForm, ["title", "url"]),
        }


@dataclass(frozen=True)
class Step:
    slug: str
    title: Promise
    form_class: type[StepForm]
    intro: Promise


STEPS: tuple[Step, ...] = (
    Step(
        "om-saken",
        _("About the case"),
        AboutForm,
        _("What the case is about, in plain language, and who to ask about it."),
    ),
    Step(
        "anskaffelsen",
        _("The procurement"),
        ProcurementForm,
        _("How the procurement was done: procedure, market dialogue, buyers and phases."),
    ),
    Step(
        "resultater",
        _("Results"),
        ResultsForm,
        _("Who delivered, what it achieved and what you learned."),
    ),
    Step(
        "dokumenter",
        _("Documents"),
        DocumentsForm,
        _("Documents from the procurement that others may reuse, and links to more."),
    ),
)
STEPS_BY_SLUG = {step.slug: step for step in STEPS}

# Headings of the child lists: (heading, one row, help)
FORMSET_LABELS: dict[str, tuple[Promise, Promise, Promise | str]] = {
    "participants": (
        _("Buyers"),
        _("Buyer"),
        _("The organisations that bought together. One of them leads the procurement."),
    ),
    "phases": (_("Phases"), _("Phase"), _("The phases the case has reached, with dates.")),
    "suppliers": (_("Suppliers"), _("Supplier"), ""),
    "effects": (
        _("Effects"),
        _("Effect"),
        _("Effects as figures where you can, and whether they were measured or estimated."),
    ),
    "lessons": (_("Lessons learned"), _("Lesson"), _("What others should know before they start.")),
    "documents": (
        _("Documents"),
        _("Document"),
        _("Share only documents that may be published. Remove personal data first."),
    ),
    "sources": (_("Sources"), _("Source"), _("Links to news, reports or the tender notice.")),
}


class CaseNewForm(forms.Form):
    title = forms.CharField(
        label=_("Title of the case"),
        max_length=255,
        help_text=_(
            "Say what was bought, for example «Digitale nattilsyn». You can change it later."
        ),
        error_messages={"required": _("Give the case a title.")},
    )


def step_of_field(name: str) -> Step | None:
    """The step whose form holds a field or a child list."""
    for step in STEPS:
        if name in step.form_class.base_fields or name in step.form_class.formsets:
            return step
    return None


def field_anchor(name: str) -> str:
    """The id a link to a field or child list jumps to on its step."""
    return f"formset-{name}" if name in FORMSET_LABELS else f"id_{name}"


def field_label(name: str) -> str:
    if name in FORMSET_LABELS:
        return str(FORMSET_LABELS[name][0])
    step = step_of_field(name)
    if step is not None and name in step.form_class.base_fields:
        return str(step.form_class.base_fields[name].label or name)
    return name
