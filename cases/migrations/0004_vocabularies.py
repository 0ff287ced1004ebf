from django.db import migrations

# The lists are plain data (no models), so this migration may read them from the app: a later
# change to the lists adds entries on new installations, just as vocabularies_ensure() does.
from cases import vocabularies


def load(apps, schema_editor):
    vocabularies.ensure_lists(lambda name: apps.get_model("cases", name))


class Migration(migrations.Migration):
    dependencies = [("cases", "0003_case_database")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
