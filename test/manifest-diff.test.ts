import { describe, expect, it } from "vitest";
import { diffManifests, renderChanges } from "../src/manifest/manifest-diff.js";
import {
  fillPlaceholders,
  normalisePublicUrl,
  PUBLIC_URL_PLACEHOLDER as P,
  PublicUrlError,
} from "../src/manifest/manifest-placeholders.js";

describe("the diff shown before a deploy", () => {
  it("finds nothing between equal manifests, whatever the key order", () => {
    expect(diffManifests({ a: { x: 1, y: [1, 2] } }, { a: { y: [2, 1], x: 1 } })).toEqual([]);
  });

  it("compares lists of names as sets: one added scope is one line", () => {
    const before = { oauth_config: { scopes: { bot: ["chat:write", "commands"] } } };
    const after = {
      oauth_config: { scopes: { bot: ["app_mentions:read", "chat:write", "commands"] } },
    };
    expect(renderChanges(diffManifests(before, after))).toEqual([
      '  + oauth_config.scopes.bot: "app_mentions:read"',
    ]);
  });

  it("matches slash commands by their name, not their position", () => {
    const before = {
      features: {
        slash_commands: [
          { command: "/a", description: "A" },
          { command: "/b", description: "B" },
        ],
      },
    };
    const after = { features: { slash_commands: [{ command: "/b", description: "B!" }] } };
    expect(diffManifests(before, after)).toEqual([
      {
        kind: "removed",
        path: "features.slash_commands[/a]",
        before: { command: "/a", description: "A" },
      },
      {
        kind: "changed",
        path: "features.slash_commands[/b].description",
        before: "B",
        after: "B!",
      },
    ]);
  });

  it("lists the fields of a whole added or removed section one by one", () => {
    const before = { settings: { socket_mode_enabled: true } };
    const after = {
      settings: {
        socket_mode_enabled: false,
        interactivity: { is_enabled: true, request_url: "https://x.example/e" },
      },
    };
    expect(renderChanges(diffManifests(before, after))).toEqual([
      "  ~ settings.socket_mode_enabled: true → false",
      "  + settings.interactivity.is_enabled: true",
      '  + settings.interactivity.request_url: "https://x.example/e"',
    ]);
  });
});

describe("the PUBLIC_URL placeholder", () => {
  const manifest = {
    features: { slash_commands: [{ command: "/q", url: `${P}/slack/events` }] },
    oauth_config: { redirect_urls: [`${P}/oauth`, "https://fixed.example/oauth"] },
    settings: { interactivity: { is_enabled: true, request_url: `${P}/slack/events` } },
  };

  it("is replaced by PUBLIC_URL everywhere", () => {
    expect(fillPlaceholders(manifest, "https://desk.example.org")).toEqual({
      features: {
        slash_commands: [{ command: "/q", url: "https://desk.example.org/slack/events" }],
      },
      oauth_config: {
        redirect_urls: ["https://desk.example.org/oauth", "https://fixed.example/oauth"],
      },
      settings: {
        interactivity: { is_enabled: true, request_url: "https://desk.example.org/slack/events" },
      },
    });
  });

  it("leaves out every field and list item that uses it when there is no PUBLIC_URL", () => {
    expect(fillPlaceholders(manifest, undefined)).toEqual({
      features: { slash_commands: [{ command: "/q" }] },
      oauth_config: { redirect_urls: ["https://fixed.example/oauth"] },
      settings: { interactivity: { is_enabled: true } },
    });
  });

  it("accepts only a plain https base URL for PUBLIC_URL, without its trailing slash", () => {
    expect(normalisePublicUrl(" https://desk.example.org/ ")).toBe("https://desk.example.org");
    expect(normalisePublicUrl("https://example.org/desk")).toBe("https://example.org/desk");
    for (const bad of ["http://desk.example.org", "desk.example.org", "https://x.example/?a=1"]) {
      expect(() => normalisePublicUrl(bad), bad).toThrow(PublicUrlError);
    }
  });
});
