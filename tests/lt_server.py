"""A real HTTP server on 127.0.0.1 that speaks LanguageTool's /v2 API (as documented at
https://languagetool.org/http-api/), with a tiny rule set and switchable failure modes for tests."""
from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

RULES = [
    # (rule id, category id, issue type, pattern, message, replacement function)
    ("HE_VERB_AGR", "GRAMMAR", "grammar", re.compile(r"\b([Hh]e|[Ss]he|[Ii]t) (go|do|have|make)\b"),
     "The pronoun '{0}' is usually used with a third-person or a past tense verb.",
     lambda m: [f"{m.group(1)} {dict(go='goes', do='does', have='has', make='makes')[m.group(2)]}"]),
    ("EN_A_VS_AN", "MISC", "misspelling", re.compile(r"\b([Aa]n) (one)\b"),
     "Use 'a' instead of 'an' if the following word doesn't start with a vowel sound.", lambda m: ["a one"]),
    ("MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", re.compile(r"\b(comittee|recieve|teh|definately)\b"),
     "Possible spelling mistake found.",
     lambda m: [dict(comittee="committee", recieve="receive", teh="the", definately="definitely")[m.group(1)]]),
    ("COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "whitespace", re.compile(r" ,"),
     "Don't put a space before the comma.", lambda m: [","]),
]


def utf16(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2


def check(text: str, language: str) -> dict:
    matches = []
    for rid, cat, issue, rx, msg, fix in RULES:
        for m in rx.finditer(text):
            off, end = utf16(text, m.start()), utf16(text, m.end())
            cs = max(0, m.start() - 20)
            ctx = text[cs:m.end() + 20]
            matches.append({
                "message": msg.format(*m.groups()), "shortMessage": "",
                "replacements": [{"value": v} for v in fix(m)],
                "offset": off, "length": end - off,
                "context": {"text": ctx, "offset": utf16(ctx, m.start() - cs), "length": end - off},
                "sentence": text, "type": {"typeName": "Other"},
                "rule": {"id": rid, "description": msg[:40], "issueType": issue,
                         "category": {"id": cat, "name": cat.title()}},
                "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
            })
    matches.sort(key=lambda x: x["offset"])
    return {"software": {"name": "LanguageTool", "version": "6.4", "buildDate": "2024-03-28", "apiVersion": 1,
                         "premium": False, "status": ""},
            "warnings": {"incompleteResults": False},
            "language": {"name": "English (US)", "code": language,
                         "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.9}},
            "matches": matches}


class LTServer:
    """``mode``: ok | error500 | slow | garbage | ratelimit-once | nomatches."""

    def __init__(self, mode: str = "ok", delay: float = 2.0) -> None:
        self.mode = mode
        self.delay = delay
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def _send(self, code, body, ctype="application/json", headers=None):
                data = body.encode("utf-8") if isinstance(body, str) else body
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path.startswith("/v2/languages"):
                    self._send(200, json.dumps([{"name": "English (US)", "code": "en", "longCode": "en-US"},
                                                {"name": "English (GB)", "code": "en", "longCode": "en-GB"}]))
                else:
                    self._send(404, "not found", "text/plain")

            def do_POST(self):
                n = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(n).decode("utf-8")).items()}
                with server.lock:
                    server.requests.append({"path": self.path, "form": form,
                                            "ctype": self.headers.get("Content-Type", "")})
                    count = len(server.requests)
                if not self.path.startswith("/v2/check"):
                    return self._send(404, "not found", "text/plain")
                mode = server.mode
                if mode == "error500":
                    return self._send(500, "Internal Server Error: java.lang.OutOfMemoryError", "text/plain")
                if mode == "slow":
                    time.sleep(server.delay)
                if mode == "garbage":
                    return self._send(200, "<html>not json</html>", "text/html")
                if mode == "nomatches":
                    return self._send(200, json.dumps({"software": {}}))
                if mode == "ratelimit-once" and count == 1:
                    return self._send(429, "Too many requests", "text/plain", {"Retry-After": "0"})
                self._send(200, json.dumps(check(form.get("text", ""), form.get("language", "en-US"))))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def checks(self) -> list[dict]:
        return [r for r in self.requests if r["path"].startswith("/v2/check")]
