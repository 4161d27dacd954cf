"""Helpers shared by the report writers: severities, relative URIs, safe text."""
from __future__ import annotations

import os
import re
from urllib.parse import quote

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2, "never": 3}


def xml_safe(s: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _XML_BAD.sub("\ufffd", s)


def rel_uri(path: str) -> str:
    """A forward-slash URI for ``path``, relative to the working folder when it is below it."""
    p = path.replace("\\", "/")
    if os.path.isabs(p):
        rel = os.path.relpath(p)
        if not rel.startswith(".."):
            p = rel.replace("\\", "/")
        else:
            return "file://" + quote(p)
    return quote(p.lstrip("./") if p.startswith("./") else p)


def one_line(s: str) -> str:
    return " ".join(str(s).split())
