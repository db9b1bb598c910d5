import { describe, expect, it } from "vitest";
import { captionSpan, isBarePhotoCredit, isCaption } from "../src/ingest/caption-rules.js";
import { isNotice } from "../src/ingest/furniture-rules.js";
import { readArticle } from "../src/ingest/read-article.js";

const SCENE = "Crews clear fallen trees near Penmorrow on Tuesday.";

describe("a caption with its credit tail is a caption, and its credit is never quoted", () => {
  it.each([
    `${SCENE} | Coast Wire`,
    `${SCENE} (Coast News: Ann Rudd)`,
    `${SCENE} (Supplied: Harbor Police)`,
    `${SCENE} Source: Supplied`,
    `${SCENE} Ann Rudd/Coast Daily/TNS`,
    `${SCENE} Getty`,
    `${SCENE} (Courtesy Harbor Police)`,
    `${SCENE} (Ann Rudd/The New Coast Times via Redux)`,
    `${SCENE} ((Photo by Ann Rudd/Getty Images)`,
  ])("reads %s as the scene alone", (caption) => {
    expect(isCaption(caption)).toBe(true);
    expect(captionSpan(caption)).toBe(SCENE);
  });

  it("keeps a caption's own words when a dash sets its photographer's credit off", () => {
    const caption = "Crews clear fallen trees near Penmorrow on Tuesday – Ann Rudd/Coast Daily";
    expect(isCaption(caption)).toBe(true);
    expect(captionSpan(caption)).toBe("Crews clear fallen trees near Penmorrow on Tuesday");
  });

  it("leaves a wire's sign-off closing a paragraph to the paragraph", () => {
    expect(isCaption("The minister said the works would finish by April, he said. (Reuters)")).toBe(
      false,
    );
  });
});

describe("a credit on a line of its own is furniture", () => {
  it.each([
    "Credit: Ann Rudd/Coast Daily",
    "Courtesy of the Harbor Police Department",
    "Supplied",
    "Supplied photo",
    "ANN RUDD | Times",
    "Getty ImagesGetty Images",
    "Alamy Stock PhotoAlamy Stock Photo",
  ])("takes %s for a bare credit", (line) => {
    expect(isBarePhotoCredit(line)).toBe(true);
  });

  it("takes a reporter's line with a paper in mixed case for no credit", () => {
    expect(isBarePhotoCredit("Ann Rudd | Coast Daily")).toBe(false);
  });
});

describe("furniture that real pages show", () => {
  it.each([
    "Please turn on JavaScript to use this feature",
    "Last updated 2 hours ago",
    "Get our breaking news alerts on the Coast Daily app",
    "Listen to our daily news podcast, The Coast Briefing, wherever you get your podcasts",
    "This article is more than 1 year old",
    "Accept all",
    "Reject all",
    "Ruth Amble is a senior reporter covering weather and transport. She joined Coast Daily in 2019.",
    "Tom Halden is a freelance journalist based in Penmorrow.",
    "Estimated read time: 2-3 minutes",
    "4:10 p.m.",
    "10:42 a.m. ET",
    "Archived stories are offered for your personal, non-commercial use only.",
    "Our newsletters may contain news about partners and content funded by outside parties.",
    "Unsubscribe anytime.",
    "This story was funded by our members. Join Harbor Reads to support more writers.",
  ])("takes %s for a notice", (line) => {
    expect(isNotice(line)).toBe(true);
  });

  it("keeps a sentence about a reporter that is no bio", () => {
    expect(isNotice("Tom Halden is the Coast Daily's transport correspondent.")).toBe(false);
    expect(
      isNotice(
        "Ruth Amble is a reporter who was stopped at the border on Monday, her editor said.",
      ),
    ).toBe(false);
  });

  it("quotes none of a live page's furniture", () => {
    const text = [
      "Coast Daily",
      "Storm Nadia live: thousands without power as winds reach 90mph",
      "By Ruth Amble",
      "Last updated 2 hours ago",
      "Please turn on JavaScript to use this feature",
      "The regional power company said crews could not start work on fallen lines until the wind eased, and warned that some homes might wait until the weekend.",
      "All trains west of the city were cancelled on Tuesday after trees fell across the line in at least six places, the rail operator said.",
      "Get our breaking news alerts on the Coast Daily app",
      "Ruth Amble is a senior reporter covering weather and transport. She joined Coast Daily in 2019.",
    ].join("\n\n");
    const result = readArticle("coastdaily-live.txt", new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.passages.map((passage) => passage.text)).toEqual([
      "The regional power company said crews could not start work on fallen lines until the wind eased, and warned that some homes might wait until the weekend.",
      "All trains west of the city were cancelled on Tuesday after trees fell across the line in at least six places, the rail operator said.",
    ]);
  });
});
