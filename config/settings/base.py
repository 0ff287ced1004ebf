"""Settings shared by every environment. Values that differ come from the environment."""

import tomllib
from pathlib import Path

import environ
from celery.schedules import crontab

from core import rate_limits

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_ID = 1
SITE_NAME = "Spire"
# The domain allauth's emails name (django.contrib.sites' Site row, kept in step by
# accounts.sites.site_sync on every migrate); empty: the host of WAGTAILADMIN_BASE_URL.
SITE_DOMAIN = env("SITE_DOMAIN", default="")

INSTALLED_APPS = [
    # Project apps first, so their templates override the libraries' ones.
    "core",
    "accounts",
    "organizations",
    "cases",
    "courses",
    "learning",
    "assessments",
    "dashboards",
    "home",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.wagtail_users_app.SpireUsersAppConfig",  # wagtail.users with Spire's user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # allauth
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Celery
    "django_celery_beat",
    # CORS headers for the open data
    "corsheaders",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before the page cache, so a stored feed or export gets its CORS headers on every request.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.NorwegianByDefaultMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.middleware.PrivateCacheControlMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "config.middleware.PrivilegedSessionMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Open data (cases/views/open_data.py: the JSON API, and the case database's CSV export and Atom
# feed) may be read by any site's scripts, without cookies, so only what an anonymous visitor
# sees; nothing else answers cross-origin requests. The export and feed are matched by their
# own sub-path, so an editor may rename the case database page.
CORS_URLS_REGEX = r"^/(api/saker/.*|(.+/)?(eksport|feed)/)$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")

ROOT_URLCONF = "config.urls"
# Forms render through our templates (templates/django/forms/) in Designsystemet markup.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "organizations.context_processors.current_organization",
                "accounts.context_processors.editor_link",
            ],
        },
    },
]

# Database: SQLite on disk unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Re-check pooled connections so a restarted PostgreSQL costs one failed request, not many.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default takes concurrent writes (an editor's tabs: Wagtail's autosave, edit
    # tracking and a publish at the same moment). IMMEDIATE takes the write lock when a
    # transaction starts, so a writer waits its turn (up to the busy timeout, in seconds)
    # instead of failing with «database is locked» when a read turns into a write; WAL lets
    # readers go on while one writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is set. allauth's rate limits count in this cache, so
# production must share one cache between processes.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "spire",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
# Private pages and the admin send people straight to allauth (its MFA step and rate limits).
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
# Wagtail's own password reset is open to anyone and has no rate limit; allauth's has both.
WAGTAIL_PASSWORD_RESET_ENABLED = False
LOGIN_REDIRECT_URL = "accounts:profile"
LOGOUT_REDIRECT_URL = "/"

