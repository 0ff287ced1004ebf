"""Dashboard figures for tests."""


def released_knowledge(organization, department=None):
    """Release the organisation's knowledge figures now, as the nightly run would, and read
    what a lead sees of them."""
    from dashboards.selectors.knowledge import knowledge
    from dashboards.services import knowledge_release

    knowledge_release(organization, list(organization.departments.all()))
    return knowledge(organization, department)
