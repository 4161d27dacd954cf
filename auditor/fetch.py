"""Fetch an article from an http(s) URL: timeout, size cap, limited redirects, HTML only, no other schemes."""
from __future__ import annotations

from urllib.parse import urljoin, urlparse

from .errors import LoadError

ALLOWED_TYPES = ("text/html", "application/xhtml+xml")


def is_url(s: str) -> bool:
    return "://" in s[:12] and s.split("://", 1)[0].isalpha()


def fetch(url: str, *, timeout: float = 10.0, max_bytes: int = 5_000_000, max_redirects: int = 5) -> bytes:
    import requests

    seen = 0
    current = url
    with requests.Session() as session:
        session.trust_env = False  # no proxies or .netrc from the environment for article fetches
        while True:
            scheme = urlparse(current).scheme.lower()
            if scheme not in ("http", "https"):
                raise LoadError(f"only http and https URLs can be fetched, not {scheme or 'a bare path'}: {current}")
            try:
                r = session.get(current, timeout=timeout, stream=True, allow_redirects=False,
                                headers={"User-Agent": "auditor (article audit)", "Accept": "text/html"})
            except requests.RequestException as e:
                raise LoadError(f"cannot fetch {current}: {type(e).__name__}: {str(e)[:200]}") from None
            with r:
                if r.is_redirect or r.status_code in (301, 302, 303, 307, 308):
                    seen += 1
                    if seen > max_redirects:
                        raise LoadError(f"too many redirects (more than {max_redirects}) fetching {url}")
                    current = urljoin(current, r.headers.get("Location", ""))
                    continue
                if r.status_code != 200:
                    raise LoadError(f"fetching {current} returned HTTP {r.status_code}")
                ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
                if ctype not in ALLOWED_TYPES:
                    raise LoadError(f"{current} is not an HTML page (Content-Type: {ctype or 'none'})")
                size = int(r.headers.get("Content-Length") or 0)
                if size > max_bytes:
                    raise LoadError(f"{current} is {size:,} bytes, over the limit of {max_bytes:,}")
                chunks, total = [], 0
                try:
                    for chunk in r.iter_content(65536):
                        total += len(chunk)
                        if total > max_bytes:
                            raise LoadError(f"{current} is over the limit of {max_bytes:,} bytes")
                        chunks.append(chunk)
                except requests.RequestException as e:
                    raise LoadError(f"cannot fetch {current}: {type(e).__name__}: {str(e)[:200]}") from None
                return b"".join(chunks)
