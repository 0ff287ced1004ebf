"""Helpers for the dashboards' tests (the MFA sign-in is shared: tests/factories/mfa.py)."""


def released_knowledge(organization, department=None):
    """Release the organisation's knowledge figures now, as the nightly run would, and read
    what a lead sees of them."""
    from dashboards.selectors.knowledge import knowledge
    from dashboards.services import knowledge_release

    knowledge_release(organization, list(organization.departments.all()))
    return knowledge(organization, department)
