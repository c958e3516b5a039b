"""Draw docs/brief-phone.png: the first screen of the demo's night-2 brief (the e-mail's HTML body) on a
390 px phone, as headless Chromium lays it out. Needs Debian's `chromium` and `fonts-noto-cjk`.

    .venv/bin/python scripts/brief_screenshot.py

Headless Chromium will not make a window narrower than 500 px, so the brief is drawn in a 390 px frame
(as tests/test_brief.py measures it) and the picture is cropped to the frame. The header line carries the
run's time and id, so the bytes differ from run to run; the layout does not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "brief-phone.png"
WIDTH, HEIGHT = 390, 844  # a phone's layout viewport, in CSS pixels
NIGHT2 = "2025-11-10"


def night2_brief(workdir: Path) -> str:
    """Run the offline demo in `workdir` and return night 2's HTML brief."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_") and k != "DAGSTER_HOME"}
    db = workdir / "regwatch-demo.duckdb"
    subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "demo", "--db", str(db)],
        cwd=workdir,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    for path in (workdir / "regwatch-demo-digests").glob("digest-*.json"):
        if json.loads(path.read_text("utf-8"))["as_of"] == NIGHT2:
            return path.with_suffix(".html").read_text("utf-8")
    raise SystemExit(f"the demo wrote no digest as of {NIGHT2}")


def screenshot(html: str, workdir: Path) -> Image.Image:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("Chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    page, shot = workdir / "phone.html", workdir / "phone.png"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
        f'<iframe width="{WIDTH}" height="{HEIGHT}" style="border:0;display:block"></iframe><script>'
        f"document.querySelector('iframe').srcdoc = {json.dumps(html)};</script></body></html>",
        encoding="utf-8",
    )
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--window-size=500,{HEIGHT}",
    ]
    subprocess.run(
        [browser, *flags, "--virtual-time-budget=10000", f"--screenshot={shot}", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with Image.open(shot) as image:
        return image.convert("RGB").crop((0, 0, WIDTH, HEIGHT))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        picture = screenshot(night2_brief(workdir), workdir)
    picture.quantize(colors=64).save(OUT, optimize=True)  # text on flat colours: a third of the bytes
    print(f"wrote {OUT.relative_to(ROOT)}: {WIDTH}x{HEIGHT}, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
