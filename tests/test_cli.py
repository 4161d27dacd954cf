"""CLI: exit codes, output files, JSON schema, broken files in a batch, stdin."""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "auditor" / "report" / "schema.json").read_text())


def validate(report):
    jsonschema.validate(report, SCHEMA)


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "good.md").write_text("---\ntitle: A good article about gardens\ndescription: d\n---\n\n"
                                      "# A good article about gardens\n\nPlant seeds in spring. Water them often.\n")
    (tmp_path / "bad.txt").write_text("Title\n\nThe council said it would vote on the\n\nBack to top\n")
    return tmp_path


def test_check_text_output_and_exit_1(run_cli, tree):
    r = run_cli("check", str(tree / "bad.txt"))
    assert r.exit_code == 1
    assert f"{tree / 'bad.txt'}:3:27: T101 truncated-sentence" in r.output
    assert f"{tree / 'bad.txt'}:5:1: B201 boilerplate-leftover" in r.output
    assert "gate: FAILED: fail-on error" in r.output


def test_exit_codes(run_cli, tree):
    assert run_cli("check", str(tree / "good.md"), "--select", "T,B").exit_code == 0
    assert run_cli("check", str(tree / "bad.txt"), "--exit-zero").exit_code == 0
    assert run_cli("check", str(tree / "bad.txt"), "--fail-on", "never").exit_code == 0
    assert run_cli("check", str(tree / "bad.txt"), "--fail-on", "never", "--fail-under", "99").exit_code == 1
    r = run_cli("check", str(tree / "bad.txt"), "--select", "NOPE")
    assert r.exit_code == 2 and "names no rule" in r.output
    r = run_cli("check", str(tree / "bad.txt"), "--select", "B", "--fail-on", "warning")
    assert r.exit_code == 1
    assert run_cli("check", str(tree / "bad.txt"), "--select", "B", "--fail-on", "error").exit_code == 0


def test_json_report_file_schema_and_determinism(run_cli, tree):
    out = tree / "out"
    r = run_cli("check", str(tree), "--format", "json", "--format", "text", "--output-dir", str(out), "--exit-zero")
    assert r.exit_code == 0
    rep = json.loads((out / "auditor.json").read_text())
    validate(rep)
    assert (out / "auditor.txt").read_text().startswith(str(tree / "bad.txt"))
    assert [f["path"] for f in rep["files"]] == [str(tree / "bad.txt"), str(tree / "good.md")]
    assert rep["generated_at"] == "2023-11-14T22:13:20Z"  # SOURCE_DATE_EPOCH
    first = (out / "auditor.json").read_text()
    run_cli("check", str(tree), "--format", "json", "--output-dir", str(out), "--exit-zero")
    assert (out / "auditor.json").read_text() == first
    assert not [p for p in out.iterdir() if p.name.startswith(".auditor-")]  # no temp files left


def test_broken_file_in_batch(run_cli, tree):
    (tree / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tree / "empty.md").write_text("")
    (tree / "latin.txt").write_bytes("Titel\n\nCaf\xe9 ist gut.".encode("cp1252"))
    (tree / "badfm.md").write_text("---\ntitle: [unclosed\n---\n\nBody.\n")
    r = run_cli("check", str(tree), "--format", "json", "--exit-zero")
    rep = json.loads(r.output)
    validate(rep)
    errs = {Path(e["path"]).name: e["message"] for e in rep["errors"]}
    assert "binary" in errs["binary.txt"]
    assert "empty" in errs["empty.md"]
    assert "front matter" in errs["badfm.md"]
    names = {Path(f["path"]).name for f in rep["files"]}
    assert {"bad.txt", "good.md", "latin.txt"} <= names
    r2 = run_cli("check", str(tree))
    assert r2.exit_code == 1 and "could not be audited" in r2.output


def test_missing_path_is_error_entry(run_cli, tree):
    r = run_cli("check", str(tree / "nope.md"), str(tree / "good.md"), "--format", "json")
    rep = json.loads(r.output)
    assert rep["errors"] == [{"path": str(tree / "nope.md"), "message": "no such file or folder"}]
    assert r.exit_code == 1


def test_stdin(run_cli):
    r = run_cli("check", "-", "--stdin-format", "md", "--stdin-path", "in.md", input="# T\n\nIt stops at the\n")
    assert "in.md:3:4: T101" in r.output and r.exit_code == 1


def test_output_single_file_and_conflict(run_cli, tree):
    out = tree / "r.json"
    assert run_cli("check", str(tree / "good.md"), "--format", "json", "-o", str(out)).exit_code in (0, 1)
    validate(json.loads(out.read_text()))
    r = run_cli("check", str(tree / "good.md"), "--format", "json", "--format", "text", "-o", str(out))
    assert r.exit_code == 2


def test_missing_output_dir_parent_is_error(run_cli, tree):
    r = run_cli("check", str(tree / "good.md"), "--format", "json", "-o", str(tree / "no" / "such" / "r.json"))
    assert r.exit_code == 2 and "does not exist" in r.output


def test_rules_and_explain(run_cli):
    r = run_cli("rules")
    assert r.exit_code == 0 and "T101" in r.output and "truncated-sentence" in r.output
    r = run_cli("explain", "truncated-sentence")
    assert r.exit_code == 0 and "Why it matters" in r.output and "Bad:" in r.output
    assert run_cli("explain", "ZZZ").exit_code == 2


def test_python_m_and_console_script(tree):
    r = subprocess.run([sys.executable, "-m", "auditor", "check", str(tree / "bad.txt"), "--quiet"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1 and "T101" in r.stdout


def test_stdin_together_with_files(run_cli, tree):
    r = run_cli("check", str(tree / "bad.txt"), "-", "--stdin-format", "text", "--stdin-path", "in.txt",
                "--format", "json", input="Title\n\nIt stops at the\n")
    rep = json.loads(r.output)
    validate(rep)
    assert [f["path"] for f in rep["files"]] == [str(tree / "bad.txt"), "in.txt"]
