#!/usr/bin/env node
// Check Adaptive Cards with Microsoft's renderer library (npm `adaptivecards` 3.x), targeting schema 1.5
// (the highest version Teams renders). No DOM is needed for parsing and validation.
//
// stdin:  JSON array of {"name": str, "card": {...}}
// stdout: JSON array, one entry per card:
//   {"name", "parse_events": [...], "validation_events": [...], "host_events": [...]}
// Each event is {"event": "<ValidationEvent name>", "message": str, "source": "<type or null>"}.
//   parse_events       SerializationContext events from card.parse(json, context)
//   validation_events  card.validateProperties().validationEvents
//   host_events        our own Teams checks the library does not make: declared version above 1.5,
//                      properties the renderer does not know (typos, newer-version properties, which
//                      the library silently ignores), Action.OpenUrl with a non-https URL, size.
"use strict";

const AC = require("adaptivecards/dist/adaptivecards.js");

const TARGET = AC.Versions.v1_5;
const MAX_BYTES = 28 * 1024; // Teams caps a message at ~100 KB; a single card should stay far below.

function eventName(code) {
  return AC.ValidationEvent[code] || String(code);
}

function describe(e) {
  const source = e.source && (e.source.type || (e.source.constructor && e.source.getJsonTypeName &&
    e.source.getJsonTypeName())) || null;
  return { event: eventName(e.event), message: e.message, source: typeof source === "string" ? source : null };
}

// ---- unknown-property lint -------------------------------------------------------------------------
const schemaCache = new Map();
function schemaNames(ctor) {
  if (!schemaCache.has(ctor)) {
    const schema = new ctor().getSchema();
    const names = new Set();
    for (let i = 0; i < schema.getCount(); i++) names.add(schema.getItemAt(i).name);
    schemaCache.set(ctor, names);
  }
  return schemaCache.get(ctor);
}

function lookup(registry, typeName) {
  const reg = registry.findByName(typeName);
  if (!reg) return null;
  // A type registered for a later schema (e.g. Carousel 1.6) is unknown to a 1.5 host.
  return reg.schemaVersion.compareTo(TARGET) <= 0 ? reg.objectType : null;
}

// Collections parsed by hand in the library (not in getSchema()), and what their items are.
const CHILDREN = {
  AdaptiveCard: { body: "element", actions: "action", msteams: null },
  Container: { items: "element" },
  Column: { items: "element" },
  TableCell: { items: "element" },
  ColumnSet: { columns: "Column" },
  FactSet: { facts: "Fact" },
  ImageSet: { images: "Image" },
  ActionSet: { actions: "action" },
  RichTextBlock: { inlines: "TextRun" },
  Table: { columns: "TableColumnDefinition", rows: "TableRow" },
  TableRow: { cells: "TableCell" },
  "Action.ShowCard": { card: "AdaptiveCard" },
  "Input.ChoiceSet": { choices: "Choice" },
};
const NESTED = { selectAction: "action", inlineAction: "action", backgroundImage: "BackgroundImage" };
const FIXED = {
  AdaptiveCard: AC.AdaptiveCard, Column: AC.Column, Fact: AC.Fact, Choice: AC.Choice, TableRow: AC.TableRow,
  TableCell: AC.TableCell, TableColumnDefinition: AC.TableColumnDefinition, BackgroundImage: AC.BackgroundImage,
  TextRun: AC.TextRun, Image: AC.Image,
};

