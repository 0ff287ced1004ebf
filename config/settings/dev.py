"""Local development: debug on, console email, a fixed throwaway secret."""

from .base import *
from .base import INSTALLED_APPS, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-secret-not-for-production-use-0123456789")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
# Serve static files straight from their folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Demo and scale data (`setup_demo`, `generate_scale_data`): never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
