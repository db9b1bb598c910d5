import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkShape } from "../src/manifest/check-shape.js";
import { MANIFEST_SHAPE } from "../src/manifest/manifest-limits.js";
import { fillPlaceholders } from "../src/manifest/manifest-placeholders.js";
import {
  compileSlackSchema,
  findSlackSchemaDir,
  MANIFEST_TEXT,
  manifestWithPublicUrl,
  runCli,
} from "./support/manifest-files.js";

/**
 * Slack's published JSON schema lives beside the repository (../shared), not in it: the product's
 * own check never needs it. Where it is missing, CI fails loudly; a developer's machine without it
 * still runs every assertion that does not need it.
 */
const schemaDir = findSlackSchemaDir();
const inCi = process.env["CI"] === "true";
let validate: ValidateFunction | undefined;

beforeAll(() => {
  if (schemaDir !== undefined) validate = compileSlackSchema(schemaDir);
});

function schemaErrors(manifest: unknown): string[] {
  if (!validate) return [];
  validate(manifest);
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

function example(name: string): unknown {
  return JSON.parse(readFileSync(join(schemaDir ?? "", "examples", name), "utf8"));
}

describe("manifest.yml against Slack's published schema", () => {
  it("finds the schema beside the repository, as CI has it", () => {
    if (schemaDir === undefined) {
      // Not found: only acceptable away from CI, and said so. CI must have ../shared.
      expect(inCi, "Slack's manifest schema not found at ../shared/slack-manifest-schema").toBe(
        false,
      );
      console.warn(
        "Slack's manifest schema not found (../shared or SLACK_MANIFEST_SCHEMA_DIR): schema assertions not run",
      );
      return;
    }
    expect(validate).toBeTypeOf("function");
  });

  it("is valid as sent for an HTTP deployment, with PUBLIC_URL filled in", () => {
    const manifest = manifestWithPublicUrl("https://desk.example.org");
    expect(schemaErrors(manifest)).toEqual([]);
    expect(checkShape(manifest, MANIFEST_SHAPE)).toEqual([]);
  });

  it("is valid as sent for Socket Mode, with the request URLs left out", () => {
    const manifest = fillPlaceholders(parse(MANIFEST_TEXT), undefined);
    expect(JSON.stringify(manifest)).not.toContain("request_url");
    expect(schemaErrors(manifest)).toEqual([]);
  });

  it("is printed by `npm run manifest -- print` as JSON to paste into Slack, valid either way", async () => {
    const http = await runCli(["print"], { PUBLIC_URL: "https://desk.example.org" });
    expect(http.code).toBe(0);
    expect(JSON.parse(http.stdout)).toEqual(manifestWithPublicUrl("https://desk.example.org"));
    expect(schemaErrors(JSON.parse(http.stdout))).toEqual([]);
    const socket = await runCli(["print"]);
    expect(JSON.parse(socket.stdout)).toEqual(fillPlaceholders(parse(MANIFEST_TEXT), undefined));
    expect(schemaErrors(JSON.parse(socket.stdout))).toEqual([]);
  });

  it("breaks the schema and our own limits alike when the name is over 35 characters", () => {
    const manifest = manifestWithPublicUrl("https://desk.example.org") as {
      display_information: { name: string };
    };
    manifest.display_information.name = "S".repeat(36);
    expect(checkShape(manifest, MANIFEST_SHAPE).map((p) => p.message)).toEqual([
      "display_information.name is 36 characters long; Slack allows at most 35",
    ]);
    if (validate) expect(schemaErrors(manifest).join("\n")).toContain("/display_information/name");
  });

  it("agrees with Slack's own valid and invalid example manifests", () => {
    if (schemaDir === undefined) {
      expect(inCi).toBe(false);
      return;
    }
    for (const name of ["v1.manifest.valid.json", "v2.manifest.valid.json"]) {
      expect(schemaErrors(example(name)), name).toEqual([]);
      expect(checkShape(example(name), MANIFEST_SHAPE), name).toEqual([]);
    }
    expect(schemaErrors(example("v1.manifest.invalid.json"))).not.toEqual([]);
    expect(checkShape(example("v1.manifest.invalid.json"), MANIFEST_SHAPE)).toEqual([
      {
        path: ["settings", "bad_param"],
        message:
          "settings.bad_param is not a field Slack's app manifest knows; Slack rejects the whole manifest",
      },
    ]);
  });
});