# allauth: email is the login, verified before first use; MFA is open to every user.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Spire] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
# Public pages for visitors who are not signed in are kept whole this long (home/page_cache.py);
# publishing a page forgets them at once. 0 turns the page cache off.
SPIRE_PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Part of every cache key (core/cache_versions.py): a deploy that sets a new value (the git tag
# or image digest it ships) leaves behind every page and section the old templates rendered.
# Without it, the package version: a deploy that keeps it serves the old markup until the
# cached values expire (SPIRE_PAGE_CACHE_SECONDS, an hour for the dashboards).
with (BASE_DIR / "pyproject.toml").open("rb") as _pyproject:
    SPIRE_RELEASE = env("SPIRE_RELEASE", default=tomllib.load(_pyproject)["project"]["version"])
# Every rate limit, Spire's and allauth's, is written once, in core/rate_limits.py. Set
# SPIRE_RATE_LIMITS (action → rate, merged over Spire's; "" turns one off, False all) to change
# Spire's own here; ACCOUNT_RATE_LIMITS = False turns allauth's off.
ACCOUNT_RATE_LIMITS = rate_limits.ACCOUNT_RATE_LIMITS
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Spire"

# Internationalisation: Norwegian Bokmål first, Nynorsk and English as full alternatives.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]  # each language's own date formats (config/formats/<lang>)
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("nb", "Norsk bokmål")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static files: the project's own plus Designsystemet from node_modules (installed by make).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/designsystemet-css", BASE_DIR / "node_modules/@digdir/designsystemet-css/dist/src"),
    ("vendor/designsystemet-theme", BASE_DIR / "node_modules/@digdir/designsystemet-theme/brand"),
    ("vendor/inter", BASE_DIR / "node_modules/@fontsource-variable/inter"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")

# Email: printed to the console unless EMAIL_URL names an SMTP server.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Spire <ikke-svar@spire.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery: without a broker, tasks run in-process so the embedded setup needs nothing else.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not (env("CELERY_BROKER_URL", default="") or REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A task that waits longer than the visibility timeout is delivered again; keep it above the
# longest countdown a task uses, since every task is idempotent.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
# The sent-email log (core.SentEmail) holds a recipient's address and what the email was about,
# so it is not kept for ever (data minimisation). It only has to outlive every retry and every
# task that looks back for something to send: the longest is the overdue reminder, sent up to
# 30 days after an assignment's due date (learning/tasks.py), so within retention a key still
# stops a duplicate. 400 days keeps over a year of "did the invitation go out?" for support.
SPIRE_SENT_EMAIL_RETENTION_DAYS = env.int("SENT_EMAIL_RETENTION_DAYS", default=400)
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Beat copies these into its database schedule at start; edit times in /django-admin/.
CELERY_BEAT_SCHEDULE = {
    "delete-inactive-accounts": {
        "task": "accounts.tasks.delete_inactive_accounts",
        "schedule": crontab(hour=3, minute=15),
    },
    "assignment-reminders": {
        "task": "learning.tasks.send_assignment_reminders",
        "schedule": crontab(hour=7, minute=0),
    },
    # Just after midnight: the rounds that closed yesterday get their answers written out and
    # their figures fixed before the dashboards' snapshots read them.
    "seal-closed-survey-rounds": {
        "task": "assessments.tasks.seal_closed_survey_rounds",
        "schedule": crontab(hour=0, minute=20),
    },
    "dashboard-snapshots": {
        "task": "dashboards.tasks.refresh_all_snapshots",
        "schedule": crontab(hour=2, minute=0),
    },
    # After the organisations' snapshots, which it is built from.
    "national-dashboard-snapshot": {
        "task": "dashboards.tasks.refresh_national_snapshot",
        "schedule": crontab(hour=4, minute=0),
    },
    "prune-sent-emails": {
        "task": "core.tasks.prune_sent_emails",
        "schedule": crontab(hour=3, minute=45),
    },
    "weekly-lead-digest": {
        "task": "learning.tasks.send_weekly_lead_digest",
        "schedule": crontab(hour=7, minute=30, day_of_week="monday"),
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Spire"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# The database backend: SQLite FTS5 on the embedded default, PostgreSQL full-text search with the
# Norwegian configuration (stemming, stop words) on PostgreSQL. OpenSearch: see the README.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "norwegian"
        if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
        else None,
    }
}
# What members may upload with a case (core/uploads.py: the validator, help text and messages
# all read these), by extension and the name people know the type by; editors may also add
# csv and txt in the admin. One size limit for every upload.
SPIRE_DOCUMENT_TYPES = {
    "pdf": "PDF",
    "docx": "Word",
    "xlsx": "Excel",
    "pptx": "PowerPoint",
    "odt": "OpenDocument",
    "ods": "OpenDocument",
}
SPIRE_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = [*SPIRE_DOCUMENT_TYPES, "csv", "txt"]
# Files go out through Django, which checks who may have a member's upload (cases/documents.py);
# with remote storage Wagtail would otherwise redirect to the file and skip the check.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = SPIRE_MAX_UPLOAD_BYTES
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from Gravatar: it would tell a third party who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Security headers that hold in every environment; production.py adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail marks its preview views SAMEORIGIN itself; CSP frame-ancestors allows the same.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Sessions are read from the cache (Redis in production) and written to both, which saves a
# query on every signed-in request; the database copy survives a cache restart.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Content Security Policy. Wagtail's admin needs inline styles; scripts come only from us.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

# How long an invitation to join an organisation stays valid.
INVITATION_VALID_DAYS = 14
