"""auditor's one-pass readability metrics equal textstat 0.7.8's own functions on real and odd text."""
from pathlib import Path

import pytest
import textstat

from auditor.checks.readability_metrics import KEYS, text_metrics
from auditor.loaders import load_string
from auditor.stats import prose_text
from auditor.syllables import install

ROOT = Path(__file__).resolve().parent.parent
_TEXTSTAT = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "gunning_fog": textstat.gunning_fog,
    "smog_index": textstat.smog_index,
    "coleman_liau_index": textstat.coleman_liau_index,
    "automated_readability_index": textstat.automated_readability_index,
    "dale_chall": textstat.dale_chall_readability_score,
}

ODD = [
    "Hi.",
    "One two",
    "Don't stop 'quoted' words; it's the owners' rights... Really?! Yes.",
    "Élan vital — naïve café coöperation, ﬁnancial İstanbul straße.",
    "Numbers 3.14 and 1,000,000 plus e-mail a@b.com and https://x.y/z?q=1.",
    "Supercalifragilisticexpialidocious antidisestablishmentarianism zzyzx qwrtp.",
    "A. B. C. D. E.",
    "word " * 300,
    "!!! ??? ...",
    "\n\n  \t",
]


def _texts():
    out = []
    for p in sorted((ROOT / "examples").iterdir()):
        out.append(prose_text(load_string(p.read_text(encoding="utf-8"), p.name)))
    for p in sorted((ROOT / "tests" / "fixtures").rglob("*")):
        if p.suffix in (".md", ".txt", ".html") and p.stat().st_size < 200_000:
            try:
                out.append(prose_text(load_string(p.read_text(encoding="utf-8"), p.name)))
            except (UnicodeDecodeError, Exception):
                continue
    return out + ODD


@pytest.mark.parametrize("i", range(len(_texts())))
def test_metrics_equal_textstat(i):
    install()
    text = _texts()[i]
    ours = text_metrics(text)
    assert set(ours) == set(KEYS)
    if not text.strip():
        assert all(v is None for v in ours.values())
        return
    for key, fn in _TEXTSTAT.items():
        assert ours[key] == round(float(fn(text)), 1), (key, text[:80])


def test_corpus_is_not_trivial():
    texts = _texts()
    assert len(texts) >= len(ODD) + 3
    assert sum(len(t.split()) for t in texts) > 900
