"""Every rule's good and bad examples run as tests; a meta-test demands docs and examples."""
import pytest

from auditor.api import Auditor, build_registry
from auditor.config import Config

REG = build_registry(Config())
RULES = list(REG)


def _as_doc(example: str, fmt: str) -> str:
    # a text example without its own title gets one, so the example is body text
    if fmt == "text" and "\n\n" not in example:
        return "Example article\n\n" + example
    return example


def _findings(rule, examples):
    if rule.service == "languagetool":  # examples run against a real local HTTP server speaking LT's API
        from lt_server import LTServer

        cfg = Config()
        cfg.languagetool = {"cache": False}
        with LTServer() as srv:
            aud = Auditor(cfg, select=[rule.code], languagetool_url=srv.url)
            try:
                return _run(aud, rule, examples)
            finally:
                aud.close()
    return _run(Auditor(Config(), select=[rule.code]), rule, examples)


def _run(aud, rule, examples):
    if rule.batch_examples:
        entries, facts = [], {}
        for i, ex in enumerate(examples):
            e, f, err = aud.audit_source(_as_doc(ex, rule.example_format), f"ex{i}", rule.example_format)
            assert err is None, err
            entries.append(e)
            facts[f"ex{i}"] = f
        rep = aud.finish(entries, facts, [])
        return [[f for e in rep["files"] for f in e["findings"] if f["code"] == rule.code]]
    out = []
    for ex in examples:
        e, f, err = aud.audit_source(_as_doc(ex, rule.example_format), "ex", rule.example_format)
        assert err is None, err
        rep = aud.finish([e], {"ex": f}, [])
        assert not rep["files"][0]["rule_errors"], rep["files"][0]["rule_errors"]
        out.append([f for f in rep["files"][0]["findings"] if f["code"] == rule.code])
    return out


CASES = []
for r in RULES:
    for i, _ in enumerate(r.bad if not r.batch_examples else r.bad[:1]):
        CASES.append(pytest.param(r, "bad", i, id=f"{r.code}-bad-{i}"))
    for i, _ in enumerate(r.good if not r.batch_examples else r.good[:1]):
        CASES.append(pytest.param(r, "good", i, id=f"{r.code}-good-{i}"))


@pytest.mark.parametrize("rule,kind,i", CASES)
def test_rule_example(rule, kind, i):
    examples = rule.bad if kind == "bad" else rule.good
    if rule.batch_examples:
        found = _findings(rule, examples)[0]
    else:
        found = _findings(rule, [examples[i]])[0]
    if kind == "bad":
        assert found, f"{rule.code} {rule.name} did not fire on bad example: {examples[i]!r}"
        for f in found:
            assert f["line"] >= 1 and f["column"] >= 1
    else:
        assert not found, f"{rule.code} {rule.name} fired on good example {examples[i]!r}: {found}"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_has_docs_and_examples(rule):
    for section in ("What it does", "Why it matters", "How to fix"):
        assert rule.section(section), f"{rule.code} lacks '{section}' in its docs"
    assert rule.bad, f"{rule.code} has no bad examples"
    assert rule.good, f"{rule.code} has no good examples"


def test_codes_and_names_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
