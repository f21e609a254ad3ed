// Render Adaptive Cards with Microsoft's JS renderer (npm `adaptivecards`) inside a page of a given width
// and report what a reader would stumble on. Loaded into the page by tests/support/cardlayout.py.
// window.renderCard(json, width) -> {problems: [str]}; the card is left in #host for a screenshot.
"use strict";

// A Teams-like host config (Segoe UI stand-in, Teams font sizes and spacing, default and emphasis styles).
const TEAMS_HOST = {
  fontFamily: "'Segoe UI', 'DejaVu Sans', sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: "#FFFFFF", foregroundColors: {
      default: { default: "#242424", subtle: "#616161" }, accent: { default: "#5B5FC7", subtle: "#5B5FC7" },
      good: { default: "#0E700E", subtle: "#0E700E" }, warning: { default: "#835B00", subtle: "#835B00" },
      attention: { default: "#C4314B", subtle: "#C4314B" }, dark: { default: "#252424", subtle: "#616161" },
      light: { default: "#FFFFFF", subtle: "#FFFFFF" } } },
    emphasis: { backgroundColor: "#F5F5F5" },
  },
  actions: { maxActions: 6, spacing: "default", buttonSpacing: 8, actionsOrientation: "horizontal",
    actionAlignment: "stretch", showCard: { actionMode: "inline" } },
  factSet: { title: { weight: "bolder", wrap: true, maxWidth: 150 }, value: { wrap: true }, spacing: 8 },
};

// Teams renders a small Markdown subset in TextBlocks and FactSets; TextRuns are never Markdown.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  const esc = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  result.outputHtml = esc.replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/\[([^\]]+)\]\((https:[^)\s]+)\)/g, '<a href="$2">$1</a>').replace(/\n\n/g, "<br>");
  result.didProcess = true;
};

function visibleText(el) {
  return (el.innerText || "").trim();
}

window.renderCard = (json, width) => {
  const host = document.getElementById("host");
  host.innerHTML = "";
  host.style.width = width + "px";
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig(TEAMS_HOST);
  card.parse(json);
  const root = card.render();
  host.appendChild(root);
  const problems = [];
  for (const el of root.querySelectorAll("*")) {
    const text = visibleText(el);
    const leaf = el.children.length === 0 || el.matches(".ac-textRun, .ac-textBlock, .ac-richTextBlock");
    if (leaf && text && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`clipped (${el.scrollWidth}px of text in ${el.clientWidth}px): ${text.slice(0, 60)}`);
    }
    if (el.matches(".ac-textBlock, .ac-richTextBlock")) {
      const words = text.split(/\s+/).filter(Boolean).length;
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 19;
      const lines = Math.round(el.getBoundingClientRect().height / lineHeight);
      if (words >= 3 && lines >= words) {
        problems.push(`one word per line (${words} words on ${lines} lines, ${Math.round(el.getBoundingClientRect().width)}px wide): ${text.slice(0, 60)}`);
      }
      const r = el.getBoundingClientRect();
      const h = host.getBoundingClientRect();
      if (r.right > h.right + 1) problems.push(`past the card's right edge: ${text.slice(0, 60)}`);
    }
    if (el.matches("input:not([type=radio]):not([type=checkbox]), select, textarea")) {
      const w = el.getBoundingClientRect().width;
      if (w > 0 && w < 100) problems.push(`input only ${Math.round(w)}px wide: ${el.getAttribute("aria-label") || el.id}`);
    }
  }
  if (root.scrollWidth > width + 1) problems.push(`card is ${root.scrollWidth}px wide in a ${width}px column`);
  return { problems };
};
