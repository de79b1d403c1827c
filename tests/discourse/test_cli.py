"""The ``birarada`` command, run in-process through ``main`` the way a user runs it."""

import csv
import json

import pytest

from birarada.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_csv_adds_label_scores_grounds_and_types(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Suriyeliler defolsun\n2,Bugün hava çok güzel\n3,\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    code, _, err = run(capsys, "analyze", str(source), "-o", str(target))
    assert code == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0]["label"] == "hateful" and rows[0]["grounds"] == "migration" and rows[0]["types"] == "exclusion"
    assert float(rows[0]["score_hateful"]) > 0.5
    assert rows[1]["label"] == "none"
    assert rows[2]["label"] == "" and rows[2]["error"] == "empty text"
    assert "1 empty text" in err


def test_analyze_jsonl_with_another_text_column(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text('{"body": "I hate Muslims", "n": 1}\n{"body": "nice day"}\nnot json\n', encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(source), "--text-column", "body")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["label"] == "hateful" and lines[0]["n"] == 1 and lines[0]["grounds"] == ["religion"]
    assert lines[1]["label"] == "none"
    assert lines[2]["error"] == "not valid JSON"
    assert "1 not valid JSON" in err


def test_analyze_plain_text_counts_undecodable_lines(tmp_path, capsys):
    source = tmp_path / "in.txt"
    source.write_bytes("Kürtleri istemiyoruz\n".encode() + b"bad \xff\xfe bytes\n" + b"merhaba\n")
    target = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "analyze", str(source), "-o", str(target))
    assert code == 0
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["label"] for line in lines] == ["hateful", "", "none"]
    assert lines[1]["error"] == "undecodable bytes"
    assert "1 undecodable bytes" in err


def test_analyze_can_write_csv_from_jsonl(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "Siktir git"}\n', encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(source), "--format", "csv")
    assert code == 0
    assert list(csv.DictReader(out.splitlines()))[0]["label"] == "offensive"


def test_analyze_names_a_missing_column_and_fails(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("id,tweet\n1,hello\n", encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(source))
    assert code != 0
    assert "'text'" in err and "tweet" in err and "--text-column" in err


def test_analyze_reports_a_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "analyze", str(tmp_path / "nope.csv"))
    assert code == 2 and "no such file" in err


def test_lint_text_and_markdown(tmp_path, capsys):
    doc = tmp_path / "press.md"
    doc.write_text("# Duyuru\n\nKaçak göçmenler ve özürlü vatandaşlar için...\n", encoding="utf-8")
    code, out, _ = run(capsys, "lint", str(doc))
    assert code == 1
    assert f"{doc}:3:1:" in out and "düzensiz göçmen" in out and "engelli" in out


def test_lint_json_output(tmp_path, capsys):
    doc = tmp_path / "note.txt"
    doc.write_text("Services for illegal immigrants and the handicapped.", encoding="utf-8")
    code, out, _ = run(capsys, "lint", str(doc), "--format", "json")
    findings = json.loads(out)
    assert code == 1
    assert {f["term"] for f in findings["terms"]} == {"illegal immigrants", "handicapped"}
    assert findings["terms"][0]["suggestions"] and findings["passages"] == []


def test_lint_docx(tmp_path, capsys):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Mülteci akını hakkında bir rapor.")
    path = tmp_path / "rapor.docx"
    document.save(str(path))
    code, out, _ = run(capsys, "lint", str(path))
    assert code == 1 and "mülteci hareketliliği" in out


def test_lint_clean_file_exits_zero(tmp_path, capsys):
    doc = tmp_path / "ok.txt"
    doc.write_text("Herkese açık bir etkinlik.", encoding="utf-8")
    assert run(capsys, "lint", str(doc))[0] == 0


