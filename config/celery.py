"""The Celery application. Settings live in Django settings under the CELERY_ prefix."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("spire")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
