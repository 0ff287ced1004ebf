"""core.forms.add_service_error: a service's refusal lands on the form's field when it has
one, and on top of the form otherwise, keeping its code."""

from django import forms
from django.core.exceptions import ValidationError

from core.forms import add_service_error


class NameForm(forms.Form):
    name = forms.CharField()


def _form() -> NameForm:
    form = NameForm({"name": "Kari"})
    assert form.is_valid()
    return form


def test_an_error_for_a_field_the_form_has_goes_on_that_field():
    form = _form()
    add_service_error(form, ValidationError({"name": ValidationError("x", code="taken")}))
    assert form.errors.as_data()["name"][0].code == "taken"


def test_an_error_for_a_field_the_form_lacks_goes_on_top():
    form = _form()
    add_service_error(form, ValidationError({"domain": ValidationError("x", code="bad")}))
    assert [e.code for e in form.non_field_errors().as_data()] == ["bad"]


def test_an_error_without_a_field_goes_on_top():
    form = _form()
    add_service_error(form, ValidationError("x", code="closed"))
    assert [e.code for e in form.non_field_errors().as_data()] == ["closed"]
