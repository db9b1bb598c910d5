import { type Article, articleFromParagraphs } from "../ingest/article.js";

/**
 * A small invented story told by three invented outlets, in the team's own words: general news
 * English with what the comparison reads (names and titles, places, dates and counts, quotations
 * one outlet changes, attributions and hedges). Warming up on it runs the language tagger and the
 * comparison over real sentences, whatever the desk holds, before the first question does.
 */
const SAMPLE: readonly { id: string; outlet: string; published: string; paragraphs: string[] }[] = [
  {
    id: "warm-up-river-gazette",
    outlet: "The River Gazette",
    published: "2024-04-02",
    paragraphs: [
      "Floodwater forced 1,200 residents of Millbrook from their homes on Monday after the Alder River burst its banks, the county emergency office said.",
      "Mayor Helen Ostrow told reporters at the town hall that the water had reached the main square by noon. “We will rebuild every house that the water took from us,” she said.",
      "Two people were taken to St Anne's Hospital with minor injuries, according to a spokesman for the fire service.",
      "The National Weather Service warned that more rain was expected on Wednesday, and that the river could rise another two feet.",
      "Residents reportedly waited for hours at a school gym that the Red Cross opened as a shelter.",
    ],
  },
  {
    id: "warm-up-valley-courier",
    outlet: "Valley Courier",
    published: "2024-04-03",
    paragraphs: [
      "About 1,500 people left Millbrook on Monday as the Alder River flooded the town centre, officials said.",
      "“We will rebuild every home the water took,” Mayor Helen Ostrow said on Tuesday, promising help from the state.",
      "Three people were hurt, the fire service said. None of the injuries was serious.",
      "Governor Paul Reyes declared a state of emergency for the county and sent 40 National Guard soldiers to help with sandbags.",
      "Critics said the levee had been neglected for years. The county engineer, Dana Whitfield, denied that the levee was to blame.",
    ],
  },
  {
    id: "warm-up-northern-wire",
    outlet: "Northern Wire",
    published: "2024-04-02",
    paragraphs: [
      "MILLBROOK, April 2 (Northern Wire) - Flooding drove hundreds of residents from a riverside town on Monday, and the governor called in the National Guard.",
      "The Alder River rose six feet in 12 hours after two days of heavy rain, the weather service said.",
      'Ostrow, the mayor, said the town would need months to recover. "This is the worst flood in our lifetime," she said.',
      "Insurers estimated the damage at $30 million, though the figure was expected to grow.",
      "Schools will stay closed until Friday because roads near the river remain under water, the district said.",
    ],
  },
];

/** Questions of every kind the tagger and the comparison read differently. */
export const WARM_UP_QUESTIONS: readonly string[] = Object.freeze([
  "who declared a state of emergency",
  "what did the mayor say about rebuilding",
  "how many people left their homes",
  "when will more rain fall",
  "where did residents shelter",
  "why was the levee criticised",
  "how much was the damage",
  "how did residents react to the flood",
]);

/** The sample story's articles, made anew for each warm-up. */
export function warmUpArticles(): Article[] {
  return SAMPLE.map(({ id, outlet, published, paragraphs }) =>
    articleFromParagraphs(id, paragraphs, { outlet, published, headline: paragraphs[0] ?? null }),
  );
}
