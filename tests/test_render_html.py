"""Verify the HTML report: self-contained, escaped, CSP, chart, and in a real headless Chromium."""

from __future__ import annotations

import base64
import hashlib
import html
import http.server
import re
import shutil
import struct
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from report_samples import (
    FORMULA_PATH,
    HOSTILE,
    MODERATE_PATH,
    SCRIPT,
    UNREADABLE_PATH,
    WEAK_PATH,
    audit_report,
    scan_report,
    waived_report,
    weakened_report,
)

from checker.report.render_html import render

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MARK_RGB = (0xFF, 0xE5, 0x8A)  # the <mark> background of html_parts.CSS


def _chromium() -> str | None:
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def chromium() -> str:
    """Return the Chromium binary, or skip: Debian's chromium is installed by .ci/run."""
    found = _chromium()
    if found is None:
        pytest.skip("chromium not installed (/usr/bin/chromium, chromium, chromium-browser)")
    return found


def _run(browser: str, page: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    args = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp / 'profile'}", *extra]
    return subprocess.run(
        [*args, page.as_uri()], capture_output=True, text=True, timeout=180, check=False
    )


def _dom(browser: str, page: Path, tmp: Path) -> str:
    done = _run(browser, page, tmp, "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "clausecheck" in done.stdout, "Chromium did not load the page: " + done.stdout[:300]
    return done.stdout


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _has_colour(png: Path, rgb: tuple[int, int, int]) -> bool | None:
    try:
        from PIL import Image
    except ImportError:
        return None
    with Image.open(png) as img:
        colours = img.convert("RGB").getcolors(maxcolors=1 << 20) or []
    return any(c == rgb for _, c in colours)


def test_page_is_self_contained_and_escaped() -> None:
    """Verify no remote reference, no script, every document text escaped, quotes marked."""
    page = render(scan_report())
    assert "<script" not in page.lower()
    refs = re.findall(r'(?:src|href|action)\s*=\s*"([^"]*)"', page)
    assert refs and all(r.startswith("#") for r in refs), refs
    assert "@import" not in page and "url(" not in page
    assert f"<mark>{html.escape(HOSTILE)}</mark>" in page
    assert html.escape(MODERATE_PATH) in page and html.escape(FORMULA_PATH) in page
    assert "no text layer: OCR needed" in page


def test_csp_forbids_scripts_and_allows_only_the_inline_style() -> None:
    """Verify the CSP meta: default none, script none, the style sheet by its hash."""
    page = render(scan_report())
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert meta is not None
    policy = html.unescape(meta.group(1))
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'" and directives["script-src"] == "'none'"
    assert directives["connect-src"] == "'none'" and directives["img-src"] == "'none'"
    css = re.search(r"<style>(.*?)</style>", page, re.S)
    assert css is not None
    digest = base64.b64encode(hashlib.sha256(css.group(1).encode()).digest()).decode()
    assert directives["style-src"] == f"'sha256-{digest}'"


def test_chart_has_a_bar_per_level_and_the_counts() -> None:
    """Verify the inline SVG chart: one bar per level plus unreadable and errors."""
    page = render(scan_report())
    svg = re.search(r"<svg.*?</svg>", page, re.S)
    assert svg is not None
    bars = re.findall(r"<title>([a-z_]+): (\d+)</title></rect>", svg.group(0))
    assert bars == [
        ("absent", "1"),
        ("weak", "1"),
        ("moderate", "1"),
        ("strong", "0"),
        ("exemplary", "0"),
        ("unreadable", "1"),
        ("errors", "1"),
    ]


def test_elements_locations_advice_and_waivers() -> None:
    """Verify element rows: evidence with location and rule, advice when missing, waivers."""
    page = render(waived_report(), fail_under="moderate")
    assert "para 7" in page and "p. 2, art. 12.3" in page and "ND-EN-01</code>" in page
    assert "characters 120&ndash;" in page
    assert "Give the buyer a way to check compliance" in page
    assert "Framework &lt;b&gt;law&lt;/b&gt;" in page and "approved by Legal | Team" in page
    assert "waiver stale: old/*.docx" in page
    assert 'class="no">below</td>' in page and 'class="yes">ok</td>' in page


def test_audit_page_groups_contractors_by_status() -> None:
    """Verify the audit page: statuses in order, red flags marked, coaching actions."""
    page = render(audit_report())
    order = [page.index(f'id="status-{s}"') for s in ("needs_coaching", "needs_review")]
    order += [page.index(f'id="status-{s}"') for s in ("compliant", "out_of_scope")]
    assert order == sorted(order)
    assert "<mark>Native speakers | only</mark>" in page
    assert "Replace the native-speaker demand." in page
    assert "Bad &lt;b&gt;Ltd&lt;/b&gt;" in page and "<b>Ltd</b>" not in page
    assert f"<mark>We do not discriminate {html.escape(SCRIPT)}.</mark>" in page
    assert "<script" not in page.lower()


def test_headless_chromium_renders_the_report(chromium: str, tmp_path: Path) -> None:
    """Verify a screenshot of the page and that the DOM holds documents and escaped evidence."""
    page = tmp_path / "report.html"
    page.write_text(render(scan_report(), fail_under="moderate"), encoding="utf-8")
    shot = tmp_path / "shot.png"
    done = _run(chromium, page, tmp_path, f"--screenshot={shot}", "--window-size=1200,2000")
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    data = shot.read_bytes()
    assert _png_size(data) == (1200, 2000)
    assert len(data) > 50_000, "a blank or error page compresses to far less"
    assert _has_colour(shot, MARK_RGB) in (True, None), "the inline style sheet was not applied"
    dom = _dom(chromium, page, tmp_path)
    assert "clausecheck scan report" in dom
    for path in (MODERATE_PATH, WEAK_PATH, FORMULA_PATH, UNREADABLE_PATH):
        assert html.escape(path, quote=False) in dom
    assert "<mark>The Contractor | shall `not` discriminate &lt;script&gt;alert(1)" in dom
    assert "<script" not in dom.lower()


def test_csp_blocks_an_injected_script(chromium: str, tmp_path: Path) -> None:
    """Verify that even markup slipped into the page could not run a script."""
    text = render(scan_report())
    probe = "<script>document.documentElement.setAttribute('data-ran', 'yes')</script>"
    page = tmp_path / "injected.html"
    page.write_text(text.replace("<main>", "<main>" + probe, 1), encoding="utf-8")
    dom = _dom(chromium, page, tmp_path)
    assert "document.documentElement.setAttribute" in dom, "the probe must be in the page"
    assert "data-ran" not in dom.split("<script>")[0], "the injected script ran"
    control = tmp_path / "control.html"
    control.write_text(f"<html><body>clausecheck{probe}</body></html>", "utf-8")
    assert 'data-ran="yes"' in _dom(chromium, control, tmp_path), "the probe must work"


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        """Record the request and answer 404."""
        type(self).hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        """Stay quiet."""


@pytest.fixture()
def local_server() -> Iterator[tuple[str, list[str]]]:
    """Return the base URL of a local HTTP server and the list of paths it was asked for."""
    _Counter.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", _Counter.hits
    finally:
        server.shutdown()
        server.server_close()


def test_csp_blocks_remote_loads(
    chromium: str, tmp_path: Path, local_server: tuple[str, list[str]]
) -> None:
    """Verify images, style sheets and fonts slipped into the page are never fetched."""
    base, hits = local_server
    probe = (
        f'<img src="{base}/img.png"><link rel="stylesheet" href="{base}/x.css">'
        f'<iframe src="{base}/frame"></iframe>'
    )
    page = tmp_path / "remote.html"
    page.write_text(render(scan_report()).replace("<main>", "<main>" + probe, 1), "utf-8")
    _dom(chromium, page, tmp_path)
    assert hits == [], f"the page fetched {hits}"
    control = tmp_path / "control.html"
    control.write_text(f"<html><body>clausecheck{probe}</body></html>", "utf-8")
    _dom(chromium, control, tmp_path)
    assert hits, "without the CSP the same markup does load: the probe works"


def test_documents_weakened_since_the_baseline_are_named() -> None:
    """Verify the summary names each weakened document, escaped, with what it lost."""
    page = render(weakened_report())
    assert (
        '<p class="no">tenders/Ville d&#x27;Été #1.docx weakened since the baseline: '
        "level strong -&gt; moderate; lost monitoring, remedies</p>"
    ) in page
    assert "weakened" not in render(scan_report())
