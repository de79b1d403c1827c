"""A module plugs in through its manifest alone: a throw-away app (tests/skeleton) added to INSTALLED_APPS shows up
in the workspace menu, the permission table, the addresses, the periodic tasks and key rotation, with no line of
core changed."""

import importlib
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.test import override_settings
from django.urls import clear_url_caches

from birarada.core import crypto, modules
from birarada.core.access import role_capabilities, workspace_for
from birarada.core.actions import do_rotate_encryption_keys
from birarada.core.models import AuditEvent, Role
from tests.conftest import en

CORE = Path(__file__).resolve().parents[2] / "birarada" / "core"


def _reload_urls():
    import birarada.urls

    importlib.reload(birarada.urls)
    clear_url_caches()


@pytest.fixture
def skeleton(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    with override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, "tests.skeleton"]):
        _reload_urls()
        yield
    _reload_urls()


def test_the_skeleton_is_not_there_unless_installed(db):
    assert "skeleton" not in [m.label for m in modules.manifests()]
    assert all("tend_garden" not in caps for caps in role_capabilities().values())


def test_its_capability_joins_the_role_table(skeleton):
    table = role_capabilities()
    assert {role for role, caps in table.items() if "tend_garden" in caps} == {Role.ADMIN, Role.MODERATOR,
                                                                             Role.VIEWER}


def test_its_page_shows_in_the_menu_of_the_roles_that_may_open_it(skeleton, client, city, make_member):
    viewer = make_member("v", city["izmir"], Role.VIEWER)
    case_worker = make_member("c", city["izmir"], Role.CASE_WORKER)
    client.force_login(viewer)
    home = client.get(en("core:workspace_home", "izmir")).content.decode()
    assert "Community garden" in home and "/en/workspace/izmir/garden/" in home
    client.force_login(case_worker)
    assert "Community garden" not in client.get(en("core:workspace_home", "izmir")).content.decode()


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_its_view_answers_by_the_permission_table(skeleton, client, city, make_member, role):
    user = make_member(f"u-{role}", city["izmir"], role)
    client.force_login(user)
    allowed = role in {"admin", "moderator", "viewer"}
    assert client.get(en("skeleton:garden", "izmir")).status_code == (200 if allowed else 404)
    # Never in another organization, and oversight from the metropolitan unit does not open it (member only).
    assert client.get(en("skeleton:garden", "elsewhere")).status_code == 404
    assert client.get(en("skeleton:garden", "bornova")).status_code == 404


def test_oversight_does_not_get_a_capability_the_manifest_keeps_to_members(skeleton, city, make_member):
    coordinator = make_member("coord", city["izmir"], Role.COORDINATOR)
    workspace = workspace_for(coordinator, city["bornova"])
    assert workspace is not None and not workspace.can("tend_garden") and not workspace.is_member


def test_its_periodic_task_is_scheduled(skeleton):
    assert "tests.skeleton.tasks.water_garden" in [t.module_path for t, _every in modules.periodic_tasks()]


def test_key_rotation_re_encrypts_its_files(skeleton, db, settings):
    from tests.skeleton.store import read_note, write_note

    old_key = settings.ENCRYPTION_KEYS[0]
    write_note("n1", "Volunteer list: Ayşe, İbrahim")
    new_key = Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [new_key, old_key]
    crypto.reset_keyring()
    try:
        done = do_rotate_encryption_keys(actor=None)
        assert done["files"] == 1
        settings.ENCRYPTION_KEYS = [new_key]  # the old key is gone
        crypto.reset_keyring()
        assert read_note("n1") == "Volunteer list: Ayşe, İbrahim"
    finally:
        settings.ENCRYPTION_KEYS = [old_key]
        crypto.reset_keyring()
    event = AuditEvent.objects.get(verb="system.rotate_encryption_keys")
    assert "garden notes" in event.changes["stores"]


def test_core_names_no_module():
    """Core composes manifests; it never names a module (comments aside)."""
    import ast

    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("birarada."):
                names = [node.value]
            for name in names:
                parts = name.split(".")
                if parts[0] == "birarada" and len(parts) > 1 and parts[1] not in ("core", "discourse"):
                    offenders.append(f"{path.relative_to(CORE.parent.parent)}: {name}")
    assert offenders == []


def _view_files() -> list[Path]:
    root = CORE.parent
    return sorted([*root.glob("*/views.py"), *root.glob("*/views/*.py"), *root.glob("*/api.py")])


def direct_queries(source: str, confidential: set[str]) -> list[str]:
    """`Model.objects` / `Model._default_manager` uses of a confidential model in Python source."""
    import ast

    return [f"{node.lineno} {node.value.id}.{node.attr}" for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and node.attr in ("objects", "_default_manager")
            and isinstance(node.value, ast.Name) and node.value.id in confidential]


def test_no_view_touches_a_confidential_model_directly(db):
    """Views reach confidential rows only through their module's access helpers (`access_*_by_id`,
    `*_visible_to`), never through `Model.objects`."""
    confidential = {name.split(".")[1] for name in modules.confidential_models()}
    assert {"Case", "Referral", "Item", "Review"} <= confidential
    files = _view_files()
    assert len(files) >= 10
    offenders = [f"{path.relative_to(CORE.parent.parent)}:{hit}" for path in files
                 for hit in direct_queries(path.read_text(encoding="utf-8"), confidential)]
    assert offenders == []


def test_the_view_check_catches_a_direct_query():
    source = "from birarada.incidents.models import Case\ndef v(request):\n    return Case.objects.all()\n"
    assert direct_queries(source, {"Case"}) == ["3 Case.objects"]
    assert direct_queries(source, {"Item"}) == []


def test_the_home_page_promises_only_installed_modules(client, db, settings):
    page = client.get("/en/").content.decode()
    assert "report discrimination safely" in page and "watches local news" in page
    assert "action plan" not in page.lower() and "measurable targets" not in page
    with override_settings(INSTALLED_APPS=[a for a in settings.INSTALLED_APPS if a != "birarada.monitoring"]):
        offered = " ".join(str(s) for s in modules.summaries())
        assert "report discrimination safely" in offered and "watches local news" not in offered
