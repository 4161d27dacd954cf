"""The result cache: re-runs skip unchanged files and never serve results from another config or rule set."""
import json

from auditor.api import Auditor
from auditor.config import load_config

PACK = '''[pack]
name = "house"
[[rule]]
code = "H101"
name = "house-word"
category = "style"
severity = "warning"
kind = "existence"
message = "House style: avoid '{match}'"
tokens = ["{word}"]
doc = "What it does: house style. Why it matters: consistency. How to fix: rephrase."
examples.bad = ["{word} here"]
examples.good = ["fine here"]
'''


def _tree(tmp_path, word="utilize"):
    (tmp_path / "packs").mkdir(exist_ok=True)
    (tmp_path / "packs" / "house.toml").write_text(PACK.replace("{word}", word))
    (tmp_path / ".auditor.toml").write_text('packs = ["packs"]\n')
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for i in range(5):
        (docs / f"d{i}.md").write_text(f"# Title {i}\n\nWe utilize tools and leverage synergy {i}.\n")
    return docs


def _run(tmp_path, docs, monkeypatch, **kw):
    monkeypatch.delenv("AUDITOR_CACHE_DIR", raising=False)
    aud = Auditor(load_config(start=str(docs)), cache=True, **kw)
    rep = aud.audit_paths([str(docs)])
    return aud.cache, rep


def test_second_run_uses_the_cache_and_gives_the_same_report(tmp_path, monkeypatch):
    docs = _tree(tmp_path)
    c1, r1 = _run(tmp_path, docs, monkeypatch)
    assert (c1.hits, c1.misses) == (0, 5)
    assert (tmp_path / ".auditor_cache" / "CACHEDIR.TAG").is_file()
    c2, r2 = _run(tmp_path, docs, monkeypatch)
    assert (c2.hits, c2.misses) == (5, 0)
    assert json.dumps(r1, sort_keys=True) == json.dumps(r2, sort_keys=True)
    (docs / "d0.md").write_text("# Title 0\n\nChanged text.\n")
    c3, _ = _run(tmp_path, docs, monkeypatch)
    assert (c3.hits, c3.misses) == (4, 1)


def test_config_rule_pack_and_selection_changes_miss(tmp_path, monkeypatch):
    docs = _tree(tmp_path)
    _run(tmp_path, docs, monkeypatch)
    (tmp_path / ".auditor.toml").write_text('packs = ["packs"]\naudience = "expert"\n')
    c, _ = _run(tmp_path, docs, monkeypatch)
    assert c.hits == 0
    _run(tmp_path, docs, monkeypatch)
    _tree(tmp_path, word="leverage")  # the user's rule pack changed
    c, rep = _run(tmp_path, docs, monkeypatch)
    assert c.hits == 0
    assert {f["excerpt"] for e in rep["files"] for f in e["findings"] if f["code"] == "H101"} == {"leverage"}
    c, _ = _run(tmp_path, docs, monkeypatch, select=["H101"])
    assert c.hits == 0


def test_cli_no_cache_writes_nothing(run_cli, tmp_path, monkeypatch):
    docs = _tree(tmp_path)
    monkeypatch.delenv("AUDITOR_CACHE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    r = run_cli("check", str(docs), "--no-cache", "--exit-zero", "-q", "--jobs", "1")
    assert r.exit_code == 0
    assert not (tmp_path / ".auditor_cache").exists()
    r = run_cli("check", str(docs), "--exit-zero", "-q", "--jobs", "1")
    assert (tmp_path / ".auditor_cache").is_dir()


def test_packed_entries_round_trip_with_orjson_and_the_json_fallback():
    import json

    from auditor import packed

    entry = {"path": "a.md", "findings": [{"line": 1, "message": "é “quote” 🙂", "cost": {"document": 0.25}}],
             "runs": {"G301": "ok"}, "stats": {"words": 3, "ratio": 1e-05}}
    assert packed.unpack(packed.pack(entry)) == entry
    assert json.loads(__import__("zlib").decompress(packed.pack(entry))) == entry  # plain JSON inside
    odd = {"path": "b.txt", "findings": [{"message": "lone \ud800 surrogate"}]}  # orjson refuses, json takes it
    assert packed.unpack(packed.pack(odd)) == odd


def test_site_rule_results_come_from_the_cache_only_while_every_document_is_unchanged(tmp_path, monkeypatch):
    from auditor.checks import seo_site

    docs = _tree(tmp_path)
    (docs / "d4.md").write_text("# Title 0\n\nWe utilize tools and leverage synergy 4.\n")  # same title as d0
    cache, first = _run(tmp_path, docs, monkeypatch)

    def dup_titles(rep):
        return sorted(e["path"].rsplit("/", 1)[-1] for e in rep["files"] for f in e["findings"] if f["code"] == "S620")

    assert dup_titles(first) == ["d0.md", "d4.md"]
    assert list((cache.folder / "site").glob("*.json"))

    calls = []
    real = seo_site._SameField.finalize

    def counting(self, *a, **k):
        calls.append(1)
        return real(self, *a, **k)

    monkeypatch.setattr(seo_site._SameField, "finalize", counting)
    _, again = _run(tmp_path, docs, monkeypatch)
    assert calls == []  # unchanged batch: served from the cache
    assert json.dumps(again["files"]) == json.dumps(first["files"])

    (docs / "d3.md").write_text("# Title 0\n\nA third page with the same title.\n")  # one document changes
    _, changed = _run(tmp_path, docs, monkeypatch)
    assert calls  # recomputed
    assert dup_titles(changed) == ["d0.md", "d3.md", "d4.md"]