@pytest.mark.parametrize("name,content", [("broken.docx", b"not a zip"), ("latin.txt", "özürlü".encode("latin-1"))])
def test_lint_explains_unreadable_files(tmp_path, capsys, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run(capsys, "lint", str(path))
    assert code == 2
    assert "error:" in err and "Traceback" not in err


def test_lint_reports_a_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "lint", str(tmp_path / "missing.txt"))
    assert code == 2 and "no such file" in err


def test_every_command_has_help(capsys):
    for command in ("analyze", "lint", "train", "evaluate"):
        with pytest.raises(SystemExit) as exit_info:
            main([command, "--help"])
        assert exit_info.value.code == 0
        assert command in capsys.readouterr().out


def test_analyze_with_two_processes_matches_one(tmp_path, capsys):
    source = tmp_path / "in.txt"
    source.write_text("\n".join(["Suriyeliler defolsun", "merhaba dünya", "I hate Muslims", "Siktir git"] * 5) + "\n",
                      encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(capsys, "analyze", str(source), "-o", str(one))[0] == 0
    assert run(capsys, "analyze", str(source), "-o", str(two), "--jobs", "2")[0] == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_evaluate_prints_accuracy_per_functionality_for_both_languages(tmp_path, capsys):
    code, out, _err = run(capsys, "evaluate", "--data", str(tmp_path / "no-data"))
    assert code == 0
    for lang in ("tr", "en"):
        assert f"functional suite ({lang}):" in out and f"skipping the held-out figures for {lang}" in out
    import re

    # Every functionality gets a line "name  right/cases  accuracy", in each language's block.
    blocks = out.split("functional suite (en):")
    assert len(blocks) == 2
    for block in blocks:
        assert re.search(r"^\s+threat_h\s+\d+/\d+\s+\d+\.\d%$", block, re.M)


def test_evaluate_outside_a_checkout_says_where_the_suites_are(tmp_path, capsys, monkeypatch):
    from birarada.discourse import evaluation

    monkeypatch.setattr(evaluation, "CHECKOUT", tmp_path)  # an installed package: no tests/ beside it
    code, _out, err = run(capsys, "evaluate", "--data", str(tmp_path))
    assert code == 2 and "tests/discourse/suites" in err and "from a checkout" in err


def test_lint_reports_passages_that_read_as_hateful_with_the_reason(tmp_path, capsys):
    doc = tmp_path / "taslak.txt"
    doc.write_text("Yarın kütüphanede bir okuma günü var.\nSuriyeliler pis hayvanlar, hepsi defolsun!\n",
                   encoding="utf-8")
    code, out, err = run(capsys, "lint", str(doc))
    assert code == 1
    [line] = [line for line in out.splitlines() if "reads as" in line]
    assert line.startswith(f"{doc}:2:1: reads as hateful:") and "Nefret söylemi:" in line
    assert "okuma günü" not in out and "1 passage(s)" in err
    code, out, _ = run(capsys, "lint", str(doc), "--format", "json", "--explain", "en")
    [passage] = json.loads(out)["passages"]
    assert passage["label"] == "hateful" and passage["explanation"].startswith("Hateful: targets")
    assert passage["text"] == "Suriyeliler pis hayvanlar, hepsi defolsun!"


def test_analyze_adds_an_explanation_column_on_request(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("id,text\n1,Suriyeliler pis hayvanlar hepsi defolsun\n2,Bugün hava çok güzel\n",
                      encoding="utf-8")
    out_path = tmp_path / "out.csv"
    assert run(capsys, "analyze", str(source), "-o", str(out_path), "--explain", "ar", "-q")[0] == 0
    rows = list(csv.DictReader(out_path.open(encoding="utf-8")))
    assert rows[0]["explanation"].startswith("خطاب كراهية:") and rows[1]["explanation"].startswith("لم يُعثر")
    assert run(capsys, "analyze", str(source), "-o", str(out_path), "-q")[0] == 0
    assert "explanation" not in next(csv.DictReader(out_path.open(encoding="utf-8")))
    code, _out, err = run(capsys, "analyze", str(source), "--explain", "de")
    assert code == 2 and "--explain takes tr, en or ar" in err
