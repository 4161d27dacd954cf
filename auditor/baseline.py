"""Finding fingerprints and baselines: CI fails only on findings that are new since the baseline.

A fingerprint hashes the path, the rule and the normalised text of the finding (its excerpt, or its message
with numbers removed), plus its occurrence number among identical findings in the file, so it survives
lines moving up or down.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

from .errors import ConfigError

FORMAT = "auditor-baseline/1"


_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("#", s)).strip().lower()


def add_fingerprints(entry: dict) -> None:
    seen: Counter = Counter()
    path = entry["path"].replace("\\", "/")
    for f in entry["findings"]:
        key = f"{path}\x00{f['code']}\x00{_norm(f.get('excerpt') or '') or _norm(f['message'])}"
        seen[key] += 1
        f["fingerprint"] = hashlib.sha1(f"{key}\x00{seen[key]}".encode("utf-8")).hexdigest()[:20]


def dump(report: dict) -> str:
    items = [{"fingerprint": f["fingerprint"], "path": e["path"], "code": f["code"], "line": f["line"],
              "excerpt": f.get("excerpt", "")[:80]} for e in report["files"] for f in e["findings"]]
    return json.dumps({"format": FORMAT, "generated_at": report["generated_at"], "findings": items},
                      indent=1, ensure_ascii=False) + "\n"


def load(path: str) -> Counter:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"baseline {path}: file not found (create it with `auditor baseline`)") from None
    except (OSError, ValueError) as e:
        raise ConfigError(f"baseline {path}: cannot read: {e}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("findings"), list):
        raise ConfigError(f"baseline {path}: not an auditor baseline (expected format {FORMAT})")
    return Counter(str(x.get("fingerprint")) for x in data["findings"] if isinstance(x, dict))


def apply(entries: list[dict], left: Counter) -> int:
    """Drop findings recorded in the baseline (``left`` is consumed); returns how many were dropped."""
    dropped = 0
    for e in entries:
        keep = []
        for f in e["findings"]:
            if left[f["fingerprint"]] > 0:
                left[f["fingerprint"]] -= 1
                dropped += 1
            else:
                keep.append(f)
        e["findings"] = keep
    return dropped
