"""The Dagster UI used the way a person uses it: `make ui` on a free port over temporary
folders (seeds copy, warehouse, DAGSTER_HOME), driven by headless Chromium through Playwright.

Run it alone with `make test-ui`; `tests/ui/install.sh` installs Debian's chromium. It is
skipped where /usr/bin/chromium or playwright is missing. The screenshots it takes are the
ones in docs/ that the README shows (`UI_SCREENSHOTS=docs make test-ui` refreshes them).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb
import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: run tests/ui/install.sh", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is missing: pip install -e '.[dev]'")
expect = sync_api.expect
expect.set_options(timeout=60_000)

from pipeline.definitions import defs  # noqa: E402  (after the skips: nothing to import without a browser)

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]
# The README's screenshots are refreshed only on request (UI_SCREENSHOTS=docs), so a test run
# leaves the working tree as it was; otherwise they go to pytest's temporary folder.
SCREENSHOTS_ENV = "UI_SCREENSHOTS"
LOCATION = "pipeline.definitions"  # `dagster dev -m pipeline.definitions` names the code location after the module
ASSETS = sorted(key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys())
BROWSER_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
STARTUP_S = 180
RUN_TIMEOUT_MS = 300_000  # a run may queue behind the one the sensor launches at start-up


@dataclass(frozen=True)
class Server:
    url: str
    catalog: Path

    def query(self, sql: str) -> list[tuple]:
        with duckdb.connect(str(self.catalog), read_only=True) as con:
            return con.execute(sql).fetchall()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_serving(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"`make ui` exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    pytest.fail(f"the Dagster UI did not answer within {STARTUP_S} s:\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen) -> None:
    """End the whole process group `make ui` leads (webserver, daemon, code server, run
    workers): `dagster dev` shuts down on SIGINT, and what is left after a grace period is killed."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            proc.poll()  # reap make, or the group never looks empty
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.5)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("ui")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    (tmp / "dagster_home").mkdir()
    port = _free_port()
    env = {
        **os.environ, "DAGSTER_HOME": str(tmp / "dagster_home"), "NEWS_SEEDS_DIR": str(tmp / "seeds"),
        "NEWS_WAREHOUSE_DIR": str(tmp / "warehouse"), "NEWS_WORKERS": "1",
    }
    log = tmp / "dagster.log"
    with log.open("w") as out:
        proc = subprocess.Popen(["make", "ui", f"PORT={port}"], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_until_serving(url, proc, log)
            yield Server(url, tmp / "warehouse" / "news.duckdb")
        finally:
            _stop(proc)


@pytest.fixture(scope="module")
def page(server: Server) -> Iterator["sync_api.Page"]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1500})
            page.set_default_timeout(60_000)
            _dismiss_welcome(page, server.url)
            yield page
        finally:
            browser.close()


def _dismiss_welcome(page: "sync_api.Page", url: str) -> None:
    """A new instance greets its first visitor with a newsletter dialog that would swallow a
    click later on; wait for it here and skip it."""
    page.goto(f"{url}/overview")
    try:
        page.get_by_role("button", name="Skip").click(timeout=30_000)
    except sync_api.TimeoutError:
        pass  # an instance that has greeted someone already


def _screenshot(page: "sync_api.Page", name: str) -> None:
    folder = Path(os.environ.get(SCREENSHOTS_ENV) or tempfile.gettempdir())
    page.screenshot(path=ROOT / folder / name, animations="disabled")  # no dialog caught fading in


def _shows(label: str, name: str) -> bool:
    """True when a graph node's label is `name`, which the zoomed-out graph may middle-truncate."""
    return re.fullmatch(".*".join(map(re.escape, label.split("…"))), name) is not None


def _expand_all_groups(page: "sync_api.Page") -> None:
    page.locator("button:has([aria-label=settings])").last.click()
    page.get_by_role("menuitem", name=re.compile("Expand all groups")).click()
    page.reload()  # the graph fits itself to the view only when it loads


def test_asset_graph_shows_every_asset(server: Server, page: "sync_api.Page") -> None:
    page.goto(f"{server.url}/asset-groups")
    page.get_by_role("button", name="Materialize all").wait_for()
    _expand_all_groups(page)
    nodes = page.locator("foreignObject [class*=AssetNode_assetName]")
    expect(nodes).to_have_count(len(ASSETS))
    labels = nodes.all_inner_texts()
    assert [name for name in ASSETS if not any(_shows(label, name) for label in labels)] == []


@pytest.mark.parametrize("path", ["sensors/seeds_folder_sensor", "schedules/hourly_reingest"])
def test_sensor_and_schedule_are_running(server: Server, page: "sync_api.Page", path: str) -> None:
    page.goto(f"{server.url}/locations/{LOCATION}/{path}")
    running = page.locator("tr", has=page.locator("td", has_text=re.compile("^Running$")))
    expect(running.locator("input[type=checkbox]")).to_be_checked()
    if path.startswith("sensors/"):
        _screenshot(page, "sensor.png")


def test_materialize_all_runs_to_success(server: Server, page: "sync_api.Page") -> None:
    page.goto(f"{server.url}/asset-groups")
    page.get_by_role("button", name="Materialize all").click()
    run = page.locator("a[href^='/runs/']", has_text="View").get_attribute("href")  # the "Launched run" toast
    page.goto(server.url + run)
    status = page.get_by_text(re.compile(r"^(Success|Failure|Canceled)$")).first
    expect(status).to_be_visible(timeout=RUN_TIMEOUT_MS)
    assert status.inner_text() == "Success"
    page.goto(f"{server.url}/asset-groups")  # groups stay expanded: the browser remembers
    materialized = page.locator("foreignObject [style*='--minimal-bg: var(--color-background-green)']")
    expect(materialized).to_have_count(len(ASSETS))
    _screenshot(page, "asset-graph.png")


def test_run_log_shows_progress_per_stage(server: Server, page: "sync_api.Page") -> None:
    # The sensor's start-up run or ours, whichever came first, processed the seeds.
    (run_id, articles), = server.query("SELECT run_id, articles_processed FROM ingest_log WHERE articles_processed > 0")
    page.goto(f"{server.url}/runs/{run_id}")
    page.locator("input[placeholder^=Filter]").fill("ETA")
    for stage in ("clean", "extract"):
        expect(page.get_by_text(re.compile(rf"^{stage}: {articles}/{articles} articles, .*/s, ETA 0 s$"))).to_be_visible()
    _screenshot(page, "run.png")


def test_asset_page_shows_metadata_and_chart(server: Server, page: "sync_api.Page") -> None:
    (top,), = server.query("SELECT name FROM entity_stats ORDER BY mentions DESC, entity_id LIMIT 1")
    page.goto(f"{server.url}/assets/entity_stats")
    preview = page.locator("tr:has(td > div > span:text-is('preview'))")
    expect(preview).to_contain_text(top)
    mentions = page.locator("tr", has=page.locator("td", has_text=re.compile("^mentions$")))
    expect(mentions).to_contain_text("Mentions in current articles.")  # the column schema
    preview.scroll_into_view_if_needed()
    _screenshot(page, "asset.png")

    page.locator("tr:has(td > div > span:text-is('top_entities'))").get_by_text("[Show Markdown]").click()
    chart = page.get_by_role("img", name="Top 15 entities by mentions")
    expect(chart).to_be_visible()
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0"), "the chart image did not render"
    _screenshot(page, "chart.png")
