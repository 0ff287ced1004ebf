"""The sent-email log moves here from organizations. Its table stays where it is
(organizations_sentemail): this migration only tells Django's state that core owns it, so no
row is copied or lost. organizations.0003 drops it from that app's state afterwards."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        # The table is made there; on a fresh database it must exist before core claims it.
        ("organizations", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SentEmail",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("key", models.CharField(max_length=200, unique=True)),
                        ("recipient", models.EmailField(max_length=254)),
                        ("sent_at", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        "verbose_name": "sent email",
                        "verbose_name_plural": "sent emails",
                        "db_table": "organizations_sentemail",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
