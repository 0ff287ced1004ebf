"""Form fields and helpers shared by every app."""

from django import forms
from django.core.exceptions import ValidationError

from core.numbers import parse_id


def add_service_error(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal on a form: on its field when the form has one, else on top.
    Services raise ValidationError with a code (and a field, where there is one); views catch it
    and call this rather than ``form.add_error``, which refuses a field the form lacks."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


class IdModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that reads the chosen id with core.numbers.parse_id first: Django's
    own lets a 20-digit id reach the database, where SQLite raises OverflowError (a 500)."""

    def to_python(self, value):
        if value in self.empty_values or isinstance(value, self.queryset.model):
            return super().to_python(value)
        if parse_id(value if isinstance(value, str) else str(value)) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """ModelMultipleChoiceField with every chosen id read by core.numbers.parse_id."""

    def _check_values(self, value):
        for pk in value:
            if parse_id(pk if isinstance(pk, str) else str(pk)) is None:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)
