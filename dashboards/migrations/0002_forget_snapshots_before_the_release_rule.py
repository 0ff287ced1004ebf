"""Snapshots computed before the release rule (core.disclosure) hold knowledge figures that
were checked one figure at a time. Forgetting them makes the first visit or night after the
upgrade compute every dashboard under the rule. The rule cannot know what was shown before the
upgrade: figures a lead noted down earlier can still be compared with the first ones after it,
once; from then on every release is checked against all earlier ones."""

from django.db import migrations


def forget(apps, schema_editor):
    apps.get_model("dashboards", "Snapshot").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dashboards", "0001_initial"),
        ("core", "0001_initial"),
    ]

    operations = [migrations.RunPython(forget, migrations.RunPython.noop)]
