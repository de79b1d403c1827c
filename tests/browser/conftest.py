"""Playwright driving Debian's Chromium (never a downloaded browser) against a live test server.

Without Chromium or axe-core the browser tests are skipped with the command that installs them;
CI sets REQUIRE_BROWSER=1 so that a missing browser fails instead.
"""

import os
import shutil
from pathlib import Path

import pytest

from birarada.core.demo import load_demo_city

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

# Playwright's sync API runs an event loop in this thread; Django's ORM calls in fixtures are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _missing(what: str):
    message = f"{what} is not installed: run `make browser-deps`."
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


_RUNNING: dict = {}  # one Chromium per test process, however many modules import this fixture


@pytest.fixture(scope="session")
def browser(request):
    """Debian's Chromium through Playwright. Test modules outside tests/browser/ import this fixture, which makes
    pytest hold one fixture per importing module: they all get the one browser started here (a second Playwright
    in the same thread would fail)."""
    if not Path(CHROMIUM).exists():
        _missing("Debian's Chromium")
    if "browser" not in _RUNNING:
        from playwright.sync_api import sync_playwright

        manager = sync_playwright()
        playwright = manager.start()
        _RUNNING["browser"] = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )

        def stop():
            _RUNNING.pop("browser").close()
            manager.__exit__(None, None, None)

        request.addfinalizer(stop)
    yield _RUNNING["browser"]


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="tr-TR")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def demo_city(transactional_db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    _usernames, password = load_demo_city()
    return password


@pytest.fixture
def axe_source() -> str:
    if not AXE.exists():
        _missing("axe-core")
    return AXE.read_text()
