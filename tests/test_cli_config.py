"""`scan` with a configuration file: discovery, flags over file, include/exclude, waivers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import cli
from cli.progress import Progress, use_color

MODERATE = """Article 4 - Staff

The Contractor shall not discriminate against its employees or job applicants on grounds of
race, ethnic origin, religion, disability, age, sex or sexual orientation.
"""
FUTURE = "2999-12-31"
PAST = "2001-01-01"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A templates repository with one moderate template; the working directory is inside it."""
    (tmp_path / "templates" / "drafts").mkdir(parents=True)
    (tmp_path / "templates" / "cleaning.txt").write_text(MODERATE, encoding="utf-8")
    (tmp_path / "templates" / "drafts" / "old.txt").write_text(MODERATE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _config(repo: Path, text: str, name: str = ".clausecheck.yaml") -> Path:
    path = repo / name
    path.write_text(text, encoding="utf-8")
    return path


def _paths(stdout: str) -> list[str]:
    return [Path(d["path"]).name for d in json.loads(stdout)["documents"]]


def test_fail_level_comes_from_the_discovered_file(repo: Path) -> None:
    """Verify fail_under in the config makes a moderate template fail, found from a subfolder."""
    _config(repo, "fail_under: strong\n")
    assert run("scan", "templates/cleaning.txt", "--no-cache", "-q")[0] == 1
    assert run("scan", "templates/cleaning.txt", "--no-cache", "--fail-under", "weak")[0] == 0


def test_pyproject_table_is_read(repo: Path) -> None:
    """Verify [tool.clausecheck] in pyproject.toml works like the YAML file."""
    _config(repo, "[tool.clausecheck]\nfail-under = 'exemplary'\n", "pyproject.toml")
    assert run("scan", "templates/cleaning.txt", "--no-cache")[0] == 1


def test_explicit_config_flag(repo: Path, tmp_path: Path) -> None:
    """Verify --config FILE is used instead of discovery."""
    _config(repo, "fail_under: weak\n")
    other = _config(repo, "fail_under: strong\n", "strict.yaml")
    assert run("scan", "templates/cleaning.txt", "--no-cache")[0] == 0
    assert run("scan", "templates/cleaning.txt", "--no-cache", "--config", str(other))[0] == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("fail_under: medium\n", "fail_under"),
        ("unknown_key: 1\n", "unknown_key"),
        ("fail_under: [\n", "cannot read"),
        ("waivers:\n  - document: '*'\n    element: monitoring\n", "waivers.0"),
    ],
)
def test_bad_config_is_one_line_and_exit_2(repo: Path, text: str, words: str) -> None:
    """Verify a bad config file gives one clear line naming the file, and exit 2."""
    _config(repo, text)
    code, out, err = run("scan", "templates/cleaning.txt", "--no-cache")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and ".clausecheck.yaml" in lines[0] and words in lines[0]
    assert "Traceback" not in err


def test_missing_explicit_config_is_exit_2(repo: Path) -> None:
    """Verify --config naming a missing file is a usage error."""
    code, _, err = run("scan", "templates", "--config", "nope.yaml", "--no-cache")
    assert code == 2 and "nope.yaml" in err


def test_exclude_applies_to_folders_not_to_named_files(repo: Path) -> None:
    """Verify exclude globs filter what a folder search finds, but a named file is scanned."""
    _config(repo, "exclude: ['drafts/*']\n")
    _, out, _ = run("scan", "templates", "--format", "json", "--no-cache")
    assert _paths(out) == ["cleaning.txt"]
    _, out, _ = run("scan", "templates/drafts/old.txt", "--format", "json", "--no-cache")
    assert _paths(out) == ["old.txt"]


def test_include_globs(repo: Path) -> None:
    """Verify include globs keep only matching files of a folder search."""
    _config(repo, "include: ['*/drafts/*']\n")
    _, out, _ = run("scan", "templates", "--format", "json", "--no-cache")
    assert _paths(out) == ["old.txt"]


def _waiver(element: str, expires: str, document: str = "templates/cleaning.txt") -> str:
    return (
        "fail_under: strong\nwaivers:\n"
        f"  - document: '{document}'\n    element: {element}\n"
        "    justification: framework contract monitored by the central purchasing body\n"
        f"    approved_by: J. Peeters, legal\n    expires: {expires}\n"
    )


def test_waiver_lifts_the_fail_level_and_is_reported(repo: Path) -> None:
    """Verify waivers for monitoring and remedies make the template pass, shown as waived."""
    text = _waiver("monitoring", FUTURE) + (
        "  - document: 'templates/*.txt'\n    element: remedies\n"
        "    justification: remedies are in the framework agreement, art. 12\n"
        f"    approved_by: J. Peeters, legal\n    expires: {FUTURE}\n"
    )
    _config(repo, text)
    code, out, _ = run("scan", "templates/cleaning.txt", "--format", "json", "--no-cache")
    doc = json.loads(out)["documents"][0]
    assert code == 0
    assert doc["level"] == "moderate" and doc["effective_level"] == "strong"
    assert {w["element"] for w in doc["waived"]} == {"monitoring", "remedies"}
    assert "monitoring" not in doc["missing"]
    _, text_out, _ = run("scan", "templates/cleaning.txt", "--no-cache")
    assert "waived: monitoring, remedies (--show-waived" in text_out
    _, shown, _ = run("scan", "templates/cleaning.txt", "--no-cache", "--show-waived")
    assert "approved by J. Peeters, legal" in shown


def test_expired_waiver_stops_applying_and_says_so(repo: Path) -> None:
    """Verify an expired waiver is not applied and is noted on stderr and in the report."""
    _config(repo, _waiver("monitoring", PAST))
    code, out, err = run("scan", "templates/cleaning.txt", "--format", "json", "--no-cache")
    report = json.loads(out)
    assert code == 1 and report["documents"][0]["waived"] == []
    assert report["waivers"][0]["kind"] == "expired"
    assert "waiver expired" in err and PAST in err
    assert "waiver expired" not in run("scan", "templates", "--no-cache", "-q")[2]


def test_stale_waiver_is_reported(repo: Path) -> None:
    """Verify a waiver that matches no document is reported as stale."""
    _config(repo, _waiver("monitoring", FUTURE, document="contracts/*.docx"))
    _, out, err = run("scan", "templates/cleaning.txt", "--format", "json", "--no-cache")
    assert json.loads(out)["waivers"][0]["kind"] == "stale"
    assert "waiver stale" in err


def test_color_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify NO_COLOR and a non-terminal stream turn colour off."""

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(Tty()) and not use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())


def test_text_report_has_no_escape_codes_when_piped(repo: Path) -> None:
    """Verify text written to a pipe or file carries no ANSI codes."""
    _, out, _ = run("scan", "templates/cleaning.txt", "--no-cache")
    assert "\x1b[" not in out and "level: moderate" in out


def test_progress_draws_only_on_a_terminal() -> None:
    """Verify the progress line is drawn on a terminal and hidden otherwise or when quiet."""

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Tty(), io.StringIO()
    for stream, enabled in ((tty, True), (pipe, True)):
        bar = Progress(3, enabled=enabled, stream=stream)
        for _ in range(3):
            bar(object())
        bar.close()
    assert "[3/3]" in tty.getvalue() and pipe.getvalue() == ""
    quiet = Tty()
    bar = Progress(3, enabled=False, stream=quiet)
    bar(object())
    assert quiet.getvalue() == ""
