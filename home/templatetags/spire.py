"""Template helpers for the site's look (Designsystemet) shared by every app's templates."""

from django import template
from django.forms import BoundField, CheckboxInput

register = template.Library()


@register.simple_tag
def ds_widget(field: BoundField) -> str:
    """Render a form field's widget with Designsystemet's class, and point screen readers at
    its help text and error message."""
    attrs = {"class": "ds-input"}
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def is_checkbox(field: BoundField) -> bool:
    return isinstance(field.field.widget, CheckboxInput)
