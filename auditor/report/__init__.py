"""Report writers.  They take the report dict (the JSON contract) and never run rules."""
from __future__ import annotations

from importlib import import_module

from .atomic import write_atomic

WRITERS = ("text", "json", "html", "sarif", "junit", "github", "markdown")
DEFAULT_NAMES = {"text": "auditor.txt", "json": "auditor.json", "html": "auditor.html", "sarif": "auditor.sarif",
                 "junit": "auditor-junit.xml", "github": "auditor-github.txt", "markdown": "auditor.md"}
# format -> (module, function returning the whole text, generator of chunks or None)
_MODULES = {"text": ("text", "render_text", "iter_text"), "json": ("json_writer", "render_json", "iter_json"),
            "html": ("html", "render_html", "iter_html"), "sarif": ("sarif", "render_sarif", "iter_sarif"),
            "junit": ("junit", "render_junit", "iter_junit"), "github": ("github", "render_github", None),
            "markdown": ("markdown", "render_markdown", None)}


def _writer(fmt: str, which: int):
    if fmt not in _MODULES:
        raise ValueError(f"unknown report format {fmt!r}")
    name = _MODULES[fmt][which]
    return getattr(import_module(f".{_MODULES[fmt][0]}", __name__), name) if name else None


def render(report: dict, fmt: str, **kw) -> str:
    return _writer(fmt, 1)(report, **kw)


def render_iter(report: dict, fmt: str, **kw):
    """The report in chunks: JSON, SARIF, JUnit, text and HTML are streamed entry by entry."""
    it = _writer(fmt, 2)
    return it(report, **kw) if it is not None else iter([render(report, fmt, **kw)])


__all__ = ["WRITERS", "DEFAULT_NAMES", "render", "render_iter", "write_atomic"]
