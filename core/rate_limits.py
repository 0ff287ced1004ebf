"""Every rate limit in Spire, written once: Spire's own views' (counted by core/ratelimit.py)
and allauth's sign-in, sign-up and password-reset limits (which allauth reads from the
``ACCOUNT_RATE_LIMITS`` setting; config/settings/base.py takes them from here).

Rates are in allauth's format: "amount/period/per", e.g. "30/m/ip" or "5/5m/key", several
joined by commas. An operator changes Spire's in the ``SPIRE_RATE_LIMITS`` setting (merged over
these) and allauth's in ``ACCOUNT_RATE_LIMITS``.

This module imports nothing, so the settings can read it before Django is set up."""

SPIRE_RATE_LIMITS: dict[str, str] = {
    # Per address, since anyone may search; generous enough for a person paging and filtering.
    "case_search": "60/m/ip",
    # The case CSV export (up to 10,000 rows a request) and the open-data API's list pages.
    "case_export": "30/m/ip",
    "case_api": "60/m/ip",
    # A dashboard table or the national table as CSV or Excel; behind a login, so per person.
    "dashboard_export": "30/m/user",
    # Saving or submitting a quiz page (not the autosave on each change, which is per answer).
    "quiz_submit": "10/m/user",
}

ACCOUNT_RATE_LIMITS: dict[str, str] = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
