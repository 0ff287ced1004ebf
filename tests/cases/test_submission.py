"""Submitting a case from the front end: drafts in steps, the editors' review in Wagtail's
workflow, emails to the submitter, proposed updates, bad input and who may see what."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import WorkflowState

from cases import selectors, services
from cases.models import (
    CaseLesson,
    CasePage,
    CasePhase,
    CaseStatus,
    ParticipantRole,
    ProcurementPhase,
    ServiceArea,
)
from core.groups import EDITORS, MODERATORS
from organizations.validators import org_number_check_digit
from tests.factories import UserFactory
from tests.factories.case_submission import (
    PDF,
    form_data,
    latest,
    save_step,
    start_case,
    step_url,
)
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db

# --- helpers -----------------------------------------------------------------------------------


@pytest.fixture
def workflow(case_index):
    return services.case_review_workflow_ensure(case_index)


@pytest.fixture
def editor(db):
    user = UserFactory(email="redaktor@example.org")
    user.groups.add(Group.objects.get_or_create(name=EDITORS)[0])
    return user


def missing(field: str) -> str:
    """The message a missing required field gets, in the language the site speaks."""
    return str(services.REQUIRED_FOR_SUBMISSION[field][1])


def codes(form, field: str) -> list[str]:
    return [error.code for error in form.errors.as_data().get(field, [])]


def review_url(case):
    return reverse("cases:case_review", args=[case.pk])


def fill_everything(client, case):
    save_step(
        client,
        case,
        "om-saken",
        summary="Vi kjøpte digitalt tilsyn for nattevakter.",
        need="Nattevaktene trengte å se flere beboere samtidig.",
        service_area=str(ServiceArea.objects.get(slug="helse-omsorg").pk),
        status=str(CaseStatus.objects.get(slug="pagar").pk),
        started_year="2021",
        contact_role="Innkjøpsavdelingen",
        contact_email="postmottak@testvik.kommune.no",
    )
    save_step(
        client,
        case,
        "anskaffelsen",
        cpv_codes="45000000-7",
        contract_value="2 500 000",
        **{
            "phases-0-phase": str(ProcurementPhase.objects.get(slug="markedsdialog").pk),
            "phases-0-started_on": "2021-02-01",
            "phases-0-ended_on": "2021-06-30",
        },
    )
    save_step(
        client,
        case,
        "resultater",
        **{"lessons-0-text": "Snakk med nattevaktene før dere skriver kravspesifikasjonen."},
    )


@pytest.fixture
def review(django_capture_on_commit_callbacks):
    """An editor acts on the case's current task through Wagtail's workflow API, and the
    emails that follow the commit are sent (Celery runs eagerly in tests)."""

    def _review(case, editor, action="approve", comment=""):
        state = CasePage.objects.get(pk=case.pk).current_workflow_state
        task_state = state.current_task_state
        with django_capture_on_commit_callbacks(execute=True):
            task_state.task.specific.on_action(task_state, editor, action, comment=comment)

    return _review


def mails_to(address):
    return [m for m in mail.outbox if address in m.to]


# --- the whole way through -------------------------------------------------------------------


def test_a_member_drafts_in_steps_comes_back_submits_and_is_published(
    client, login, tenant, workflow, editor, review
):
    member = tenant.learner
    login(member)
    case = start_case(client)
    assert not case.live
    assert case.owner == member.user
    assert [(p.organization, p.role) for p in latest(case).participants.all()] == [
        (tenant.organization, ParticipantRole.LEAD)
    ]

    response = save_step(client, case, "om-saken", summary="Første utkast.", action="save")
    assert response["Location"] == step_url(case, "om-saken")
    response = save_step(client, case, "om-saken", need="Et behov.", action="next")
    assert response["Location"] == step_url(case, "anskaffelsen")

    # Leave and come back: the draft is there, on the page and in the latest revision.
    client.logout()
    login(member)
    response = client.get(step_url(case, "om-saken"))
    assert "Første utkast." in response.content.decode()
    assert "Et behov." in response.content.decode()
    assert not CasePage.objects.get(pk=case.pk).summary  # nothing written to the page itself

    # Sending with required fields missing keeps the draft and lists each problem.
    response = client.post(review_url(case))
    assert response.status_code == 200
    assert WorkflowState.objects.count() == 0
    page = response.content.decode()
    assert missing("service_area") in page
    assert missing("phases") in page
    assert f"{step_url(case, 'om-saken')}?kontroller=1#id_service_area" in page
    assert f"{step_url(case, 'anskaffelsen')}?kontroller=1#formset-phases" in page

    # …and each step shows its problems at the fields.
    response = client.get(step_url(case, "om-saken") + "?kontroller=1")
    form = response.context["form"]
    assert form.errors["service_area"] == [missing("service_area")]
    assert "summary" not in form.errors
    assert 'id="id_service_area_error"' in response.content.decode()
    response = client.get(step_url(case, "anskaffelsen") + "?kontroller=1")
    assert 'id="formset-phases-error"' in response.content.decode()

    fill_everything(client, case)
    response = client.get(review_url(case))
    assert response.context["problem_groups"] == []
    response = client.post(review_url(case))
    assert response["Location"] == reverse("cases:my_cases")
    state = CasePage.objects.get(pk=case.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == workflow

    # While it is reviewed, the steps are read-only.
    response = client.get(step_url(case, "om-saken"))
    assert response.context["state"].locked
    assert all(field.disabled for field in response.context["form"].fields.values())
    client.post(step_url(case, "om-saken"), {"title": "Endret under vurdering", "action": "save"})
    assert latest(case).title == "Digitale nattilsyn i Testvik"

    mail.outbox.clear()
    review(case, editor)
    case.refresh_from_db()
    assert case.live
    assert case.summary == "Vi kjøpte digitalt tilsyn for nattevakter."
    assert [p.text for p in case.lessons.all()] == [
        "Snakk med nattevaktene før dere skriver kravspesifikasjonen."
    ]
    assert len(mails_to(member.user.email)) == 1
    [row] = client.get(reverse("cases:my_cases")).context["rows"]
    assert row.state.status == "published"


def test_the_editors_ask_for_changes_and_the_member_sends_again(
    client, login, tenant, workflow, editor, review
):
    login(tenant.learner)
    case = start_case(client)
    fill_everything(client, case)
    client.post(review_url(case))
    mail.outbox.clear()

    review(case, editor, "reject", comment="Legg til hvilken prosedyre dere brukte.")

    assert len(mails_to(tenant.learner.user.email)) == 1
    response = client.get(reverse("cases:my_cases"))
    [row] = response.context["rows"]
    assert row.state.status == "changes_requested"
    assert row.state.label == str(selectors.SUBMISSION_STATUS_LABELS["changes_requested"])
    assert row.state.label in response.content.decode()
    assert "Legg til hvilken prosedyre dere brukte." in response.content.decode()
    response = client.get(step_url(case, "anskaffelsen"))
    assert not response.context["state"].locked
    assert "Legg til hvilken prosedyre dere brukte." in response.content.decode()

    save_step(client, case, "anskaffelsen", requirements_style="functional")
    response = client.post(review_url(case))
    assert response.status_code == 302
    state = CasePage.objects.get(pk=case.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision.as_object().requirements_style == "functional"


# --- bad input -------------------------------------------------------------------------------


def _valid_org_number() -> str:
    for n in range(91234567, 91234667):
        digit = org_number_check_digit(str(n))
        if digit is not None:
            return f"{n}{digit}"
    raise AssertionError


def test_format_errors_are_shown_at_the_fields_and_nothing_is_lost(
    client, login, tenant, case_index
):
    login(tenant.learner)
    case = start_case(client)
    before = latest(case).latest_revision_id

    response = save_step(
        client,
        case,
        "anskaffelsen",
        cpv_codes="45000000-8",
        contract_value="to millioner",
        **{
            "phases-0-phase": str(ProcurementPhase.objects.get(slug="kontrakt").pk),
            "phases-0-started_on": "2022-05-01",
            "phases-0-ended_on": "2022-01-01",
            "phases-0-note": "Kontrakt signert",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert codes(form, "cpv_codes") == ["cpv_check_digit"]
    assert codes(form, "contract_value") == ["invalid"]
    assert codes(form.formsets["phases"].forms[0], "ended_on") == ["ends_before_start"]
    page = response.content.decode()
    assert 'value="45000000-8"' in page and 'value="to millioner"' in page
    assert "Kontrakt signert" in page
    assert 'href="#id_cpv_codes"' in page  # the summary links to the field
    assert CasePage.objects.get(pk=case.pk).latest_revision_id == before

    response = save_step(client, case, "anskaffelsen", contract_value="-5")
    assert codes(response.context["form"], "contract_value") == ["min_value"]

    response = save_step(
        client,
        case,
        "resultater",
        **{"suppliers-0-name": "Leverandør AS", "suppliers-0-org_number": "123456789"},
    )
    supplier = response.context["form"].formsets["suppliers"].forms[0]
    assert codes(supplier, "org_number") == ["check_digit"]
    assert 'value="Leverandør AS"' in response.content.decode()
    assert CasePage.objects.get(pk=case.pk).latest_revision_id == before

    good = _valid_org_number()
    save_step(
        client,
        case,
        "resultater",
        **{
            "suppliers-0-name": "Leverandør AS",
            "suppliers-0-org_number": good[:3] + " " + good[3:],
        },
    )
    assert [s.org_number for s in latest(case).suppliers.all()] == [good]


def _upload(name, content):
    return SimpleUploadedFile(name, content)


def test_only_office_documents_up_to_10_mb_are_accepted(client, login, tenant, case_index):
    login(tenant.learner)
    case = start_case(client)
    before = CasePage.objects.get(pk=case.pk).latest_revision_id

    for upload, code in [
        (_upload("virus.exe", b"MZ..."), "invalid_extension"),
        (_upload("stor.pdf", PDF + b"0" * (11 * 1024 * 1024)), "too_large"),
        (_upload("tom.pdf", b""), "empty"),
        (_upload("falsk.pdf", b"MZ not a pdf"), "content"),
    ]:
        response = save_step(
            client,
            case,
            "dokumenter",
            files={"documents-0-upload": upload, "documents-0-title": "Konkurransegrunnlag"},
        )
        assert response.status_code == 200
        row = response.context["form"].formsets["documents"].forms[0]
        assert codes(row, "upload") == [code]
        assert row.errors["upload"][0] in response.content.decode()
        assert 'value="Konkurransegrunnlag"' in response.content.decode()
    assert CasePage.objects.get(pk=case.pk).latest_revision_id == before
    assert get_document_model().objects.count() == 0

    save_step(client, case, "dokumenter", files={"documents-0-upload": _upload("krav.pdf", PDF)})
    rows = list(latest(case).documents.all())
    assert [row.title for row in rows] == ["krav"]
    document = rows[0].document
    assert document.collection.name == "Innsendte saksdokumenter"
    assert document.uploaded_by_user == tenant.learner.user
    assert not CasePage.objects.get(pk=case.pk).documents.exists()  # only in the revision


def test_a_valid_file_is_kept_when_another_field_must_be_corrected(
    client, login, tenant, case_index
):
    login(tenant.learner)
    case = start_case(client)
    response = save_step(
        client,
        case,
        "dokumenter",
        files={
            "documents-0-upload": _upload("rapport.docx", b"PK\x03\x04rest"),
            "documents-0-title": "Sluttrapport",
            "sources-0-title": "Nyhetssak",
            "sources-0-url": "ikke en adresse",
        },
    )
    assert "url" in response.context["form"].formsets["sources"].forms[0].errors
    document = get_document_model().objects.get()
    assert f'value="{document.pk}"' in response.content.decode()
    assert "rapport" in response.content.decode()

    data = form_data(response.context["form"])
    data["sources-0-url"] = "https://example.org/nyhet"
    data["action"] = "save"
    client.post(step_url(case, "dokumenter"), data)
    assert [row.document_id for row in latest(case).documents.all()] == [document.pk]


def test_someone_elses_upload_cannot_be_attached(client, login, tenant, other_tenant, case_index):
    stranger_file = services.case_document_store(
        file=_upload("hemmelig.pdf", PDF), title="Hemmelig", user=other_tenant.learner.user
    )
    login(tenant.learner)
    case = start_case(client)
    response = save_step(
        client,
        case,
        "dokumenter",
        **{"documents-0-title": "Stjålet", "documents-0-existing_document": str(stranger_file.pk)},
    )
    assert "existing_document" in response.context["form"].formsets["documents"].forms[0].errors
    assert not list(latest(case).documents.all())


# --- who may do what ---------------------------------------------------------------------------


def _urls(case):
    return [
        step_url(case, "om-saken"),
        step_url(case, "anskaffelsen"),
        step_url(case, "resultater"),
        step_url(case, "dokumenter"),
        review_url(case),
        reverse("cases:case_propose_update", args=[case.pk]),
    ]


def test_another_organisations_member_gets_404_and_anonymous_must_log_in(
    client, login, tenant, other_tenant, case_index
):
    case = services.case_draft_create(membership=tenant.learner, title="Intern sak")
    for url in _urls(case):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    login(other_tenant.admin)
    for url in _urls(case):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"title": "Kapret", "action": "save"}).status_code == 404, url
    assert latest(case).title == "Intern sak"
    assert client.get(reverse("cases:my_cases")).context["rows"] == []

    # A colleague in the same organisation may help with the draft.
    login(tenant.lead)
    assert client.get(step_url(case, "om-saken")).status_code == 200


def test_a_person_without_an_organisation_is_told_how_to_join(client, login, case_index):
    login(UserFactory())
    response = client.get(reverse("cases:case_new"))
    assert response.status_code == 200
    assert reverse("organizations:join") in response.content.decode()
    client.post(reverse("cases:case_new"), {"title": "Uten organisasjon"})
    assert not CasePage.objects.filter(title="Uten organisasjon").exists()


def test_a_participant_proposes_an_update_that_waits_for_approval(
    client, login, case_index, tenant, other_tenant, workflow, editor, review
):
    case = publish_case(
        case_index,
        title="Felles innkjøp",
        organizations=[other_tenant.organization, tenant.organization],
    )
    login(tenant.learner)
    response = client.get(reverse("cases:case_propose_update", args=[case.pk]))
    assert response["Location"] == step_url(case, "om-saken")
    assert CasePage.objects.get(pk=case.pk).revisions.count() == 1  # nothing saved yet

    save_step(client, case, "om-saken", summary="Et nytt sammendrag med resultater.")
    save_step(
        client,
        case,
        "resultater",
        **{"lessons-1-text": "Vi målte en halvering av uønskede hendelser."},
    )
    live = CasePage.objects.get(pk=case.pk)
    assert live.summary == "Sammendrag av Felles innkjøp."
    assert live.has_unpublished_changes
    assert selectors.review_state(live).status == "published_update_draft"

    response = client.post(review_url(case))
    assert response.status_code == 302, response.context["problem_groups"]
    assert CasePage.objects.get(pk=case.pk).summary == "Sammendrag av Felles innkjøp."
    rows = {
        row.case.pk: row.state
        for row in selectors.cases_of_member(tenant.learner.user, tenant.learner)
    }
    assert rows[case.pk].status == "published_update_in_review"

    review(case, editor)
    live = CasePage.objects.get(pk=case.pk)
    assert live.summary == "Et nytt sammendrag med resultater."
    assert live.lessons.count() == 2


def test_someone_outside_the_case_cannot_propose_an_update(
    client, login, case_index, tenant, other_tenant
):
    case = publish_case(case_index, organizations=[other_tenant.organization])
    login(tenant.admin)
    assert client.get(reverse("cases:case_propose_update", args=[case.pk])).status_code == 404


def test_a_draft_never_appears_in_the_case_search(client, login, tenant, case_index):
    login(tenant.learner)
    case = start_case(client, title="Hemmelig utkast")
    save_step(client, case, "resultater", **{"lessons-0-text": "Blåbærsyltetøy hjelper alltid."})
    result = selectors.case_search(selectors.CaseQuery.from_query(QueryDict("q=Blåbærsyltetøy")))
    assert result.total == 0
    result = selectors.case_search(selectors.CaseQuery.from_query(QueryDict("")))
    assert case.pk not in [c.pk for c in result.page.object_list]


def test_my_cases_costs_the_same_number_of_queries_for_many_cases(client, login, tenant, workflow):
    login(tenant.learner)
    client.get(reverse("cases:my_cases"))  # warm caches (site root paths, session)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("cases:my_cases")).status_code == 200
        return len(queries)

    services.case_draft_create(membership=tenant.learner, title="Første")
    few = count()
    for n in range(4):
        case = services.case_draft_create(membership=tenant.learner, title=f"Sak {n}")
        if n % 2:
            fill = case.get_latest_revision_as_object()
            fill.summary, fill.need, fill.contact_email = "S", "N", "a@b.no"
            fill.service_area = ServiceArea.objects.first()
            fill.status = CaseStatus.objects.first()
            fill.phases = [CasePhase(phase=ProcurementPhase.objects.first())]
            fill.lessons = [CaseLesson(text="L")]
            services.case_draft_save(case=fill, user=tenant.learner.user)
            services.case_submit(case=fill, user=tenant.learner.user)
    assert count() == few


def test_the_review_workflow_is_set_up_once(case_index):
    first = services.case_review_workflow_ensure(case_index)
    second = services.case_review_workflow_ensure(case_index)
    assert first == second
    assert case_index.get_workflow() == first
    task = first.tasks.get().specific
    assert sorted(task.groups.values_list("name", flat=True)) == sorted([EDITORS, MODERATORS])
