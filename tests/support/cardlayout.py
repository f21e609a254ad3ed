"""Render cards with the Adaptive Cards JS renderer in Chromium at Teams column widths; screenshot and measure.

`render_layouts(samples, widths, out_dir)` returns {(name, width): [problem, ...]} and writes
`out_dir/<width>/<name>.png` for each card. Problems: text clipped or overflowing its box, a text block
squeezed to one word per line, an input narrower than 100 px, anything past the card's right edge.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from tests.support.chromium import CHROMIUM, CHROMIUM_ARGS
from tests.support.ci import missing
from tests.support.node import NODE_MODULES, SUPPORT, require_node_packages

# Teams: a personal chat on a phone or a narrow side panel is ~320 px; a desktop chat message ~540 px.
WIDTHS = (320, 540)


def require_browser() -> None:
    require_node_packages("adaptivecards")
    problem = None
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        problem = "playwright is not installed (scripts/install-test-deps.sh)"
    if problem is None and not Path(CHROMIUM).exists():
        problem = f"{CHROMIUM} is missing (apt-get install -y chromium)"
    if problem:
        missing(problem)


async def render_layouts(
    samples: Sequence[tuple[str, dict]], widths: Sequence[int], out_dir: Path, *, screenshots: bool = True
) -> dict[tuple[str, int], list[str]]:
    from playwright.async_api import async_playwright

    script = (NODE_MODULES / "adaptivecards" / "dist" / "adaptivecards.js").read_text(encoding="utf-8")
    harness = (SUPPORT / "cardlayout.js").read_text(encoding="utf-8")
    results: dict[tuple[str, int], list[str]] = {}
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(viewport={"width": max(widths) + 40, "height": 800})
            await page.set_content(
                '<html><body style="margin:0;padding:8px;background:#EBEBEB">'
                '<div id="host" style="background:#fff"></div></body></html>'
            )
            await page.add_script_tag(content=script)
            await page.add_script_tag(content=harness)
            for width in widths:
                (out_dir / str(width)).mkdir(parents=True, exist_ok=True)
                for name, doc in samples:
                    outcome = await page.evaluate(
                        "([c, w]) => window.renderCard(c, w)", [json.loads(json.dumps(doc)), width]
                    )
                    results[(name, width)] = outcome["problems"]
                    if screenshots:
                        await page.locator("#host").screenshot(path=str(out_dir / str(width) / f"{name}.png"))
        finally:
            await browser.close()
    return results
