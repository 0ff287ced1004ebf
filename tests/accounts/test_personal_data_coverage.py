"""Every row that is about a person is in their export, goes when they delete their account, or
both (accounts/personal_data.py says which, and why)."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import models
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import PageLogEntry

from accounts.personal_data import COVERAGE, NULLED_ON_DELETION, Deletion
from accounts.services import account_delete
from cases import services as case_services
from cases.models import CaseDocument, PartnerInterest, ServiceArea, ServiceAreaFollow
from core.models import SentEmail
from organizations.models import Invitation
from tests.factories import InvitationFactory
from tests.factories.cases import publish_case

pytestmark = pytest.mark.django_db
User = get_user_model()
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def _user_links() -> dict[str, models.Field]:
    """Fields declared on a model (not inherited) that point at the user model, and fields
    that hold an email address as text."""
    links = {}
    for model in apps.get_models():
        for field in model._meta.get_fields(include_parents=False):
            if getattr(field, "auto_created", False) or field.model is not model:
                continue
            points_at_user = field.is_relation and field.related_model is User
            if points_at_user or isinstance(field, models.EmailField):
                links[f"{model._meta.label}.{field.name}"] = field
    return links


def test_every_link_to_a_person_is_covered_by_export_or_deletion():
    """A new model that refers to a person, or stores an address, fails here until someone adds
    it to accounts.personal_data.COVERAGE."""
    links = _user_links()
    assert sorted(set(links) - set(COVERAGE)) == [], "add these to COVERAGE"
    assert sorted(set(COVERAGE) - set(links)) == [], "these are in COVERAGE but no longer exist"
    for name, field in links.items():
        coverage = COVERAGE[name]
        if not field.is_relation:
            continue
        on_delete = field.remote_field.on_delete
        if coverage.deletion is Deletion.DELETED:
            assert on_delete is models.CASCADE, name
        elif coverage.deletion is Deletion.UNLINKED:
            assert on_delete is models.SET_NULL or name in NULLED_ON_DELETION, name
        else:
            pytest.fail(f"{name}: a link to the user is deleted or unlinked, not {coverage}")
        if coverage.export is None or coverage.deletion is Deletion.KEPT:
            assert coverage.reason, f"{name}: say why it is not exported or kept"


def test_anonymous_survey_responses_stay_unlinked():
    for label in ("assessments.SurveyResponse", "assessments.SurveyAnswer"):
        model = apps.get_model(label)
        assert not any(
            f.is_relation and f.related_model is User for f in model._meta.get_fields()
        ), label
    assert "assessments.SurveyParticipation.user" in COVERAGE


def test_every_export_key_of_the_mapping_is_in_the_export(login, tenant):
    data = json.loads(login(tenant.learner).get(reverse("accounts:data_export")).content)
    keys = {c.export for c in COVERAGE.values() if c.export}
    assert sorted(keys - set(data)) == []


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def _upload(user, name: str):
    return case_services.case_document_store(
        file=ContentFile(PDF, name=name), title=name, user=user
    )


def test_export_holds_cases_files_devices_follows_interests_invitations_and_answers(
    login, tenant, case_index, quiz, media
):
    from assessments import services as assessments
    from assessments.models import Answer
    from learning import services as learning

    user, lead = tenant.learner.user, tenant.lead.user
    draft = case_services.case_draft_create(membership=tenant.learner, title="Min sak")
    _upload(user, "anbud.pdf")
    Authenticator.objects.create(user=user, type="totp", data={"secret": "HEMMELIG"})
    ServiceAreaFollow.objects.create(user=user, service_area=ServiceArea.objects.first())
    seeking = publish_case(case_index, title="Søker partnere")
    PartnerInterest.objects.create(
        case=seeking, organization=tenant.organization, registered_by=user, message="Vi vil"
    )
    InvitationFactory(organization=tenant.organization, invited_by=user, email="ny@x.no")
    learning.enrolment_create(user=user, course=quiz.course)
    attempt = assessments.attempt_start(user=user, quiz=quiz.quiz)
    question_id = attempt.question_ids[0]
    Answer.objects.create(attempt=attempt, question_id=question_id, choices=[])
    assessments.attempt_submit(attempt=attempt, user=user)
    publish_case(case_index, title="Kontaktsak", contact_email=user.email.upper())

    response = login(user).get(reverse("accounts:data_export"))
    data = json.loads(response.content)
    text = response.content.decode()

    assert [c["case"] for c in data["cases_submitted"]] == [draft.title]
    assert data["cases_submitted"][0]["started_by_you"] is True
    assert [f["title"] for f in data["files_uploaded"]] == ["anbud.pdf"]
    assert [m["type"] for m in data["two_factor_methods"]] == ["totp"]
    assert "HEMMELIG" not in text
    assert len(data["service_areas_followed"]) == 1
    assert [i["message"] for i in data["partner_interests_registered"]] == ["Vi vil"]
    assert len(data["invitations_sent"]) == 1 and "ny@x.no" not in text
    answers = data["quiz_attempts"][0]["answers"]
    assert len(answers) == 1 and answers[0]["question"]
    assert [c["case"] for c in data["cases_naming_you_as_contact"]] == ["Kontaktsak"]
    assert lead.email not in text


def test_deletion_erases_the_address_and_orphaned_uploads(
    tenant, case_index, password, media, django_capture_on_commit_callbacks
):
    user = tenant.learner.user
    address, user_id = user.email, user.pk
    InvitationFactory(organization=tenant.organization, email=address.upper())
    kept_invitation = InvitationFactory(organization=tenant.organization, email="andre@x.no")
    SentEmail.objects.create(key="invitation:1", recipient=address)
    SentEmail.objects.create(key="invitation:2", recipient="andre@x.no")
    orphan = _upload(user, "glemt.pdf")
    listed = _upload(user, "vedlegg.pdf")
    case = publish_case(case_index, title="Publisert", organizations=[tenant.organization])
    CaseDocument.objects.create(page=case, title="Vedlegg", document=listed)
    PageLogEntry.objects.log_action(case, "wagtail.edit", user=user)
    orphan_path = Path(orphan.file.path)
    assert orphan_path.exists()

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=user, password=password)

    assert list(Invitation.objects.all()) == [kept_invitation]
    assert list(SentEmail.objects.values_list("recipient", flat=True)) == ["andre@x.no"]
    assert not get_document_model().objects.filter(pk=orphan.pk).exists()
    assert not orphan_path.exists()
    kept = get_document_model().objects.get(pk=listed.pk)
    assert kept.uploaded_by_user is None and Path(kept.file.path).exists()
    assert not PageLogEntry.objects.filter(user_id=user_id).exists()


def test_inactive_accounts_are_erased_the_same_way(tenant):
    from accounts.services import inactive_accounts_delete

    user = tenant.learner.user
    User.objects.filter(pk=user.pk).update(last_login=timezone.now() - timedelta(days=800))
    InvitationFactory(organization=tenant.organization, email=user.email)
    SentEmail.objects.create(key="x", recipient=user.email)
    assert inactive_accounts_delete() == 1
    assert not Invitation.objects.exists() and not SentEmail.objects.exists()
