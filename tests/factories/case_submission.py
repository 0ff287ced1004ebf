"""Submitting a case through the front end's steps, as a member's browser does: start a draft,
post a step with every field as shown plus the changes, read the latest revision."""

from django.forms import CheckboxInput
from django.urls import reverse

from cases.models import CasePage

PDF = b"%PDF-1.4\n% test\n"
"""The smallest file the upload check takes for a PDF."""


def step_url(case, step):
    return reverse("cases:case_step", args=[case.pk, step])


def form_data(form) -> dict:
    """What a browser would post for a form as shown: every field's current value, and the
    management form of each child list."""
    data = {}

    def add(one):
        for name, field in one.fields.items():
            bound = one[name]
            value = bound.value()
            if name == "upload":
                continue
            if value is None:
                value = ""
            if isinstance(field.widget, CheckboxInput):
                if value:
                    data[bound.html_name] = "on"
            elif isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            else:
                data[bound.html_name] = str(value)

    add(form)
    for formset in form.formsets.values():
        management = formset.management_form
        for name in management.fields:
            data[management[name].html_name] = str(management[name].value())
        for child in formset.forms:
            add(child)
    return data


def step_data(client, case, step, **changes) -> dict:
    response = client.get(step_url(case, step))
    assert response.status_code == 200
    data = form_data(response.context["form"])
    data.update(changes)
    return data


def save_step(client, case, step, action="next", files=None, **changes):
    data = step_data(client, case, step, **changes)
    data["action"] = action
    if files:
        data.update(files)
    return client.post(step_url(case, step), data)


def start_case(client, title="Digitale nattilsyn i Testvik"):
    response = client.post(reverse("cases:case_new"), {"title": title})
    case = CasePage.objects.get(title=title)
    assert response.status_code == 302
    assert response["Location"] == step_url(case, "om-saken")
    return case


def latest(case):
    return CasePage.objects.get(pk=case.pk).get_latest_revision_as_object()
