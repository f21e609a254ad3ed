#!/usr/bin/env node
// Validate a Teams app manifest offline against the official JSON schema shipped in the npm package
// @microsoft/app-manifest (build/json-schemas/teams/v<manifestVersion>/MicrosoftTeams.schema.json).
// Uses the same validator set-up as that package's ManifestUtil.validateManifestAgainstSchema
// (ajv-draft-04 + ajv-formats, allErrors), but never fetches anything over the network.
//
// usage: node tests/support/validate_manifest.js MANIFEST.json [SCHEMA.json]
// prints {"schema": "<path>", "errors": ["<instancePath> <message>", ...]}; exit 0 valid, 1 invalid, 2 usage.
"use strict";

const fs = require("fs");
const path = require("path");

function fail(message) {
  process.stderr.write(message + "\n");
  process.exit(2);
}

const [manifestPath, schemaArg] = process.argv.slice(2);
if (!manifestPath) fail("usage: validate_manifest.js MANIFEST.json [SCHEMA.json]");

let Ajv04, addFormats, packageDir;
try {
  Ajv04 = require("ajv-draft-04");
  addFormats = require("ajv-formats");
  packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
} catch (err) {
  fail(`missing node packages (run npm ci in the repository root): ${err.message}`);
}
Ajv04 = Ajv04.default || Ajv04;
addFormats = addFormats.default || addFormats;

const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
const schemaPath = schemaArg || path.join(packageDir, "build", "json-schemas", "teams",
  `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json");
if (!fs.existsSync(schemaPath)) fail(`no schema for manifestVersion ${manifest.manifestVersion}: ${schemaPath}`);
// Same workaround as the package: some schema versions carry an invalid "\a" regex escape.
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8").replace(/\\a/g, "\\x07"));

const ajv = new Ajv04({ allErrors: true, strictTypes: false, strict: false });
addFormats(ajv, ["uri", "email", "regex"]);
const validate = ajv.compile(schema);
const errors = validate(manifest) ? [] : (validate.errors || []).map(
  (e) => `${e.instancePath || "/"} ${e.message || ""} ${e.params ? JSON.stringify(e.params) : ""}`.trim());
process.stdout.write(JSON.stringify({ schema: schemaPath, errors }) + "\n");
process.exit(errors.length ? 1 : 0);
