"""Load the platform's procurement phases, so every installation starts with the list."""

from django.db import migrations

PHASES = [
    ("behovsavklaring", "Behovsavklaring"),
    ("markedsdialog", "Markedsdialog"),
    ("konkurranse", "Konkurranse"),
    ("kontrakt", "Kontrakt"),
    ("implementering", "Implementering"),
    ("gevinstrealisering", "Gevinstrealisering"),
    ("spredning", "Spredning"),
]


def load(apps, schema_editor):
    Phase = apps.get_model("cases", "ProcurementPhase")
    for order, (slug, name) in enumerate(PHASES):
        Phase.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
