import { describe, expect, it } from "vitest";
import { readArticle } from "../src/ingest/read-article.js";

const passages = (file: string, text: string) => {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.article.passages;
};
const paragraphs = (file: string, text: string) =>
  passages(file, text)
    .filter((passage) => passage.kind === "paragraph")
    .map((passage) => passage.text);

describe("furniture a page shows around its story", () => {
  it("a summary cut short that a later paragraph tells in full is not quoted; the paragraph is", () => {
    const body = paragraphs(
      "harbourbeacon-ferry-sinks.txt",
      "Ferry sinks off the point\n\n" +
        "The island ferry, which left the harbour at dawn with nine people aboard, sank in …\n\n" +
        "The island ferry, which left the harbour at dawn with nine people aboard, sank in heavy seas off the point, the coastguard said.\n\n" +
        "All nine were picked up by a fishing boat.\n",
    );
    expect(body.some((text) => text.endsWith("…"))).toBe(false);
    expect(body[0]).toMatch(/^The island ferry, .* the coastguard said\.$/);
  });

  it("a line cut short that no paragraph tells again stays as it is", () => {
    const body = paragraphs(
      "harbourbeacon-ferry-sinks-2.txt",
      "Ferry sinks off the point\n\n" +
        "The island ferry sank in heavy seas off the point, the coastguard said.\n\n" +
        "“We waited and waited and then …\n\n" +
        "All nine were picked up by a fishing boat.\n",
    );
    expect(body).toContain("“We waited and waited and then …");
  });

  it("a translation widget's line is not quoted", () => {
    const body = paragraphs(
      "harbourbeacon-fares.txt",
      "Ferry fares rise\n\nPowered by automated translation\n\nFares on the island ferry will rise by a tenth in June, the operator said.\n",
    );
    expect(body).toEqual([
      "Fares on the island ferry will rise by a tenth in June, the operator said.",
    ]);
  });

  it("one sentence closed by an agency's name is a picture's caption, not the story", () => {
    const all = passages(
      "harbourbeacon-bank.txt",
      "Harbour bank shut by regulators\n\n" +
        "The bank's head office on the quay in Harbourton. Bloomberg\n\n" +
        "Regulators closed the harbour bank on Friday and took charge of its deposits, they said in a statement.\n",
    );
    const caption = all.find((passage) => passage.text.endsWith("Bloomberg"));
    expect(caption?.kind).not.toBe("paragraph");
    expect(all.filter((passage) => passage.kind === "paragraph").map((p) => p.text)).toEqual([
      "Regulators closed the harbour bank on Friday and took charge of its deposits, they said in a statement.",
    ]);
  });
});
