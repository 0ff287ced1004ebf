"""The header's link to the Wagtail admin follows the person's groups at once, though the
answer is kept in the cache (accounts/context_processors.py)."""

import pytest
from django.urls import reverse

from home.setup import editor_group_ensure

pytestmark = pytest.mark.django_db

ADMIN_LINK = f'href="{reverse("wagtailadmin_home")}"'


def test_an_editor_sees_the_link_and_loses_it_when_leaving_the_group(login, tenant):
    user = tenant.learner.user
    client = login(user)
    assert ADMIN_LINK not in client.get(reverse("learning:my_courses")).content.decode()

    editor_group_ensure().user_set.add(user)
    assert ADMIN_LINK in client.get(reverse("learning:my_courses")).content.decode()

    editor_group_ensure().user_set.remove(user)
    assert ADMIN_LINK not in client.get(reverse("learning:my_courses")).content.decode()


def test_the_link_costs_no_query_once_known(login, tenant, django_assert_max_num_queries):
    from accounts.context_processors import may_open_admin

    user = tenant.learner.user
    assert may_open_admin(user) is False
    with django_assert_max_num_queries(0):
        assert may_open_admin(user) is False
