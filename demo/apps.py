from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo and scale data; installed by config.settings.dev and config.settings.test only."""

    name = "demo"