function lint(node, kind, path, out) {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return;
  let typeName = kind;
  let ctor = FIXED[kind];
  if (kind === "element" || kind === "action") {
    typeName = node.type;
    if (typeof typeName !== "string") return; // the parser reports missing types
    ctor = lookup(kind === "element" ? AC.GlobalRegistry.elements : AC.GlobalRegistry.actions, typeName);
    if (!ctor) return; // unknown type: reported by the parser
  }
  if (!ctor) return;
  const known = schemaNames(ctor);
  const children = CHILDREN[typeName] || {};
  for (const [key, value] of Object.entries(node)) {
    const where = `${path}.${key}`;
    if (key in children) {
      const childKind = children[key];
      if (childKind && Array.isArray(value)) {
        value.forEach((item, i) => lint(item, childKind, `${where}[${i}]`, out));
      } else if (childKind && value && typeof value === "object") {
        lint(value, childKind, where, out);
      }
      continue;
    }
    if (key === "fallback" && kind !== "AdaptiveCard") {
      if (value !== "drop") lint(value, kind === "action" ? "action" : "element", where, out);
      continue;
    }
    if (key === "refresh" && typeName === "AdaptiveCard") {
      if (value && typeof value === "object") lint(value.action, "action", `${where}.action`, out);
      continue;
    }
    if (!known.has(key)) {
      out.push({ event: "UnsupportedProperty", source: typeName,
        message: `${where}: property "${key}" is not part of ${typeName} in Adaptive Cards 1.5` });
      continue;
    }
    if (key in NESTED && value && typeof value === "object") lint(value, NESTED[key], where, out);
  }
}

function urls(node, path, out) {
  if (Array.isArray(node)) return node.forEach((v, i) => urls(v, `${path}[${i}]`, out));
  if (node === null || typeof node !== "object") return;
  if (node.type === "Action.OpenUrl" && !/^https:\/\//i.test(String(node.url || ""))) {
    out.push({ event: "InvalidPropertyValue", source: "Action.OpenUrl",
      message: `${path}.url: only https:// links may be opened, got ${JSON.stringify(node.url)}` });
  }
  for (const [k, v] of Object.entries(node)) if (k !== "data") urls(v, `${path}.${k}`, out);
}

function hostChecks(json) {
  const out = [];
  if (json === null || typeof json !== "object" || Array.isArray(json) || json.type !== "AdaptiveCard") {
    out.push({ event: "MissingCardType", source: null, message: 'not an object with "type": "AdaptiveCard"' });
    return out;
  }
  const version = AC.Version.parse(json.version, new AC.SerializationContext(TARGET));
  if (!version || !version.isValid) {
    out.push({ event: "UnsupportedCardVersion", source: "AdaptiveCard", message: `missing or invalid version ${JSON.stringify(json.version)}` });
  } else if (version.compareTo(TARGET) > 0) {
    out.push({ event: "UnsupportedCardVersion", source: "AdaptiveCard",
      message: `card version ${json.version} is above 1.5, the highest Teams renders` });
  }
  lint(json, "AdaptiveCard", "$", out);
  urls(json, "$", out);
  const size = Buffer.byteLength(JSON.stringify(json), "utf8");
  if (size > MAX_BYTES) {
    out.push({ event: "Other", source: "AdaptiveCard", message: `card is ${size} bytes; keep it under ${MAX_BYTES}` });
  }
  return out;
}

function check(name, json) {
  const result = { name, parse_events: [], validation_events: [], host_events: [] };
  try {
    const context = new AC.SerializationContext(TARGET);
    const card = new AC.AdaptiveCard();
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) result.parse_events.push(describe(context.getEventAt(i)));
    const validation = card.validateProperties();
    for (const e of validation.validationEvents) result.validation_events.push(describe(e));
    result.host_events = hostChecks(json);
  } catch (err) {
    result.parse_events.push({ event: "Other", source: null, message: `renderer threw: ${err && err.message}` });
  }
  return result;
}

function main() {
  const chunks = [];
  process.stdin.on("data", (c) => chunks.push(c));
  process.stdin.on("end", () => {
    const samples = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    if (!Array.isArray(samples)) throw new Error("stdin must be a JSON array of {name, card}");
    const results = samples.map((s) => check(String(s.name), s.card));
    process.stdout.write(JSON.stringify(results) + "\n");
  });
}

main();
