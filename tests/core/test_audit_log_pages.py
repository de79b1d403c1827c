"""The audit log as people read it: descriptions in words, filters, CSV for administrators, paging; every case
shows its own history; every verb the code writes has a description."""

import ast
import csv
import io
from pathlib import Path

from birarada.core import actions
from birarada.core.models import AuditEvent, Role
from birarada.core.modules import audit_verb_labels

ROOT = Path(__file__).resolve().parents[2] / "birarada"


def test_every_audit_verb_written_by_the_code_has_a_description(db):
    written = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "verb":
                if isinstance(node.value, ast.Constant):
                    written.add(node.value.value)
                elif isinstance(node.value, ast.JoinedStr):  # f"case.view_{what}"
                    written |= {"case.view_case", "case.view_evidence", "case.view_referral"}
    assert len(written) > 30
    assert sorted(written - set(audit_verb_labels())) == []


def test_the_log_reads_in_words_and_filters(client, city, alice, bob, make_member):
    actions.do_update_organization_profile(city["izmir"], description="Yeni açıklama", actor=alice)
    client.force_login(alice)
    page = client.get("/en/workspace/izmir/audit/").content.decode()
    assert "Organization profile changed" in page and "Member added" in page
    only_profile = client.get("/en/workspace/izmir/audit/?action=organization.update").content.decode()
    rows = only_profile[only_profile.index("<tbody>"):]
    assert "Organization profile changed" in rows and "Member added" not in rows
    by_bob = client.get("/en/workspace/izmir/audit/?who=BOB").content.decode()  # any case
    assert "No entries match these filters." in by_bob
    wrong = client.get("/en/workspace/izmir/audit/?since=2026-12-10&until=2026-12-01")
    assert wrong.status_code == 200 and "The end is before the start." in wrong.content.decode()


def test_administrators_export_the_log_as_csv_and_the_export_is_recorded(client, city, alice):
    actions.do_update_organization_profile(city["izmir"], description="=HYPERLINK(\"http://x\")", actor=alice)
    client.force_login(alice)
    response = client.get("/en/workspace/izmir/audit/?action=organization.update&format=csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["at", "who", "action"] and len(rows) == 2
    assert rows[1][2] == "organization.update" and rows[1][1] == "alice"
    assert not rows[1][7].startswith("=")  # changes are JSON text, never a formula
    assert AuditEvent.objects.filter(verb="audit.export", actor=alice).count() == 1


def test_the_log_pages_and_keeps_its_filters(client, city, alice, make_member):
    for n in range(60):
        make_member(f"member{n}", city["izmir"], Role.VIEWER)
    client.force_login(alice)
    first = client.get("/en/workspace/izmir/audit/?action=membership.add").content.decode()
    assert "Page 1 of 2" in first and "action=membership.add&amp;page=2" in first
