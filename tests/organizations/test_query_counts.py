"""The member pages ask the database the same number of times however many members there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import DepartmentFactory, InvitationFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def _queries(client, url: str) -> int:
    client.get(url)  # warm the caches the page uses, as in steady operation
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _grow(tenant, n: int) -> None:
    department = DepartmentFactory(organization=tenant.organization)
    for _ in range(n):
        MembershipFactory(organization=tenant.organization, department=department)
        InvitationFactory(organization=tenant.organization)


@pytest.mark.parametrize(
    "name", ["organizations:members", "organizations:invitations", "organizations:departments"]
)
def test_query_count_does_not_grow_with_members(mfa_login, tenant, name):
    client = mfa_login(tenant.admin)
    url = reverse(name)
    _grow(tenant, 3)
    small = _queries(client, url)
    _grow(tenant, 30)
    large = _queries(client, url)
    assert small == large
    assert large <= 10
