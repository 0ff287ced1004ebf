"""Uploads: only allowed types and sizes are stored, and a file a member submits with a case is
served only to those who may work on the case until a public case page lists it.

The case form's own rules (extension, 10 MB, empty files, a .pdf that starts like an .exe) are
tested in tests/cases/test_submission.py::test_only_office_documents_up_to_10_mb_are_accepted;
this file adds what that test leaves out: nothing of a refused file reaches the disk, the
editors' upload in the admin, and who may download a submitted file."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import ValidationError
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import GroupPagePermission, Page, PageViewRestriction

from cases import services
from cases.models import CaseDocument, CasePage, CaseParticipant, ParticipantRole
from core.groups import EDITORS
from core.uploads import validate_document
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory
from tests.factories.case_submission import PDF, latest, save_step, start_case
from tests.factories.cases import publish_case
from tests.factories.mfa import log_in_with_mfa

pytestmark = pytest.mark.django_db

EXE = b"MZ\x90\x00\x03\x00\x00\x00"  # how a Windows program starts


@pytest.fixture(autouse=True)
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()]


def _admin_user(email: str, group: str, page, permission: str | None = None):
    """A person in a group of the Wagtail admin, which may `permission` pages below `page`."""
    group, _created = Group.objects.get_or_create(name=group)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    if permission:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=Permission.objects.get(codename=permission)
        )
    user = UserFactory(email=email)
    user.groups.add(group)
    return user


@pytest.fixture
def editor(case_index):
    """An editor in the group that reviews cases; Wagtail's Editors may also choose any
    document in the admin."""
    services.case_review_workflow_ensure(case_index)
    return _admin_user("redaktor@example.org", EDITORS, case_index)


@pytest.fixture
def reviewer(case_index):
    """Someone who may edit cases in the admin but not manage documents there."""
    return _admin_user("saksbehandler@example.org", "Saksgjennomgang", case_index, "change_page")


@pytest.fixture
def course_editor(case_index):
    """An admin user whose pages are elsewhere and who may not manage documents."""
    home = case_index.get_parent()
    return _admin_user("kursredaktor@example.org", "Kursredaksjon", home, "add_page")


@pytest.fixture
def partner(db):
    """A member of an organisation the draft names as a buyer only in its latest revision."""
    return MembershipFactory(
        organization=OrganizationFactory(name="Partnervik kommune"),
        user=UserFactory(email="ansatt@partnervik.kommune.no"),
    )


@pytest.fixture
def draft_document(client, login, tenant, partner, case_index):
    """A draft by the learner in Testvik, with a file and Partnervik added as a buyer."""
    login(tenant.learner)
    case = start_case(client)
    save_step(client, case, "dokumenter", files={"documents-0-upload": _upload("krav.pdf", PDF)})
    draft = latest(case)
    draft.participants.add(
        CaseParticipant(organization=partner.organization, role=ParticipantRole.PARTICIPANT)
    )
    services.case_draft_save(case=draft, user=tenant.learner.user)
    client.logout()
    document = draft.documents.get().document
    assert document.collection.name == "Innsendte saksdokumenter"
    return document


def _upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def _status(client, document, user=None) -> int:
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(document.url)
    if response.status_code == 200:
        assert b"".join(response.streaming_content) == document.file.open("rb").read()
        document.file.close()
    return response.status_code


# --- who may download a submitted file -----------------------------------------------------


def test_a_drafts_file_is_served_only_to_those_who_may_work_on_the_case(
    client, tenant, other_tenant, partner, editor, reviewer, course_editor, draft_document
):
    for outsider in (None, other_tenant.learner.user, other_tenant.admin.user, course_editor):
        assert _status(client, draft_document, outsider) == 404, outsider
    for insider in (
        tenant.learner.user,  # the draft's owner, who uploaded it
        tenant.lead.user,  # a member of the lead buyer
        partner.user,  # a member of a buyer named only in the draft
        editor,  # an editor who reviews cases and may choose documents
        reviewer,  # an editor who may edit the case but not manage documents
    ):
        assert _status(client, draft_document, insider) == 200, insider


def test_404_for_a_hidden_file_is_the_same_as_for_one_that_does_not_exist(client, draft_document):
    url = draft_document.url
    unknown_url = url.replace(f"/{draft_document.pk}/", "/999999/")
    hidden, missing = client.get(url), client.get(unknown_url)
    assert hidden.status_code == missing.status_code == 404
    # The pages differ only in the address they echo and the language switcher's CSRF token.
    assert _without_echo(hidden, url) == _without_echo(missing, unknown_url)


def _without_echo(response, url: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", response.content.decode()).replace(
        url, ""
    )


def test_a_member_who_leaves_the_buying_organisation_loses_access(client, tenant, draft_document):
    assert _status(client, draft_document, tenant.lead.user) == 200
    tenant.lead.delete()
    assert _status(client, draft_document, tenant.lead.user) == 404


def test_the_file_is_public_while_a_public_case_page_lists_it(client, other_tenant, draft_document):
    case = CasePage.objects.get()
    case.get_latest_revision().publish()
    page = client.get(case.url).content.decode()
    assert f'href="{draft_document.url}"' in page  # the live page's link works for everyone
    assert _status(client, draft_document) == 200
    assert _status(client, draft_document, other_tenant.learner.user) == 200

    restriction = PageViewRestriction.objects.create(
        page=Page.objects.get(pk=case.pk), restriction_type=PageViewRestriction.LOGIN
    )
    assert _status(client, draft_document) == 404
    restriction.delete()

    case.refresh_from_db()
    case.unpublish()
    assert _status(client, draft_document) == 404


def test_a_file_added_in_a_proposed_update_stays_private_until_approved(
    client, login, tenant, case_index
):
    published = services.case_document_store(
        file=_upload("kontrakt.pdf", PDF), title="Kontrakt", user=tenant.learner.user
    )
    case = publish_case(case_index, organizations=[tenant.organization])
    case.documents = [CaseDocument(title="Kontrakt", document=published)]
    case.save_revision().publish()

    login(tenant.learner)
    save_step(
        client,
        case,
        "dokumenter",
        files={"documents-1-upload": _upload("evaluering.pdf", PDF)},
        **{"documents-1-title": "Evaluering"},
    )
    proposed = latest(case).documents.get(title="Evaluering").document
    assert _status(client, proposed, tenant.learner.user) == 200
    assert _status(client, published) == 200
    assert _status(client, proposed) == 404


def test_the_editors_own_documents_are_served_as_before(client):
    document = get_document_model().objects.create(
        title="Veileder", file=ContentFile(PDF, name="veileder.pdf")
    )
    assert _status(client, document) == 200


def test_uploaded_files_are_never_served_from_the_media_folder(client, draft_document):
    """Only Wagtail's document view, which asks the rule above, serves the files. In
    production the web server must not serve MEDIA_ROOT/documents/ either."""
    assert client.get(draft_document.file.url).status_code == 404


# --- what may be uploaded ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("faktura.pdf", EXE + b"program", "content"),  # a renamed .exe
        ("rapport.pdf.exe", EXE, "invalid_extension"),
        ("krav.docx", PDF, "content"),  # a PDF is not a Word file
        ("side.html", b"<script>alert(1)</script>", "invalid_extension"),
        ("bilde.svg", b"<svg onload=alert(1)>", "invalid_extension"),
    ],
)
def test_a_refused_file_leaves_a_message_and_nothing_stored(
    client, login, tenant, case_index, media, name, content, code
):
    login(tenant.learner)
    case = start_case(client)

    response = save_step(
        client, case, "dokumenter", files={"documents-0-upload": _upload(name, content)}
    )

    row = response.context["form"].formsets["documents"].forms[0]
    assert [error.code for error in row.errors.as_data()["upload"]] == [code]
    assert str(row.errors["upload"][0]) in response.content.decode()
    assert not get_document_model().objects.exists()
    assert stored_files(media) == []


def test_the_size_limit_is_10_mb_exactly(settings):
    assert settings.SPIRE_MAX_UPLOAD_BYTES == 10 * 1024 * 1024
    exactly = _upload("stor.pdf", PDF + b"0" * (settings.SPIRE_MAX_UPLOAD_BYTES - len(PDF)))
    validate_document(exactly)
    with pytest.raises(ValidationError) as refused:
        validate_document(_upload("stor.pdf", PDF + b"0" * (settings.SPIRE_MAX_UPLOAD_BYTES)))
    assert refused.value.code == "too_large"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("side.html", b"<script>alert(1)</script>"),
        ("bilde.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
        ("program.exe", EXE),
    ],
)
def test_the_admin_refuses_scriptable_and_program_files(client, media, name, content):
    """Editors upload documents in the admin; WAGTAILDOCS_EXTENSIONS keeps out files a browser
    would run."""
    log_in_with_mfa(
        client, UserFactory(email="super@example.org", is_superuser=True, is_staff=True)
    )

    response = client.post(
        "/admin/documents/add/", {"title": "Fil", "file": _upload(name, content)}
    )

    assert response.status_code == 200
    message = response.context["form"].errors["file"][0]
    assert Path(name).suffix.lstrip(".") in message and "pdf" in message  # type and the allowed
    assert escape(message) in response.content.decode()
    assert not get_document_model().objects.exists()
    assert stored_files(media) == []
