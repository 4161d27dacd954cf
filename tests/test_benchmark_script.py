"""The detection benchmark's helpers: rendered lines map back to gold text, and the adjudication list is sound."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import detection  # noqa: E402


def test_a_rendered_line_maps_back_to_the_gold_text_in_every_format():
    assert detection._visible("Story Timeline") == "Story Timeline"
    assert detection._visible("## Story Timeline") == "Story Timeline"
    assert detection._visible("\\# 1 pick") == "# 1 pick"
    assert detection._visible("<h2>Don&#x27;t Miss &amp; more</h2>") == "Don't Miss & more"
    assert detection._visible("<p>Fish &lt;3</p>") == "Fish <3"


def test_every_adjudicated_gold_line_has_a_reason_and_is_in_its_gold_article():
    rows = [json.loads(x) for x in detection.GOLD_CHROME.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert rows and all(r["article_id"] and r["text"] and r["why"] for r in rows)
    gold = ROOT.parent / "shared" / "benchmarks" / "boilerplate" / "gold_articles.jsonl"
    if not gold.is_file():
        pytest.skip("the shared benchmark data is not next to the repository")
    arts = {a["id"]: a for a in map(json.loads, gold.read_text(encoding="utf-8").splitlines())}
    for r in rows:
        paragraphs = [" ".join(p.split()) for p in arts[r["article_id"]]["paragraphs"]]
        assert r["text"] in paragraphs, r
