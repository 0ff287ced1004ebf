"""One cache-versioning scheme (core/cache_versions.py): a new release or forgetting a family
leaves its old keys behind; other families keep theirs."""

from django.core.cache import cache

from core.cache_versions import family_forget, generation, release_key, versioned_key


def test_forgetting_a_family_changes_its_keys_and_no_others():
    page, link = versioned_key("page", "nb", "x"), versioned_key("editor-link", 7)

    family_forget("page")

    assert versioned_key("page", "nb", "x") != page
    assert versioned_key("editor-link", 7) == link


def test_a_value_stored_before_forgetting_is_not_found_after():
    cache.set(versioned_key("page", "x"), "old")

    family_forget("page")

    assert cache.get(versioned_key("page", "x")) is None


def test_an_evicted_counter_starts_again_and_still_forgets():
    family_forget("page")
    cache.delete("spire:generation:page")
    before = generation("page")

    family_forget("page")

    assert generation("page") == before + 1


def test_a_new_release_changes_every_key(settings):
    settings.SPIRE_RELEASE = "1.0"
    versioned, release_only = versioned_key("page", "x"), release_key("dashboard-sections", 1)

    settings.SPIRE_RELEASE = "1.1"

    assert versioned_key("page", "x") != versioned
    assert release_key("dashboard-sections", 1) != release_only
