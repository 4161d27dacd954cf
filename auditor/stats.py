"""Per-document statistics shared by the report and the readability rules."""
from __future__ import annotations

from .document import HEADING, PARAGRAPH, PROSE_KINDS, Document
from .textutil import sentences, word_count

WORDS_PER_MINUTE = 238  # average silent reading speed of adults (Brysbaert 2019)


def prose_text(doc: Document) -> str:
    return doc.cached("prose_text", lambda: "\n\n".join(b.text for b in doc.blocks if b.kind in PROSE_KINDS))


def sentence_list(doc: Document) -> list[tuple]:
    """(block, start, end) for every sentence of prose blocks, computed once per document."""
    def compute():
        out = []
        for b in doc.blocks:
            if b.kind in PROSE_KINDS:
                for s, e in sentences(b.text):
                    out.append((b, s, e))
        return out
    return doc.cached("sentences", compute)


def document_stats(doc: Document, rules=()) -> dict:
    def compute():
        words = sum(word_count(b.text) for b in doc.blocks if b.kind in PROSE_KINDS)
        st = {
            "words": words,
            "sentences": len(sentence_list(doc)),
            "paragraphs": sum(1 for b in doc.blocks if b.kind == PARAGRAPH),
            "headings": sum(1 for b in doc.blocks if b.kind == HEADING),
            "blocks": len(doc.blocks),
            "reading_time_minutes": round(words / WORDS_PER_MINUTE, 1),
        }
        if any(r.category == "readability" for r in rules):
            from .checks.readability_metrics import metrics

            st.update(metrics(doc))
        return st
    return doc.cached("stats", compute)
