"""How each membership came to be, so that removing one's work address ends only a membership
that came from that address (organisations.services.membership_offboard_by_email_domain).

Existing rows get the best answer the data holds, and otherwise «added by an administrator»,
the one source that never ends a membership by itself:

- an accepted invitation to the organisation: invitation;
- a request still waiting, or one that came with a message: request;
- a verified address at one of the organisation's domains: domain. Such a person is a member
  through the domain alone (verifying the address joins them), however the row was first made;
- anything else: admin.
"""

from django.db import migrations, models


def infer_sources(apps, schema_editor):
    Membership = apps.get_model("organizations", "Membership")
    Invitation = apps.get_model("organizations", "Invitation")
    EmailDomain = apps.get_model("organizations", "EmailDomain")
    EmailAddress = apps.get_model("account", "EmailAddress")
    invited = set(
        Invitation.objects.filter(accepted_by__isnull=False).values_list(
            "accepted_by_id", "organization_id"
        )
    )
    domains: dict[int, set[str]] = {}
    for organization_id, domain in EmailDomain.objects.values_list("organization_id", "domain"):
        domains.setdefault(organization_id, set()).add(domain.lower())
    for membership in Membership.objects.all().iterator():
        if (membership.user_id, membership.organization_id) in invited:
            source = "invitation"
        elif membership.status == "pending" or membership.request_message:
            source = "request"
        elif any(
            address.rpartition("@")[2].lower() in domains.get(membership.organization_id, ())
            for address in EmailAddress.objects.filter(
                user_id=membership.user_id, verified=True
            ).values_list("email", flat=True)
        ):
            source = "domain"
        else:
            continue
        Membership.objects.filter(pk=membership.pk).update(source=source)


class Migration(migrations.Migration):
    dependencies = [
        ("organizations", "0001_initial"),
        ("account", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="membership",
            name="source",
            field=models.CharField(
                choices=[
                    ("domain", "Verified address at the organisation's domain"),
                    ("invitation", "Invitation"),
                    ("request", "Request approved by an administrator"),
                    ("admin", "Added by an administrator"),
                ],
                default="admin",
                max_length=16,
                verbose_name="joined through",
            ),
        ),
        migrations.RunPython(infer_sources, migrations.RunPython.noop),
    ]
