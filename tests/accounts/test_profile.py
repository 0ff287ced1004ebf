import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_profile_lists_own_organisations_only(login, tenant, other_tenant):
    html = login(tenant.learner).get(reverse("accounts:profile")).content.decode()
    assert tenant.organization.name in html
    assert other_tenant.organization.name not in html


def test_empty_name_is_refused_and_nothing_changes(login, tenant):
    user = tenant.learner.user
    old = user.full_name
    response = login(user).post(reverse("accounts:profile"), {"full_name": ""})
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.full_name == old
