"""The production journey's browser and mailbox: Chromium against a Spire installation running
elsewhere (SPIRE_PRODUCTION_URL, over HTTPS with a throwaway certificate), and the emails that
installation writes to files (its EMAIL_URL=filemail://…, read from SPIRE_JOURNEY_MAIL_DIR)."""

import email
import os
import re
import time
from email import policy
from pathlib import Path

import pytest

from tests.chromium import launch_chromium
from tests.production.screenshots import shot

BASE_URL = os.environ.get("SPIRE_PRODUCTION_URL", "")
# Django's file backend writes each connection's messages to one file, separated by this line.
MESSAGE_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def pytest_collection_modifyitems(items):
    if BASE_URL:
        return
    skip = pytest.mark.skip(reason="runs against a real installation: set SPIRE_PRODUCTION_URL")
    for item in items:
        if item.get_closest_marker("production"):
            item.add_marker(skip)


class Mailbox:
    """The messages the installation sent, newest last. Each message is handed out once, so a
    second code or link to the same person is never mistaken for the first."""

    def __init__(self, directory: Path):
        self.directory = directory
        # What was sent before this run (an earlier run on the same installation) is not news.
        self.taken: set[tuple[str, int]] = {key for key, _ in self._messages()}

    def _messages(self):
        for path in sorted(self.directory.glob("*.log")):
            for index, raw in enumerate(path.read_bytes().split(MESSAGE_SEPARATOR)):
                if raw.strip():
                    yield (path.name, index), email.message_from_bytes(raw, policy=policy.default)

    def _find(self, to: str) -> str | None:
        for key, message in self._messages():
            if key not in self.taken and to in str(message["To"]):
                self.taken.add(key)
                return message.get_body(preferencelist=("plain",)).get_content()
        return None

    def wait_for(self, to: str, pattern: str, timeout: float = 30) -> str:
        """The first group of `pattern` in the next message to `to`, once it has been sent
        (the Celery worker sends most of them)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            body = self._find(to)
            if body is not None:
                found = re.search(pattern, body, re.MULTILINE)
                assert found, f"no {pattern!r} in the mail to {to}:\n{body}"
                return found.group(1)
            time.sleep(0.2)
        raise AssertionError(f"no mail to {to} within {timeout} s")


@pytest.fixture(scope="session")
def mailbox() -> Mailbox:
    return Mailbox(Path(os.environ["SPIRE_JOURNEY_MAIL_DIR"]))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.failed_call = report.failed
    return report


@pytest.fixture
def new_page(browser, request):
    """A browser window of one's own for each person in the journey (its own cookies). When
    the journey fails, each window's last page is kept as a screenshot."""
    contexts = []

    def _new_page():
        context = browser.new_context(base_url=BASE_URL, locale="nb-NO", ignore_https_errors=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        return page

    yield _new_page
    for number, context in enumerate(contexts):
        if getattr(request.node, "failed_call", False):
            shot(context.pages[-1], f"failed-{number}")
        context.close()
