from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from allauth.account.signals import email_changed, email_removed
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.db.models.signals import m2m_changed, post_delete, post_migrate

        from accounts.context_processors import editor_links_forget
        from accounts.receivers import address_gone_offboard
        from accounts.sites import site_sync

        user = get_user_model()
        for through in (user.groups.through, user.user_permissions.through):
            m2m_changed.connect(editor_links_forget, sender=through, dispatch_uid=f"el_{through}")
        m2m_changed.connect(
            editor_links_forget, sender=Group.permissions.through, dispatch_uid="el_g"
        )
        post_delete.connect(editor_links_forget, sender=Group, dispatch_uid="el_group_deleted")

        email_removed.connect(address_gone_offboard, dispatch_uid="offboard_email_removed")
        email_changed.connect(address_gone_offboard, dispatch_uid="offboard_email_changed")
        # Before django.contrib.sites' own post_migrate, which makes «example.com» only when
        # there is no Site row yet (accounts comes first in INSTALLED_APPS).
        post_migrate.connect(site_sync, sender=self, dispatch_uid="accounts_site_sync")
