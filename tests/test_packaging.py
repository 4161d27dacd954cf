"""The wheel ships the rule packs and the report schema; packs load from the installed wheel."""
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_packs_and_loads_them(tmp_path):
    r = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = tmp_path.glob("auditor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "auditor/rules/boilerplate.toml" in names
    assert "auditor/rules/grammar.toml" in names
    assert "auditor/report/schema.json" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # Run from the extracted wheel only (not the source tree): packs must come from auditor/rules.
    code = ("import auditor, auditor.packs as p; from auditor.api import build_registry; "
            "from auditor.config import Config; r = build_registry(Config()); "
            "print(p.packs_dir()); print(r.get('B201').source)")
    env = dict(os.environ, PYTHONPATH=str(site))
    out = subprocess.run([sys.executable, "-I", "-c", "import sys; sys.path.insert(0, %r); " % str(site) + code],
                         capture_output=True, text=True, cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    pack_dir, source = out.stdout.split()
    assert pack_dir == str(site / "auditor" / "rules")
    assert source.startswith(str(site))
