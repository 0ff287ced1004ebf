"""Reads for the dashboards, one module per section. Each function costs a fixed number of
queries however many members there are: people are counted in SQL, never fetched one by one.

Two kinds of figure live here and follow different rules:

- **Participation** (members, enrolled, active, completions, assignments) counts people and what
  they did. Completion status is visible to leads anyway (see ARCHITECTURE.md), so these counts
  are shown at any size.
- **Knowledge** (quiz pass rates and scores) and **capacity** (survey results) reach a lead only
  aggregated over at least ``MIN_GROUP_SIZE`` people, with the extra rules in each module.

Every result is a frozen dataclass of plain values, so a snapshot can store it as JSON and give
back an equal object (see ``dashboards.snapshots``).
"""
