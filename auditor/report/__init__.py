"""Report writers.  They take the report dict (the JSON contract) and never run rules."""
from __future__ import annotations

from .atomic import write_atomic

WRITERS = ("text", "json", "html", "sarif", "junit", "github", "markdown")
DEFAULT_NAMES = {"text": "auditor.txt", "json": "auditor.json", "html": "auditor.html", "sarif": "auditor.sarif",
                 "junit": "auditor-junit.xml", "github": "auditor-github.txt", "markdown": "auditor.md"}


def render(report: dict, fmt: str, **kw) -> str:
    if fmt == "json":
        from .json_writer import render_json as r
    elif fmt == "text":
        from .text import render_text as r
    elif fmt == "html":
        from .html import render_html as r
    elif fmt == "sarif":
        from .sarif import render_sarif as r
    elif fmt == "junit":
        from .junit import render_junit as r
    elif fmt == "github":
        from .github import render_github as r
    elif fmt == "markdown":
        from .markdown import render_markdown as r
    else:
        raise ValueError(f"unknown report format {fmt!r}")
    return r(report, **kw)


def render_iter(report: dict, fmt: str, **kw):
    """The report in chunks: JSON, SARIF, JUnit and text are streamed entry by entry."""
    if fmt == "json":
        from .json_writer import iter_json as it
    elif fmt == "sarif":
        from .sarif import iter_sarif as it
    elif fmt == "junit":
        from .junit import iter_junit as it
    elif fmt == "text":
        from .text import iter_text as it
    elif fmt == "html":
        from .html import iter_html as it
    else:
        return iter([render(report, fmt, **kw)])
    return it(report, **kw)


__all__ = ["WRITERS", "DEFAULT_NAMES", "render", "render_iter", "write_atomic"]
