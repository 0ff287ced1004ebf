"""The sent-email log now belongs to core (core.0002); its table stays, under its old name."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("organizations", "0002_membership_source"),
        ("core", "0002_sentemail"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SentEmail")],
            database_operations=[],
        ),
    ]
