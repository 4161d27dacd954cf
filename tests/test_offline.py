"""Nothing downloads at run time: readability metrics and a full audit run with the network blocked."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCK = """
import socket
def _blocked(*a, **k):
    raise OSError("network access attempted during an offline test")
socket.socket.connect = _blocked
socket.socket.connect_ex = _blocked
socket.create_connection = _blocked
socket.getaddrinfo = _blocked
"""


def test_textstat_metrics_offline():
    code = BLOCK + """
from auditor.loaders import load_string
from auditor.checks.readability_metrics import metrics
doc = load_string(open(%r, encoding="utf-8").read(), "seed.txt")
m = metrics(doc)
assert all(v is not None for v in m.values()), m
assert 20 < m["flesch_reading_ease"] < 70, m
print("ok", m["flesch_reading_ease"])
""" % str(ROOT / "examples" / "seed-article.txt")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-3000:]
    assert r.stdout.startswith("ok")


def test_full_audit_offline():
    code = BLOCK + """
from auditor import audit_paths
rep = audit_paths([%r])
assert rep["summary"]["audited"] == 3, rep["errors"]
print("ok")
""" % str(ROOT / "examples")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-3000:]
