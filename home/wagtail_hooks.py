"""Wagtail hooks for the page cache of visitors who are not signed in (home/page_cache.py)."""

from wagtail import hooks

from home.page_cache import CACHEABLE_PAGE_FLAG, is_cache_visitor, page_cache_forget


@hooks.register("before_serve_page")
def mark_public_page_cacheable(page, request, serve_args, serve_kwargs):
    if is_cache_visitor(request):
        setattr(request, CACHEABLE_PAGE_FLAG, not page.get_view_restrictions().exists())


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
@hooks.register("after_delete_snippet")
def forget_stored_pages_after_snippet_change(request, instance_or_instances):
    """Pages show snippets (the case lists' terms, questions): show an editor's change at once."""
    page_cache_forget()
