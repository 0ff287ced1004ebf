"""Wagtail's users in the admin, with Spire's user forms (accounts.forms): Wagtail 8 takes them
only from the user viewset its app config names, so this config stands in INSTALLED_APPS in
place of «wagtail.users». Kept apart from accounts/apps.py, where a second config would make
Django unsure which one is the accounts app's."""

from wagtail.users.apps import WagtailUsersAppConfig


class SpireUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "accounts.admin_users.UserViewSet"
