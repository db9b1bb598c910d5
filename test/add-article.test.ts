import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  articleFileStem,
  PreviewWarning,
  pageFormat,
  previewArticle,
} from "../src/ingest/article-preview.js";
import { decodeReferences, htmlToText, looksLikeHtml } from "../src/ingest/html-text.js";
import { writeArticleFile } from "../src/newsroom/add-article.js";
import {
  buildArticlePreview,
  decodeDraftValue,
} from "../src/render/blocks/article-preview-builder.js";
import { pastedPageText } from "../src/slack/add-article-reply.js";
import { tokenMayGoTo } from "../src/slack/slack-file.js";
import { expectSlackReady } from "./support/slack-ready.js";

const encode = (text: string) => new TextEncoder().encode(text);
let scratch: string | null = null;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

describe("an HTML page as text", () => {
  it("gives one block per paragraph, heading, item and caption, without scripts, styles or tags", () => {
    const text = htmlToText(
      "<html><head><title>T</title><style>p{}</style></head><body><script>var a = '<p>no</p>';</script>" +
        "<h1>Dam  repairs\n begin</h1><p>Work on the <b>north</b> wall starts today.</p><!-- <p>hidden</p> -->" +
        "<figure><img src=x><figcaption>The wall in April.</figcaption></figure><ul><li>One</li><li>Two</li></ul></body></html>",
    );
    expect(text.split("\n\n")).toEqual([
      "Dam repairs begin",
      "Work on the north wall starts today.",
      "The wall in April.",
      "One",
      "Two",
    ]);
  });

  it("decodes character references and leaves unknown ones and stray brackets as they are", () => {
    expect(
      decodeReferences("&ldquo;Yes,&rdquo; she said &amp; left &#8212; &#x2019; &bogus; &#0;"),
    ).toBe("“Yes,” she said & left — ’ &bogus; &#0;");
    expect(htmlToText("<p>3 < 4 and 5 > 2</p>")).toBe("3 < 4 and 5 > 2");
    expect(htmlToText("<p>unclosed <b")).toBe("unclosed <b");
  });

  it("is told apart from text by its name, else by its look", () => {
    expect(pageFormat("page.htm", "plain")).toBe("html");
    expect(pageFormat("notes.md", "# Title")).toBe("markdown");
    expect(pageFormat(null, "<!DOCTYPE html><html><body><p>x</p></body></html>")).toBe("html");
    expect(pageFormat(null, "A line about 3 < 4.")).toBe("text");
    expect(looksLikeHtml("x".repeat(10_000))).toBe(false);
  });

  it("takes linear time on pathological markup", () => {
    const started = performance.now();
    htmlToText("<".repeat(200_000));
    htmlToText("<p ".repeat(100_000));
    htmlToText("&#".repeat(100_000));
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("the preview of a page to add", () => {
  it("says what it read and warns when the page names no outlet or date", () => {
    const read = previewArticle(
      null,
      encode(
        "Ferry back in service\n\nThe island ferry sailed again on Friday after two weeks of repairs, its operator said.\n\nAdvertisement",
      ),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.preview.paragraphs).toBe(1);
    expect(read.preview.removed).toContain("Advertisement");
    expect(read.preview.warnings).toEqual([PreviewWarning.noOutlet, PreviewWarning.noDate]);
    // As the desk will load it: under its file name, which names no outlet of the page's.
    expect(read.preview.fileStem).toBe("unknown-outlet");
    expect(read.preview.article.id).toBe("unknown-outlet");
    const message = buildArticlePreview(read.preview, "ab12cd34ef56ab12cd34ef56", [
      { id: "ferry", name: "Island ferry" },
      { id: "council", name: "Council <!channel> vote" },
    ]);
    expectSlackReady(message);
    // Two desks: an Add button each, in blocks of their own, then Cancel.
    const actionBlocks = message.blocks.filter((block) => block.type === "actions");
    expect(actionBlocks).toHaveLength(3);
    const values = actionBlocks.flatMap((block) =>
      block.type === "actions" ? block.elements.map((e) => decodeDraftValue(e.value)) : [],
    );
    expect(values.map((v) => v?.desk ?? null)).toEqual(["ferry", "council", null]);
  });

  it("does not list a caption whose credit was cut off as left out", () => {
    const read = previewArticle(
      null,
      encode(
        [
          "Ferry back in service",
          "The island ferry sailed again on Friday after two weeks of repairs, its operator said on Thursday.",
          "The ferry leaves the harbour on its first crossing since the repairs. (Photo: Jane Doe/Harbour Gazette)",
          "About 600 islanders depend on the ferry for work and school, the council said.",
          "Advertisement",
        ].join("\n\n"),
      ),
    );
    if (!read.ok) throw new Error(read.reason);
    expect(read.preview.removed).toEqual(["Advertisement"]);
  });

  it("refuses what is no article, saying why", () => {
    expect(previewArticle("x.txt", new Uint8Array([0, 1, 2]))).toMatchObject({ ok: false });
    expect(previewArticle(null, encode("   \n"))).toMatchObject({ ok: false });
    expect(previewArticle(null, encode("Home | News | Sport"))).toMatchObject({ ok: false });
  });

  it("escapes whatever the page says", () => {
    const read = previewArticle(
      "x.txt",
      encode(
        "<!channel> headline here now\n\nA paragraph that says <@U123> and <https://evil.example|click> for everyone here.",
      ),
    );
    if (!read.ok) throw new Error(read.reason);
    expectSlackReady(
      buildArticlePreview(read.preview, "ab12cd34ef56ab12cd34ef56", [{ id: "d", name: "D" }]),
    );
  });
});

describe("writing an added article", () => {
  it("names it after its outlet and date", () => {
    expect(articleFileStem("The Harbour Gazette", "2025-06-03")).toBe(
      "the-harbour-gazette-2025-06-03",
    );
    expect(articleFileStem("Le Télégramme / Brest", null)).toBe("le-telegramme-brest");
    expect(articleFileStem(null, null)).toBe("unknown-outlet");
    expect(articleFileStem("../../etc", "2025-06-03")).toBe("etc-2025-06-03");
  });

  it("never writes over a file, and leaves nothing aside", async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "story-desk-write-"));
    writeFileSync(path.join(scratch, "gazette-2025-06-03.txt"), "first");
    const second = await writeArticleFile(scratch, "gazette-2025-06-03", "second");
    const third = await writeArticleFile(scratch, "gazette-2025-06-03", "third");
    expect(path.basename(second)).toBe("gazette-2025-06-03-2.txt");
    expect(path.basename(third)).toBe("gazette-2025-06-03-3.txt");
    expect(readFileSync(path.join(scratch, "gazette-2025-06-03.txt"), "utf8")).toBe("first");
    expect(readdirSync(scratch).sort()).toEqual([
      "gazette-2025-06-03-2.txt",
      "gazette-2025-06-03-3.txt",
      "gazette-2025-06-03.txt",
    ]);
  });
});

describe("a file's download", () => {
  it("sends the bot token only to Slack's hosts, or to SLACK_API_URL's", () => {
    expect(tokenMayGoTo("https://files.slack.com/files-pri/T1-F1/x.html", null)).toBe(true);
    expect(tokenMayGoTo("https://files.slack-gov.com/x", null)).toBe(true);
    expect(tokenMayGoTo("http://files.slack.com/x", null)).toBe(false);
    expect(tokenMayGoTo("https://slack.com.evil.example/x", null)).toBe(false);
    expect(tokenMayGoTo("https://evilslack.com/x", null)).toBe(false);
    expect(tokenMayGoTo("http://127.0.0.1:9/files/x", "http://127.0.0.1:9/api/")).toBe(true);
    expect(tokenMayGoTo("http://127.0.0.1:10/files/x", "http://127.0.0.1:9/api/")).toBe(false);
    expect(tokenMayGoTo("not a url", null)).toBe(false);
  });

  it("reads a pasted page's links back to their words", () => {
    expect(
      pastedPageText(
        "See <https://a.example/x|the report> &amp; <https://b.example> <@U1> &lt;b&gt;",
      ),
    ).toBe("See the report & https://b.example  <b>");
  });
});
