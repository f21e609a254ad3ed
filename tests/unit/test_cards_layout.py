"""Every card laid out by the Adaptive Cards renderer at Teams widths (320 px and 540 px): nothing clipped or
overflowing, no text squeezed to one word per line, no input too narrow to read. Screenshots land in
test-output/cards/<width>/ for a person to look at."""

from __future__ import annotations

import asyncio

import pytest

from tests.support.card_samples import all_card_samples
from tests.support.cardlayout import WIDTHS, render_layouts, require_browser
from tests.support.node import REPO

SAMPLES = all_card_samples()
OUT = REPO / "test-output" / "cards"


@pytest.fixture(scope="module")
def layouts():
    require_browser()
    return asyncio.run(render_layouts(SAMPLES, WIDTHS, OUT))


@pytest.mark.parametrize("width", WIDTHS)
async def test_no_card_is_clipped_or_squeezed(layouts, width):
    bad = {name: layouts[(name, width)] for name, _ in SAMPLES if layouts[(name, width)]}
    assert bad == {}
    assert all((OUT / str(width) / f"{name}.png").is_file() for name, _ in SAMPLES)


async def test_the_checker_sees_a_squeezed_card(tmp_path):
    """The old /help layout (usage unwrapped beside its description) fails at 320 px."""
    require_browser()
    old_row = {
        "type": "ColumnSet",
        "columns": [
            {
                "type": "Column",
                "width": "auto",
                "items": [
                    {
                        "type": "TextBlock",
                        "text": "/queue [mine|team] [urgent|today|overdue] [IRF|LTAC|SNF]",
                        "weight": "Bolder",
                        "wrap": False,
                    }
                ],
            },
            {
                "type": "Column",
                "width": "stretch",
                "items": [{"type": "TextBlock", "text": "Open cases by due time then priority", "wrap": True}],
            },
        ],
    }
    doc = {"type": "AdaptiveCard", "version": "1.5", "body": [old_row]}
    found = await render_layouts([("old_help", doc)], [320], tmp_path, screenshots=False)
    assert found[("old_help", 320)], "the checker missed a clipped, squeezed row"
