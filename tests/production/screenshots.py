"""Where the journey keeps its pictures of the pages it passed (and of the last page of each
window when it fails), for a person to look at."""

from pathlib import Path

SCREENSHOTS = Path("/tmp/journey")


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
