"""Dashboard pages and exports: access and filters in ``access``, one module per page."""
