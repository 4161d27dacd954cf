"""Command line: ``auditor check | rules | explain``.  Exit codes: 0 pass, 1 gate failed, 2 error."""
from __future__ import annotations

import contextlib
import os
import sys

import click

from . import __version__
from .errors import AuditorError

FORMATS = ("text", "json", "html", "sarif", "junit", "github", "markdown")


def _split(values) -> list[str]:
    out = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def _fail(msg: str) -> None:
    click.echo(f"auditor: error: {msg}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="auditor")
def main() -> None:
    """Audit articles for truncation, boilerplate, grammar, readability and SEO problems."""


@contextlib.contextmanager
def _terminate_like_interrupt():
    """SIGTERM (CI cancelling a job) unwinds like Ctrl-C: a report being written is removed, never left half."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_term(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _check_options(f):
    opts = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--select", multiple=True, help="Rules to run: codes, prefixes, names or categories (comma-separated)."),
        click.option("--ignore", multiple=True, help="Rules to skip (same forms as --select)."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Config file (default: nearest .auditor.toml or pyproject.toml)."),
        click.option("--stdin-format", type=click.Choice(["text", "markdown", "html", "md", "txt"]), help="Format of '-' (stdin)."),
        click.option("--stdin-path", default="<stdin>", help="Path to report for '-' (stdin)."),
        click.option("--format-of", "force_format", type=click.Choice(["text", "markdown", "html"]),
                     help="Treat every file as this format."),
        click.option("--keyphrase", help="Focus keyphrase for the SEO keyphrase rules."),
        click.option("--languagetool-url", help="LanguageTool server (e.g. http://localhost:8010); also "
                     "AUDITOR_LANGUAGETOOL_URL or config languagetool.url."),
        click.option("--changed-since", metavar="REF", help="Audit only files changed since this git ref (and untracked ones)."),
        click.option("-q", "--quiet", is_flag=True, help="Print only errors and the gate line."),
        click.option("-j", "--jobs", type=click.IntRange(0, 512), default=0,
                     help="Worker processes (default 0: one per core; 1: audit in this process)."),
        click.option("--scheduler", metavar="ADDRESS", help="Run on a Dask distributed cluster (tcp://host:port)."),
        click.option("--no-cache", is_flag=True, help="Do not read or write the result cache (.auditor_cache)."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def _audit(paths, select, ignore, config_path, stdin_format, stdin_path, force_format, keyphrase, languagetool_url,
           changed_since, quiet, jobs=0, scheduler=None, no_cache=False, *, output_dir=None, fail_under=None, fail_on=None, baseline=None, keep_view=False):
    """Run an audit from CLI options; returns the report dict."""
    from .api import Auditor
    from .config import load_config

    start = next((p for p in paths if p != "-"), ".")
    cfg = load_config(config_path, start=start)
    if output_dir:
        cfg.exclude_dirs.append(os.path.abspath(output_dir))
    if fail_under is not None:
        cfg.fail_under = fail_under
    if fail_on:
        cfg.fail_on = fail_on
    base = None
    if baseline:
        from .baseline import load

        base = load(baseline)
    only = None
    if changed_since:
        from .gitchanges import changed_files

        only = changed_files(changed_since, cwd=os.path.dirname(os.path.abspath(start)) if os.path.isfile(start)
                             else (start if os.path.isdir(start) else "."))
    from .parallel import default_jobs

    aud = Auditor(cfg, select=_split(select), ignore=_split(ignore), keyphrase=keyphrase,
                  languagetool_url=languagetool_url, baseline=base, keep_view=keep_view,
                  jobs=jobs or default_jobs(), scheduler=scheduler, cache=not no_cache)
    try:
        file_paths = [p for p in paths if p != "-"]
        progress = None
        if sys.stderr.isatty() and not quiet:
            def progress(i, n, path):
                if n > 1:
                    click.echo(f"\r[{i + 1}/{n}] {path[-60:]:<60}", err=True, nl=(i + 1 == n))
        entries, facts, errors = aud.collect(file_paths, fmt=force_format, progress=progress, only=only)
        if "-" in paths:
            entry, f, err = aud.audit_source(sys.stdin.buffer.read(), stdin_path, stdin_format or force_format)
            if err:
                errors.append({"path": stdin_path, "message": err})
            else:
                entries.append(entry)
                facts[stdin_path] = f
        return aud.finish(entries, facts, errors)
    finally:
        aud.close()


def _write_reports(report, formats, output, output_dir, quiet):
    from .report import DEFAULT_NAMES, render, render_iter, write_atomic

    for fmt in formats:
        def chunks(fmt=fmt):
            return render_iter(report, fmt, quiet=quiet, color=(fmt == "text" and sys.stdout.isatty() and not output
                                                               and "NO_COLOR" not in os.environ))
        if output:
            write_atomic(output, chunks())
        elif output_dir:
            try:
                os.makedirs(output_dir, exist_ok=True)
            except OSError as e:
                raise AuditorError(f"cannot create output folder {output_dir}: {e.strerror}") from None
            write_atomic(os.path.join(output_dir, DEFAULT_NAMES[fmt]), chunks())
            if fmt in ("text", "github"):
                for c in chunks():
                    click.echo(c, nl=False)
        else:
            for c in chunks():
                click.echo(c, nl=False)
        if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
            try:
                with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
                    fh.write(render(report, "markdown"))
            except OSError as e:
                click.echo(f"warning: cannot append to GITHUB_STEP_SUMMARY: {e}", err=True)
    if output_dir and not quiet:
        click.echo(f"reports written to {output_dir}/: " + ", ".join(DEFAULT_NAMES[f] for f in formats), err=True)


@main.command()
@_check_options
@click.option("--format", "formats", multiple=True, type=click.Choice(FORMATS), help="Output format; repeatable.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the (single) format to this file.")
@click.option("--output-dir", type=click.Path(file_okay=False), help="Write each format to its default name here.")
@click.option("--fail-under", type=click.FloatRange(0, 100), help="Fail when the run score is below this.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), help="Fail on findings of this severity or worse.")
@click.option("--exit-zero", is_flag=True, help="Always exit 0 unless an error stops the run.")
@click.option("--strict", is_flag=True, help="Exit 2 when a configured service (LanguageTool) was unavailable.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Hide findings recorded in this baseline (auditor baseline).")
@click.option("--embed-view", is_flag=True, help="Keep the article text in the JSON report so `auditor render` can "
              "show it (automatic with --format html).")
def check(paths, select, ignore, config_path, stdin_format, stdin_path, force_format, keyphrase, languagetool_url,
          changed_since, quiet, jobs, scheduler, no_cache, formats, output, output_dir, fail_under, fail_on, exit_zero, strict, baseline,
          embed_view):
    """Audit PATHS (files, folders, http(s) URLs, or - for stdin) and report findings."""
    formats = list(dict.fromkeys(formats)) or ["text"]
    if output and len(formats) > 1:
        _fail("--output takes one --format; use --output-dir for several")
    try:
        with _terminate_like_interrupt():
            report = _audit(paths, select, ignore, config_path, stdin_format, stdin_path, force_format, keyphrase,
                            languagetool_url, changed_since, quiet, jobs, scheduler, no_cache, output_dir=output_dir,
                            fail_under=fail_under, fail_on=fail_on, baseline=baseline,
                            keep_view=embed_view or "html" in formats)
            if not any(f in ("text",) for f in formats) or output:  # the text report prints warnings itself
                for w in report["warnings"]:
                    click.echo(f"warning: {w}", err=True)
            _write_reports(report, formats, output, output_dir, quiet)
    except AuditorError as e:
        _fail(str(e))
    except KeyboardInterrupt:
        _fail("interrupted")
    down = [n for n, st in report.get("services", {}).items() if st["status"] != "ok"]
    if strict and down:
        click.echo(f"auditor: error: --strict and {', '.join(down)} was unavailable", err=True)
        sys.exit(2)
    gate = report["summary"]["gate"]
    sys.exit(0 if exit_zero or gate["passed"] else 1)


@main.command()
@_check_options
@click.option("-o", "--output", default=".auditor-baseline.json", show_default=True, type=click.Path(dir_okay=False),
              help="Baseline file to write.")
def baseline(paths, select, ignore, config_path, stdin_format, stdin_path, force_format, keyphrase, languagetool_url,
             changed_since, quiet, jobs, scheduler, no_cache, output):
    """Record the current findings of PATHS so that `check --baseline FILE` fails only on new ones."""
    from .baseline import dump
    from .report import write_atomic

    try:
        report = _audit(paths, select, ignore, config_path, stdin_format, stdin_path, force_format, keyphrase,
                        languagetool_url, changed_since, quiet, jobs, scheduler, no_cache)
        write_atomic(output, dump(report))
    except AuditorError as e:
        _fail(str(e))
    n = sum(len(e["findings"]) for e in report["files"])
    click.echo(f"baseline: {n} finding(s) in {len(report['files'])} file(s) written to {output}")


@main.command()
@click.argument("report_path", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", default="html", show_default=True, type=click.Choice(FORMATS))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
def render(report_path, fmt, output):
    """Write a report in another format from a saved JSON report (rules are not run again)."""
    import json as _json

    from .report import render as _render
    from .report import write_atomic

    try:
        with open(report_path, encoding="utf-8") as fh:
            report = _json.load(fh)
    except (OSError, ValueError) as e:
        _fail(f"cannot read report {report_path}: {e}")
    if not isinstance(report, dict) or report.get("schema_version") != 1 or "files" not in report:
        _fail(f"{report_path} is not an auditor JSON report (schema_version 1)")
    try:
        text = _render(report, fmt)
        if output:
            write_atomic(output, text)
        else:
            click.echo(text, nl=False)
    except AuditorError as e:
        _fail(str(e))


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table")
def rules_cmd(fmt):
    """List every rule: code, name, category, default severity."""
    import json as _json

    from .api import build_registry, rule_info
    from .config import Config

    try:
        reg = build_registry(Config())
    except AuditorError as e:
        _fail(str(e))
    rows = list(reg)
    if fmt == "json":
        click.echo(_json.dumps({r.code: rule_info(r) for r in rows}, indent=2))
    elif fmt == "markdown":
        click.echo("| code | name | category | severity | what it does |\n|---|---|---|---|---|")
        for r in rows:
            click.echo(f"| {r.code} | {r.name} | {r.category} | {r.severity} | {r.section('What it does')} |")
    else:
        for r in rows:
            click.echo(f"{r.code:<7} {r.name:<34} {r.category:<12} {r.severity:<8} {r.section('What it does')[:70]}")


@main.command()
@click.argument("rule")
def explain(rule):
    """Show a rule's documentation and examples (by code or name)."""
    from .api import build_registry
    from .config import Config

    reg = build_registry(Config())
    r = reg.get(rule) or reg.get(rule.upper())
    if r is None:
        _fail(f"no rule named {rule!r}; see 'auditor rules'")
    click.echo(f"{r.code} {r.name} ({r.category}, default severity {r.severity})\n")
    for sec in ("What it does", "Why it matters", "How to fix"):
        click.echo(f"{sec}:\n  {r.section(sec)}\n")
    if r.options:
        click.echo("Options: " + ", ".join(f"{k} = {v!r}" for k, v in r.options.items()) + "\n")
    for label, ex in (("Bad", r.bad), ("Good", r.good)):
        for e in ex:
            click.echo(f"{label}: {e}")


@main.group("languagetool")
def languagetool_group():
    """LanguageTool backend: check the configured server, or install a local copy (explicitly)."""


@languagetool_group.command("status")
@click.option("--languagetool-url", help="Server to probe (default: config or AUDITOR_LANGUAGETOOL_URL).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def lt_status(languagetool_url, config_path):
    """Say which LanguageTool auditor would use, and whether it answers (GET /v2/languages)."""
    from .config import load_config
    from .services.languagetool import LTSettings

    try:
        cfg = load_config(config_path, start=".")
    except AuditorError as e:
        _fail(str(e))
    s = LTSettings.from_config(cfg, languagetool_url)
    if s is None:
        click.echo("LanguageTool: not configured (set --languagetool-url, languagetool.url, "
                   "AUDITOR_LANGUAGETOOL_URL, or LTP_PATH for a local install); grammar uses the built-in rules only")
        return
    if s.local and not s.url:
        from language_tool_python.download_lt import LocalLanguageTool

        v = LocalLanguageTool.get_latest_installed_version()
        click.echo(f"LanguageTool: local install {'%s' % v.version_name if v else 'NOT FOUND'}")
        sys.exit(0 if v else 2)
    import requests

    url = s.url.rstrip("/") + ("" if s.url.rstrip("/").endswith("/v2") else "/v2") + "/languages"
    try:
        r = requests.get(url, timeout=s.timeout)
        r.raise_for_status()
        n = len(r.json())
    except (requests.RequestException, ValueError) as e:
        click.echo(f"LanguageTool at {url}: unavailable ({type(e).__name__}: {e})", err=True)
        sys.exit(2)
    click.echo(f"LanguageTool at {url}: ok, {n} languages")


@languagetool_group.command("install")
def lt_install():
    """Download LanguageTool for local use (needs Java and internet access; never done implicitly)."""
    from language_tool_python.download_lt import LocalLanguageTool
    from language_tool_python.server import LTP_DOWNLOAD_VERSION

    try:
        lt = LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION)
        lt.download()
    except Exception as e:  # noqa: BLE001 - network, disk and Java problems all end the same way
        _fail(f"LanguageTool download failed: {type(e).__name__}: {str(e)[:300]}")
    click.echo(f"LanguageTool {LTP_DOWNLOAD_VERSION} installed; set LTP_PATH or languagetool.local = true to use it")


if __name__ == "__main__":
    main()
