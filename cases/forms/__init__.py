"""Forms for the case database's front end."""
