from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.mfa import mfa_activate_totp
from cases.views.documents import document_serve
from config.media import debug_media_urlpatterns
from home.views import language_choose

# Every sign-in goes through allauth, so its rate limits and its MFA step always apply: the
# Wagtail admin, Django admin and Wagtail's front-end login would otherwise take a password alone.
to_allauth_login = RedirectView.as_view(pattern_name="account_login", query_string=True)

urlpatterns = [
    path("admin/login/", to_allauth_login),
    path("django-admin/login/", to_allauth_login),
    path("_util/login/", to_allauth_login),
    # Wagtail's password reset is off (WAGTAIL_PASSWORD_RESET_ENABLED); allauth's is limited.
    path(
        "admin/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password", query_string=False),
    ),
    # Setting up MFA asks for the password and an emailed code first (accounts/mfa.py).
    path("accounts/2fa/totp/activate/", mfa_activate_totp, name="mfa_activate_totp"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    # Wagtail's document URL, served with the cache headers a private file needs.
    re_path(r"^dokumenter/(\d+)/(.*)$", document_serve, name="wagtaildocs_serve"),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("profil/", include("accounts.urls")),
    path("sprak/", language_choose, name="language"),
    path("", include("organizations.urls")),
    path("", include("learning.urls")),
    path("", include("assessments.urls")),
    path("", include("cases.urls")),
    path("", include("dashboards.urls")),
]

urlpatterns += debug_media_urlpatterns()

urlpatterns += [path("", include(wagtail_urls))]
