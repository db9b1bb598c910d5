import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleMetadata, InferredFrom } from "../src/ingest/article.js";
import { readArticle } from "../src/ingest/read-article.js";
import { useWordNet } from "../src/newsroom/wordnet-thesaurus.js";

/**
 * Pages written by the team in the house styles found on real news sites (each in our own words,
 * invented outlets and stories): what a reader takes as outlet, headline, date, byline, captions
 * and first paragraph, and the furniture that must never be quoted.
 */
const DIR = "test/fixtures/house-styles";

interface Expected {
  readonly outlet: string;
  readonly outletFrom: InferredFrom;
  readonly origin: string | null;
  readonly headline: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly captions: readonly string[];
  readonly first: string | null;
  /** Words of the page's furniture that no passage may hold. */
  readonly furniture: readonly string[];
}

const PAGES: Readonly<Record<string, Expected>> = {
  // A wire story on a local broadcaster's site: date stamp, agency dateline, credited caption.
  "kqrv-2024-05-02.txt": {
    outlet: "KQRV",
    outletFrom: "file-name",
    origin: "AP",
    headline: "Floodwaters close county roads as the river crests",
    published: "2024-05-02",
    byline: null,
    captions: [
      "Volunteers fill sandbags outside the fire station on Thursday, May 2, 2024, in Springdale, Ark.",
    ],
    first:
      "SPRINGDALE, Ark. (AP) — The river rose above its banks overnight and closed at least a dozen county roads, emergency managers said Thursday, as crews stacked sandbags around the water plant.",
    furniture: ["Recommended Videos", "AP Photo", "Copyright 2024", "may not be published"],
  },
  // An aggregator: a "Published" label and a "Full Article" link glued to the summary.
  "newsroundup.txt": {
    outlet: "News Roundup",
    outletFrom: "file-name",
    origin: null,
    headline: "City council approves budget after a late-night vote",
    published: "2023-11-08",
    byline: null,
    captions: [],
    first:
      "The city council approved next year's budget shortly before midnight on Tuesday, ending a six-hour meeting in which members argued over library hours and a new bus route. The mayor said she would sign it on Wednesday […]",
    furniture: ["Full Article", "Published"],
  },
  // A state news agency: a column of menu words, the agency between slashes after the dateline.
  "nordpress-agency.txt": {
    outlet: "Nord Press Agency",
    outletFrom: "file-name",
    origin: null,
    headline: "Parliament passes the new energy law",
    published: null,
    byline: null,
    captions: [],
    first:
      "OSTBURG, March 3. /NORDPRESS/. Parliament passed the new energy law on Tuesday by a wide margin, the speaker's office said.",
    furniture: ["Back to Main page", "Currency converter", "Economy"],
  },
  // A broadsheet: "Headline | Section | Outlet" title line, two-name byline, updated line, photo credit.
  "harborview-times.txt": {
    outlet: "The Harborview Times",
    outletFrom: "page",
    origin: null,
    headline: "Shipyard workers vote to end three-week strike",
    published: "2024-03-03",
    byline: "Lena Ortiz and Samuel Achebe",
    captions: ["Pickets pack up their signs outside the main gate on Sunday."],
    first:
      "Workers at the Harborview shipyard voted on Sunday to accept a new contract, ending a strike that had halted work on two ferries.",
    furniture: ["| Business |", "Photo: Lena Ortiz", "Updated March"],
  },
  // A British regional site: standfirst, bullets, day-first dotted date, image source and caption labels.
  "northern-echo-daily-2024-03-14.txt": {
    outlet: "Northern Echo Daily",
    outletFrom: "file-name",
    origin: null,
    headline: "Bridge closed after lorry strikes railing",
    published: "2024-03-14",
    byline: null,
    captions: ["Police tape across the bridge approach on Thursday morning"],
    first: "A stretch of the coast road will stay shut until engineers have checked the structure",
    furniture: ["Image source", "Image caption", "Getty Images", "Published 14.03.2024"],
  },
  // A public radio live blog: alt text, photographer credit, caption; sign-off team and names.
  "eastfield-public-radio.txt": {
    outlet: "Eastfield Public Radio",
    outletFrom: "file-name",
    origin: null,
    headline: "Live Updates: Storm knocks out power across the valley",
    published: "2024-03-09",
    byline: null,
    captions: [
      "Utility crews repair a line near Millbrook on Saturday.",
      "A lineman works from a bucket truck on Route 9 in Millbrook on Saturday morning.",
    ],
    first:
      "More than 40,000 homes lost power overnight as the storm moved through the valley. Here's what we know:",
    furniture: ["Jordan Pike/", "live blog team", "Maria Chen", "Posted March"],
  },
  // A blog: the site's name over the date and title, a WordPress footer.
  "voices-of-the-valley-2023-04-24.txt": {
    outlet: "Voices of the Valley",
    outletFrom: "file-name",
    origin: null,
    headline: "Orchard growers count the cost of the late frost",
    published: "2023-04-24",
    byline: null,
    captions: [],
    first:
      "Growers across the valley say a late frost last week destroyed most of the early apple blossom, and some expect to lose half of this year's crop. The growers' association has asked the state for emergency loans.",
    furniture: ["WordPress", "bloggers like this", "Voices of the Valley"],
  },
  // A metered magazine: alt text over an image credit, paywall prompts.
  "gadgetweekly.txt": {
    outlet: "Gadget Weekly",
    outletFrom: "file-name",
    origin: null,
    headline: "Folding phone battery recall widens to two more models",
    published: null,
    byline: null,
    captions: ["The new foldable handset"],
    first:
      "The maker of a popular folding phone has widened its battery recall to two more models after reports of swelling packs.",
    furniture: ["Image credit", "Thank you for reading", "unlimited access", "first month"],
  },
  // A portal carrying agency copy: "AGENCY | Updated: DD-MM-YYYY HH:MM IST | Created: …".
  "newsdeskindia.txt": {
    outlet: "News Desk India",
    outletFrom: "file-name",
    origin: "PTI",
    headline: "Monsoon rains cut off hill villages as roads wash away",
    published: "2023-08-30",
    byline: null,
    captions: [],
    first:
      "Heavy monsoon rains washed away several hill roads overnight, cutting off at least 14 villages, district officials said on Wednesday.",
    furniture: ["Updated:", "IST"],
  },
  // A broadcaster's photo gallery: bullet captions, each with its credit line beneath; no body.
  "metro-channel-7-photos.txt": {
    outlet: "Metro Channel 7",
    outletFrom: "file-name",
    origin: null,
    headline: null,
    published: "2024-01-15",
    byline: null,
    captions: [
      "Snowplows clear the ring road before dawn as the first big storm of the winter hits the city, Jan. 15, 2024.",
      "Children sled down the hill in Riverside Park after schools closed for the day, Jan. 15, 2024.",
      "A bus waits at a stop on Main Street as snow falls, Jan. 15, 2024, in the city centre.",
    ],
    first: null,
    furniture: ["Maya Reyes/AP", "Getty Images", "•"],
  },
  // A cable network's live page: video title and source line, key points, post count, follow link.
  "capitol-news-network.txt": {
    outlet: "Capitol News Network",
    outletFrom: "file-name",
    origin: null,
    headline: "Senate passes stopgap bill hours before deadline",
    published: null,
    byline: null,
    captions: ["Senate votes on spending bill"],
    first:
      "• The vote: The Senate passed the stopgap bill 71 to 28 late Friday, sending it to the president.",
    furniture: ["Source: CNN", "What we're covering", "58 Posts", "continue to follow"],
  },
  // A regional paper: follow prompt, comment form, copyright owner with company words.
  "harbor-town-gazette.txt": {
    outlet: "Harbor Town Gazette",
    outletFrom: "page",
    origin: null,
    headline: "Ferry fares to rise in June",
    published: null,
    byline: null,
    captions: [],
    first:
      "The island ferry will raise fares by 6 percent in June, the port authority said on Monday, blaming higher fuel and insurance costs.",
    furniture: ["Follow Harbor", "Leave a Reply", "email address", "Media Group"],
  },
  // An international site: no headline (the page opens on the story), "City:" dateline, "Read also" links.
  "globalvoice-2023-07-11.txt": {
    outlet: "Global Voice",
    outletFrom: "file-name",
    origin: null,
    headline: null,
    published: "2023-07-11",
    byline: null,
    captions: [],
    first:
      "Lisbon: The central bank held interest rates steady on Tuesday, saying inflation had slowed faster than it expected in the spring but that wages were still rising quickly. Economists had expected the decision, which leaves the main rate at its highest in fifteen years.",
    furniture: ["Read also", "Shoppers cut back", "Markets steady"],
  },
  // A sports site: byline with where the reporter stood, a dateline with no year, paywall prompts.
  "pitchside-report.txt": {
    outlet: "Pitchside Report",
    outletFrom: "file-name",
    origin: null,
    headline: "Harriers win the cup on penalties after a late equaliser",
    published: null,
    byline: "Tomas Ekdahl",
    captions: [],
    first:
      "July 10 – The Harriers won the national cup on penalties on Sunday after Jamie Roe's equaliser in the 89th minute forced extra time against the Wolves.",
    furniture: ["Riverside Stadium", "Try first month", "articles this month"],
  },
  // A browser notice, a newsletter promo and a share bar stacked above the title.
  "the-lakeland-ledger.txt": {
    outlet: "The Lakeland Ledger",
    outletFrom: "file-name",
    origin: null,
    headline: "School board delays vote on new start times",
    published: null,
    byline: null,
    captions: [],
    first:
      "The Lakeland school board put off a vote on later start times for high schools on Thursday after parents packed the meeting to object.",
    furniture: ["browser", "Sign up", "Share Facebook"],
  },
  // An international broadcaster: a row of social icons, an official-photo credit, editors' sign-off.
  "rhine-world-service.txt": {
    outlet: "Rhine World Service",
    outletFrom: "file-name",
    origin: null,
    headline: "Rail strike halts trains across the country",
    published: null,
    byline: null,
    captions: ["The transport minister speaks to reporters at the ministry on Wednesday."],
    first:
      "Train drivers walked out on Wednesday in a dispute over shift patterns, leaving commuters in most large cities without regional services.",
    furniture: ["Instagram", "Official photo", "ab/rs", "Read more"],
  },
  // An aggregator carrying another outlet's title line, its tagline and all: that outlet is the origin.
  "newsfeedhub.txt": {
    outlet: "News Feed Hub",
    outletFrom: "file-name",
    origin: "Meridian Broadcasting",
    headline: "Storm closes ports along the northern coast",
    published: null,
    byline: null,
    captions: [],
    first:
      "Harbour authorities closed three ports on Saturday as a winter storm brought waves of up to eight metres to the northern coast...",
    furniture: ["| World |", "Reports and analysis"],
  },
  // A blog on a blogging platform's address: the blog's name, not the platform's; an update kicker is no outlet.
  "harborwatcher-blogspot.txt": {
    outlet: "Harbor Watcher",
    outletFrom: "file-name",
    origin: null,
    headline: null,
    published: null,
    byline: null,
    captions: [],
    first:
      "UPDATE — The harbour board has now confirmed that the north pier will stay closed until spring.",
    furniture: [],
  },
  // A national paper running agency copy: "By AFP", a photo credit line, a subscriber's welcome.
  "savanna-nation-daily.txt": {
    outlet: "Savanna Nation Daily",
    outletFrom: "file-name",
    origin: "AFP",
    headline: "Regional leaders sign a new grain trade pact",
    published: null,
    byline: "AFP",
    captions: [
      "Trucks queue at the border post on Thursday. The pact removes most inspections for grain.",
    ],
    first:
      "Leaders of five countries signed a pact on Thursday that removes most border inspections for grain shipments, their trade ministers said.",
    furniture: ["Photo credit", "In the headlines", "Welcome", "all set", "work in progress"],
  },
  // Another paper's copy: "originally appeared in", a "Source|" line.
  "riverbend-daily-news.txt": {
    outlet: "Riverbend Daily News",
    outletFrom: "file-name",
    origin: "The Prairie Courier",
    headline: "Drought forces water limits for the summer",
    published: null,
    byline: null,
    captions: [],
    first:
      "Watering lawns will be allowed only two days a week from June, the Riverbend water district decided on Wednesday.",
    furniture: ["originally appeared", "Source|"],
  },
  // A music station's site: the show's host over the title, a "Via" line crediting a TV programme.
  "sunvale-radio.txt": {
    outlet: "Sunvale Radio",
    outletFrom: "file-name",
    origin: "Meridian Tonight",
    headline: "Ferry service halted as fog rolls over the strait",
    published: null,
    byline: null,
    captions: [],
    first:
      "Thick fog closed the strait to ferries on Tuesday morning, leaving hundreds of commuters waiting at both terminals while harbour pilots kept every sailing tied up. Coast guard crews said visibility had dropped below a hundred metres by dawn.",
    furniture: ["Via Meridian", "Kay Lund"],
  },
  // An Asian broadsheet: section labels round the title, "published :" and "writer:" labels, "(Reuters photo)".
  "portcity-post.txt": {
    outlet: "Port City Post",
    outletFrom: "file-name",
    origin: "Reuters",
    headline: "Grain prices climb after the harbour cranes stop for a second day",
    published: "2024-08-05",
    byline: "Reuters",
    captions: ["Idle cranes stand over the container quay in Westhaven on August 4, 2024."],
    first:
      "WESTHAVEN: Grain prices rose for a second day on Monday after a power fault halted the cranes at the country's biggest harbour, traders told Reuters.",
    furniture: ["writer:", "published :", "Reuters photo", "Scroll to the top", "Section"],
  },
  // A financial news site carrying an agency whose name is written in lower case, "(dpa-AFX) -".
  "marktblatt-finanzen.txt": {
    outlet: "Marktblatt Finanzen",
    outletFrom: "file-name",
    origin: "dpa-AFX",
    headline: null,
    published: null,
    byline: null,
    captions: [],
    first:
      "NORDHAFEN (dpa-AFX) - The regional airline said on Thursday it would add four routes to the coast next spring.",
    furniture: [],
  },
  // An aggregator's summary citing several outlets, and a "Source:" line naming no outlet: no origin.
  "briefingwire-digest.txt": {
    outlet: "Briefing Wire Digest",
    outletFrom: "file-name",
    origin: null,
    headline: null,
    published: null,
    byline: null,
    captions: [],
    first:
      "This summary has been updated with the minister's remarks. The fisheries minister is cutting the cod quota for next season by a fifth, the steepest cut in a decade, CNN reports. Scientists had warned that stocks were near collapse, and the minister said on Friday the cut could deepen next year, reports the AP.",
    furniture: ["Source: Tablecount"],
  },
  // A trends aggregator: a clip's summary closed by hashtags naming the broadcaster.
  "clipdrop-trends.txt": {
    outlet: "Clipdrop Trends",
    outletFrom: "file-name",
    origin: "CNN",
    headline: "Old lighthouse lamp lit again after forty years",
    published: null,
    byline: null,
    captions: [],
    first:
      "Volunteers switched on the restored lamp of the Grey Point lighthouse on Saturday night, and its beam could be seen from the town square for the first time since the light was retired.",
    furniture: ["#CNN", "#News"],
  },
  // A local paper: a title written as a sentence, a "Developing story:" label, an agency's handout
  // picture credited "(AFP)", "More to follow" and links to other stories in title case.
  "the-harbour-ledger-2024-06-02.txt": {
    outlet: "The Harbour Ledger",
    outletFrom: "file-name",
    origin: null,
    headline: "Warehouse fire on the east quay is brought under control.",
    published: "2024-06-02",
    byline: null,
    captions: [
      "A picture released by the harbour fire service on June 2, 2024 shows crews spraying water on the roof of the warehouse.",
    ],
    first:
      "Firefighters brought a warehouse fire on the east quay under control late on Sunday after it burned for six hours, the harbour fire service said.",
    furniture: ["Developing story", "(AFP)", "More to follow", "More Photos", "Harbour Traffic"],
  },
  // A broadcaster's gallery: captions only, every picture credited "via AP": the agency's copy.
  "coastwatch-news-gallery.txt": {
    outlet: "Coast Watch News",
    outletFrom: "file-name",
    origin: "AP",
    headline: "Storm surge floods the boardwalk",
    published: null,
    byline: null,
    captions: [
      "In this image from a drone video, waves break over the boardwalk at Seacliff on Monday, Oct. 7, 2024.",
      "Residents carry sandbags along a flooded street in Seacliff on Monday, Oct. 7, 2024.",
      "A lifeguard tower lies on its side after the surge on Monday, Oct. 7, 2024.",
    ],
    first: null,
    furniture: ["via AP"],
  },
  // A sports blog pasted line by line: the title, then its standfirst twice, no blank lines.
  "matchday90.txt": {
    outlet: "Matchday90",
    outletFrom: "file-name",
    origin: null,
    headline: "Veteran goalkeeper signs a new two-year deal with the club",
    published: null,
    byline: null,
    captions: [],
    first: "The 36-year-old will stay at the club until he turns 38, the club said.",
    furniture: [],
  },
  // Pasted by a user under a file name that says nothing: "Headline - Outlet", "By Name, Outlet".
  "pasted-1.txt": {
    outlet: "The Harbor Times",
    outletFrom: "page",
    origin: null,
    headline: "Night buses return to the harbour route",
    published: null,
    byline: "Mara Lind, The Harbor Times",
    captions: [],
    first:
      "Night buses will run again on the harbour route from Monday, the transit authority said, two years after the service was cut to save money.",
    furniture: ["- The Harbor Times"],
  },
  // A browser title with the site and its tagline after dashes, a copyright line at the foot.
  "untitled-2.txt": {
    outlet: "Kestrel Valley Gazette",
    outletFrom: "page",
    origin: null,
    headline: "Library opens its doors on Sundays",
    published: null,
    byline: null,
    captions: [],
    first:
      "The town library will open on Sundays from next month, after volunteers offered to staff the front desk, the council said on Thursday.",
    furniture: ["News, Sport & Weather", "©", "All rights reserved"],
  },
  // The page's address pasted over it: the site and the date it carries; "By Name | Outlet".
  "saved-page.txt": {
    outlet: "Moorland Herald",
    outletFrom: "page",
    origin: null,
    headline: "Reservoir levels fall to their lowest in a decade",
    published: "2024-05-11",
    byline: "Ewan Rusk | Moorland Herald",
    captions: [],
    first:
      "Reservoir levels across the moors have fallen to their lowest in ten years after the driest spring on record, the water company said on Saturday.",
    furniture: ["https://", "moorlandherald.co.uk"],
  },
  // "Headline : Outlet" in the title, a reporter's name with an agency's under it: the agency's copy.
  "article-3.txt": {
    outlet: "NPR",
    outletFrom: "page",
    origin: "Reuters",
    headline: "Central bank leaves rates unchanged for a third month",
    published: null,
    byline: "Ola Berg, Reuters",
    captions: [],
    first:
      "The central bank kept its main interest rate on hold on Wednesday, saying prices were still rising faster than it would like.",
    furniture: [": NPR", "Ola Berg"],
  },
  // A site carrying another paper's story: its byline names that paper, the copy's origin.
  "bayside-bulletin.txt": {
    outlet: "Bayside Bulletin",
    outletFrom: "file-name",
    origin: "The Lakeland Ledger",
    headline: "Ferry operator orders two electric boats",
    published: null,
    byline: "Ines Carvalho, The Lakeland Ledger",
    captions: [],
    first:
      "The lake ferry operator has ordered two battery-powered boats to replace its oldest diesel vessels by 2027, its chief executive said on Monday.",
    furniture: ["Ines Carvalho"],
  },
  // A wire story on a newspaper group's site: a slug line, a caption of two sentences with its
  // credit under it, then the lede; an embedded social post; a recommendations heading.
  "ubnn.txt": {
    outlet: "UBNN",
    outletFrom: "file-name",
    origin: null,
    headline: null,
    published: "2024-02-19",
    byline: null,
    captions: [
      "This photo combo shows, from left, the four crew members of the fishing boat Gull who were missing off the cape since Friday. All four were found alive on Monday.",
    ],
    first:
      "The coast guard says the four crew of a fishing boat missing off the cape have been found alive on a rocky islet.",
    furniture: ["Ferry-Crew-Rescue", "AP PHOTO", "pic.twitter.com", "@harbordesk", "Recommended"],
  },
  // A byline and an ISO time stamp on one line: the names, and the date.
  "glenmoor-courier.txt": {
    outlet: "Glenmoor Courier",
    outletFrom: "file-name",
    origin: null,
    headline: "Council votes to keep the old market hall",
    published: "2024-03-14",
    byline: "Ana Ruiz",
    captions: [],
    first:
      "The council voted on Wednesday night to keep the old market hall and repair its roof, rejecting a plan to sell the site to a developer.",
    furniture: ["2024-03-14T10:20:00Z", "By Ana Ruiz"],
  },
  // A reporter's name and the date with no "By"; the site's name written in two words on the page.
  "kestrelbay-chronicle.txt": {
    outlet: "Kestrel Bay Chronicle",
    outletFrom: "file-name",
    origin: null,
    headline: "Lifeboat crew honoured for winter rescue",
    published: "2024-03-14",
    byline: "Tom Bell",
    captions: [],
    first:
      "The volunteer crew of the Kestrel Bay lifeboat received bravery medals on Thursday for a night rescue in a winter gale.",
    furniture: ["Tom Bell March"],
  },
  // An evening paper pasted line by line: a skip link, share and audio buttons, captions with
  // "Credit:", "©" and bracketed credits, blog widgets at the foot.
  "portsea-evening-star.txt": {
    outlet: "Portsea Evening Star",
    outletFrom: "file-name",
    origin: null,
    headline: "Dock strike ends after pay deal is agreed",
    published: null,
    byline: null,
    captions: [
      "Cranes stand idle over the container terminal on Thursday.",
      "A docker holds a placard outside the port gates on Wednesday.",
      "Ships wait at anchor off the harbour mouth on Tuesday",
    ],
    first:
      "Dock workers voted on Friday to accept a new pay offer, ending a strike that had left ships waiting outside the port for nine days.",
    furniture: [
      "Skip to",
      "Share this",
      "Listen to",
      "Credit:",
      "©",
      "[Omar",
      "Opens in new",
      "Loading",
    ],
  },
  // A weekly carrying a syndicated paper's story: the paper's copyright with "Distributed by …".
  "fenwick-weekly.txt": {
    outlet: "Fenwick Weekly",
    outletFrom: "file-name",
    origin: "The Marsh Gazette",
    headline: "Oyster beds reopen after the winter closure",
    published: null,
    byline: null,
    captions: [],
    first:
      "Oyster beds along the south channel reopened to harvesters on Monday after tests showed the water was clean again, state inspectors said.",
    furniture: ["©2024", "Distributed by", "Visit marshgazette.com"],
  },
  // A local paper republishing a nonprofit's story, credited by its web address.
  "elmstead-observer.txt": {
    outlet: "Elmstead Observer",
    outletFrom: "file-name",
    origin: "Harbor Beacon",
    headline: "School board approves a four-day week",
    published: null,
    byline: null,
    captions: [],
    first:
      "The school board voted 5-2 on Tuesday to move to a four-day school week from the autumn, saying it would help keep teachers.",
    furniture: ["Republished with permission"],
  },
  // A page pasted from the top: the site's name on the first line over its menu, then the title.
  "clip-4.txt": {
    outlet: "Lakeside Chronicle",
    outletFrom: "page",
    origin: null,
    headline: "Marina expansion approved despite protests",
    published: null,
    byline: null,
    captions: [],
    first:
      "The planning board approved a 200-berth expansion of the marina on Thursday, despite protests from residents who said it would block the view of the lake.",
    furniture: ["Lakeside Chronicle", "News | Sport"],
  },
  // A business site: its section menu copied with no spaces, the title, a time stamp in UTC, a
  // breaking-story notice and a comment-forum prompt under the story.
  "tidewater-tribune.txt": {
    outlet: "Tidewater Tribune",
    outletFrom: "file-name",
    origin: null,
    headline: "Harbour pilots end their strike after a late pay offer",
    published: "2024-03-04",
    byline: null,
    captions: [],
    first:
      "Harbour pilots at Kelby returned to work on Monday after the port authority raised its pay offer late on Sunday night, ending a strike that had kept cargo ships waiting off the coast for five days.",
    furniture: ["PoliticsEnergy", "will be updated", "commenting forum", "read what they reply"],
  },
  // A web story: a title in title case closed by a full stop, one line a slide, a share button's
  // word glued to the last slide and a promo for the longer article.
  "quayside-bulletin.txt": {
    outlet: "Quayside Bulletin",
    outletFrom: "file-name",
    origin: null,
    headline: "Ferry Operator Cuts Winter Timetable After Fuel Costs Rise.",
    published: null,
    byline: null,
    captions: [],
    first:
      "The island ferry will sail twice a day instead of four times from November, its operator said.",
    furniture: ["share.", "Read the article"],
  },
  // A blog: its title in quotation marks, a "Via Wire:" credit line with a colon, a tag line.
  "marshfield-notes.txt": {
    outlet: "Marshfield Notes",
    outletFrom: "file-name",
    origin: "Coastline Wire",
    headline: "Council Drops Plan for Harbour Car Park After Protests",
    published: null,
    byline: null,
    captions: [],
    first:
      "The town council dropped its plan for a car park on the harbour front on Wednesday, after more than a thousand residents signed a petition against it.",
    furniture: ["Via Coastline Wire", "Tags:"],
  },
  // A local paper: three menu words over the title, a dateline with an ordinal date and the place
  // in parentheses, a wire cited for one fact (not its copy), newsletter and cookie prompts.
  "ashby-gazette.txt": {
    outlet: "Ashby Gazette",
    outletFrom: "file-name",
    origin: null,
    headline: "Library reopens after six months of flood repairs",
    published: "2022-01-15",
    byline: null,
    captions: [],
    first:
      "15th January 2022 – (Ashby) The town library reopened on Saturday after six months of repairs to the flood damage in its basement. About two hundred people queued at the door before it opened, according to the Associated Press.",
    furniture: ["Home News Sport", "newsletter", "cookies"],
  },
  // A school-news site: the date glued to the end of the title, a caption over a picture desk's
  // "via Getty Images" credit, a "More Articles for You" row of titles and cut-off teasers.
  "northgate-herald.txt": {
    outlet: "Northgate Herald",
    outletFrom: "file-name",
    origin: null,
    headline: "Northgate school wins national robotics prize",
    published: "2024-03-12",
    byline: null,
    captions: ["Club members hold the trophy after the final in the city hall."],
    first:
      "The robotics club at Northgate High School won the national schools prize on Tuesday with a robot that sorts recycling, beating 40 other teams.",
    furniture: ["via Getty Images", "More Articles for You", "bus lanes", "opening hours"],
  },
  // A radio station's video page: a date stamp, the title, and the desk that made it as byline.
  "saltmarsh-radio-2023-05-06.txt": {
    outlet: "Saltmarsh Radio",
    outletFrom: "file-name",
    origin: null,
    headline: "Lifeboat crew rescue two walkers cut off by the tide",
    published: "2023-05-06",
    byline: "Saltmarsh Radio Video Team",
    captions: [],
    first:
      "Two walkers were rescued by the lifeboat crew on Saturday after the rising tide cut them off on a sandbank near the estuary mouth.",
    furniture: ["Video Team"],
  },
  // An aggregator quoting another outlet's copy between quotation marks: "“…” reports Outlet."
  "riverside-digest.txt": {
    outlet: "Riverside Digest",
    outletFrom: "file-name",
    origin: "The Guardian",
    headline: null,
    published: null,
    byline: null,
    captions: [],
    first:
      "“The city’s water company said on Monday that it would lift the hosepipe ban from Friday, after three weeks of heavy rain refilled the reservoirs to more than ninety per cent of their capacity” reports The Guardian.",
    furniture: [],
  },
  // A science magazine behind a paywall: title, standfirst, a picture's title over its caption with
  // an inline credit, then the paywall's greeting and sign-in prompts.
  "cobble-lane-science.txt": {
    outlet: "Cobble Lane Science",
    outletFrom: "file-name",
    origin: null,
    headline: "Comet dust found in a school's rain gutter",
    published: null,
    byline: null,
    captions: [
      "Comet dust grains under the school microscope",
      "Grains of comet dust seen under the school microscope, each smaller than a full stop.",
    ],
    first:
      "Pupils spotted the grains while cleaning the roof of their science block, and their teacher sent them to the university.",
    furniture: ["Credit:", "Welcome to", "Create an account", "Already a subscriber"],
  },
  // A video page copied with its HTML line breaks: an agency's video credit, a channel's subscribe
  // and social links with their addresses.
  "kelpie-video-hub.txt": {
    outlet: "Kelpie Video Hub",
    outletFrom: "file-name",
    origin: "AFP",
    headline: "Storm closes mountain pass as snow piles up",
    published: null,
    byline: null,
    captions: [],
    first:
      "Drivers were turned back at the foot of the pass on Sunday as more than a metre of snow fell overnight, the roads agency said. Ploughs worked through the morning to reach a bus stuck near the summit.",
    furniture: ["<br", "Video by", "Subscribe", "Follow us", "https://"],
  },
  // A live page: its reporters' names alone on the first line, a time-zone note, then the first post.
  "eastmoor-live.txt": {
    outlet: "Eastmoor Live",
    outletFrom: "file-name",
    origin: null,
    headline: "Flood barrier raised for the first time this winter",
    published: null,
    byline: "Priya Sandhu, Tom Okafor and Lena Marsh",
    captions: [],
    first:
      "The river authority raised the town's flood barrier at noon, after three days of rain pushed the river to its highest level since 2015.",
    furniture: ["Priya Sandhu", "All times"],
  },
  // A regional paper saved under its web address: a relative stamp with a reading time, a "Text by:"
  // credit, a "Stay tuned" line and an "Also Read" link glued to the paragraph, a promo behind a
  // pointing sign, a developing-story note in parentheses.
  "hillcrestcourier-co-uk.txt": {
    outlet: "Hillcrest Courier",
    outletFrom: "file-name",
    origin: null,
    headline: "Council votes to collect bins every three weeks",
    published: null,
    byline: "Dana Whitlow",
    captions: [],
    first: "The change will start in April and save the council about £1m a year, its leader said.",
    furniture: ["min read", "Text by", "Stay tuned", "Also Read", "👉", "developing story"],
  },
  // A county paper: its slogan over the page, the date run into the title that follows it.
  "brookfield-beacon.txt": {
    outlet: "Brookfield Beacon",
    outletFrom: "file-name",
    origin: null,
    headline: "Bridge repairs close the old town road for a month",
    published: "2024-03-09",
    byline: null,
    captions: [],
    first:
      "The old town road will close on Monday for a month while engineers replace the bridge deck over the mill stream, the county said.",
    furniture: ["since 1891", "March 9, 2024"],
  },
  // An island weekly: its slogan, the title, a "Published" line with an ordinal date written "9th of".
  "the-pebble-shore-post.txt": {
    outlet: "The Pebble Shore Post",
    outletFrom: "file-name",
    origin: null,
    headline: "New lifeboat arrives at the harbour",
    published: "2024-03-09",
    byline: null,
    captions: [],
    first:
      "The island's new lifeboat arrived on Saturday morning, escorted into the harbour by fishing boats sounding their horns.",
    furniture: ["trusted source", "Published"],
  },
  // A national paper's site saved with "online" in its name: the masthead line under the title
  // spells the outlet; an agency after a city written in title case ("Portsmouth, March 14 (Kyodo)--").
  "harborlight-news-online.txt": {
    outlet: "The Harborlight News",
    outletFrom: "file-name",
    origin: "Kyodo News",
    headline: "Ferry strike ends after pay deal; sailings resume on Friday (Update 2)",
    published: "2024-03-14",
    byline: null,
    captions: [],
    first:
      "Portsmouth, March 14 (Kyodo)--Ferry crews voted on Thursday to accept a pay deal, ending a week-long strike, and sailings will resume on Friday, the operator said.",
    furniture: ["updated at"],
  },
  // A reposting site: a picture's alt text and caption printed twice running, a byline "with" an
  // agency, a copyright disclaimer closing the page.
  "palmgrove-reposts.txt": {
    outlet: "Palmgrove Reposts",
    outletFrom: "file-name",
    origin: "Reuters",
    headline: "Rail union calls off weekend strike",
    published: null,
    byline: "Palmgrove Staff with Reuters",
    captions: ["Commuters wait on the platform at Central Station on Monday morning"],
    first:
      "The rail union called off this weekend's strike on Tuesday after the operator agreed to reopen talks on pay, the union said.",
    furniture: ["Disclaimer", "infringement"],
  },
  // A city paper carrying an agency's copy, signed off with the agency's short name alone.
  "oakridge-daily.txt": {
    outlet: "Oakridge Daily",
    outletFrom: "file-name",
    origin: "PTI",
    headline: "Monsoon rains flood low-lying streets in the old city",
    published: null,
    byline: null,
    captions: [],
    first:
      "Heavy rain flooded low-lying streets in the old city on Wednesday, and schools were told to close early as water rose in the market.",
    furniture: ["PTI"],
  },
  // A site saved under its name and country domain: captions credited agency-first
  // ("(Xinhua/Photographer)") and to a social account, a comment form under the story.
  "lantern-ua.txt": {
    outlet: "Lantern",
    outletFrom: "file-name",
    origin: null,
    headline: "Solar farm opens on old airfield",
    published: "2024-02-03",
    byline: null,
    captions: [
      "Workers fit the last panels at the former airfield on Friday.",
      "A volunteer waves from the control tower at the opening, February 2024.",
    ],
    first:
      "The largest solar farm in the region opened on Saturday on the site of a disused airfield, the energy ministry said.",
    furniture: ["Dana Whitlow", "/ Instagram", "Please enter"],
  },
  // A town paper saved as its run-together name: the agency between bars after the dateline, an
  // aggregator's "source:" glued to the last sentence, a row of hashtags.
  "smalltowntribune.txt": {
    outlet: "Small Town Tribune",
    outletFrom: "file-name",
    origin: "Reuters",
    headline: "Wind farm plan approved off the coast",
    published: null,
    byline: null,
    captions: [],
    first:
      "Harbourside, Wales | Reuters | Planners approved a wind farm of twenty turbines off the coast on Thursday, saying it would power most homes in the county.",
    furniture: ["source:", "#Energy"],
  },
  // A forum post: the reader's own lines over the agency's copy, whose dateline opens a later paragraph.
  "ferry-talk.txt": {
    outlet: "Ferry Talk",
    outletFrom: "file-name",
    origin: "AP",
    headline: "Island ferry runs aground in fog, passengers safe",
    published: null,
    byline: null,
    captions: [],
    first: "Posted this for anyone who sails from Kelby on weekends.",
    furniture: [],
  },
  // A reposting site: its name, its slogan naming it, the title twice around a "Recent posts" label,
  // an agency's dateline with no city.
  "quillmoor-dispatch.txt": {
    outlet: "Quillmoor Dispatch",
    outletFrom: "file-name",
    origin: "AP",
    headline: "Ferry operator 'certainly' at fault over winter cancellations, says regulator",
    published: null,
    byline: null,
    captions: [],
    first:
      '(AP) — The island ferry operator was "certainly" to blame for most of the sailings it cancelled last winter, the shipping regulator said on Thursday.',
    furniture: ["your go-to source", "Recent posts"],
  },
  // A page copied with no blank lines: the title (a clause closed by a comma) printed twice, the
  // lede telling it again.
  "fernhollow.txt": {
    outlet: "Fern Hollow",
    outletFrom: "file-name",
    origin: null,
    headline:
      "The county water board said on Monday the reservoir had fallen to a third of its capacity by the end of August,",
    published: null,
    byline: null,
    captions: [],
    first:
      "Officials have asked households to cut their use of water by a fifth until the autumn rains arrive. Hosepipes are banned from Saturday.",
    furniture: [],
  },
  // A breadcrumb trail ending on the title cut short, the title in full, share counters, a wire
  // lede's teaser over the lede.
  "valleywire-news.txt": {
    outlet: "Valley Wire News",
    outletFrom: "file-name",
    origin: "AP",
    headline:
      "In flooded valley towns, volunteers ferry supplies by boat as the river keeps rising",
    published: null,
    byline: null,
    captions: [],
    first:
      "RIVERTON (AP) — Volunteers in small boats carried bread and medicine to cut-off homes on Tuesday as the river rose for a fourth day…",
    furniture: ["Home Europe", "SHARE"],
  },
  // A news site's wire rewrite: a date stamp, no title, the agency named at the lede's end.
  "lakeshore-post-2024-02-11.txt": {
    outlet: "Lakeshore Post",
    outletFrom: "file-name",
    origin: "AFP",
    headline: null,
    published: "2024-02-11",
    byline: null,
    captions: [],
    first:
      'The prime minister called the strike by port workers "irresponsible" and promised to keep goods moving through the harbour, AFP reported.',
    furniture: [],
  },
  // A wire story reposted with no title on a site known only by its run-together name, closed by a
  // country's tag.
  "harbortribunepak.txt": {
    outlet: "Harbor Tribune Pakistan",
    outletFrom: "file-name",
    origin: "Reuters",
    headline: null,
    published: null,
    byline: null,
    captions: [],
    first:
      "PORTVILLE (Reuters) – The central bank left its main interest rate unchanged on Thursday, saying prices were still rising too fast for a cut, a month after the government asked for cheaper loans.",
    furniture: [],
  },
  // A weekly's page: a related link set off by "READ MORE" in capitals, a gallery's counter over a
  // caption credited to a photographer "for" the paper; a run-together name with a country's letters.
  "theweeklyusledger.txt": {
    outlet: "The Weekly US Ledger",
    outletFrom: "file-name",
    origin: null,
    headline: "Levee breach floods three farming villages",
    published: null,
    byline: null,
    captions: ["Farmers move cattle along a flooded lane on Tuesday morning."],
    first:
      "Water poured through a gap in the river levee before dawn on Tuesday, flooding three farming villages and forcing about 900 people onto higher ground.",
    furniture: ["READ MORE", "Why the old levees", "Autoplay", "1 of 9", "Mara Lind"],
  },
  // A news agency's dateline closed by a colon, the region in brackets; an inputs line at the end.
  "kestrel-dispatch-india.txt": {
    outlet: "Kestrel Dispatch",
    outletFrom: "file-name",
    origin: "ANI",
    headline: "Port workers end strike after wage deal",
    published: null,
    byline: null,
    captions: [],
    first:
      "Portville [Norland], June 24 (ANI): Dock workers at the city's main port called off their nine-day strike on Saturday after the port trust agreed to raise wages by 12 per cent.",
    furniture: ["With inputs from"],
  },
  // An agency's name alone under the title (no picture), and its sign-off after the last sentence.
  "marlow-beacon-online.txt": {
    outlet: "Marlow Beacon Online",
    outletFrom: "file-name",
    origin: "AFP",
    headline: "Storm closes mountain pass for a second day",
    published: null,
    byline: null,
    captions: [],
    first:
      "Snow and high winds kept the mountain pass closed for a second day on Wednesday, stranding dozens of lorries on both sides of the border.",
    furniture: ["— AFP"],
  },
  // A live page: a picture's alt text over the title, "Edited by", numbered posts, pictures with
  // "Copyright: …" credits (which do not end the page) and labelled captions.
  "kestrel-coast-live-2024-04-02.txt": {
    outlet: "Kestrel Coast Live",
    outletFrom: "file-name",
    origin: null,
    headline: "Storm leaves thousands without power along the coast",
    published: "2024-04-02",
    byline: null,
    captions: [
      "A lineman climbs a pole beside a flooded field",
      "Repairs are expected to take several days",
      "A ferry waits at the quay in Easthaven",
    ],
    first: "1. Power cuts hit coastal villages",
    furniture: ["Copyright:", "Image caption", "Crews clear fallen trees"],
  },
  // An opinion site: a trending link over the title, the writer's name twice, with the date.
  "marshgate-tribune-2024-01-06.txt": {
    outlet: "Marshgate Tribune",
    outletFrom: "file-name",
    origin: null,
    headline: "Harbour Bridge Closed After Cracks Found In Main Span",
    published: "2024-01-06",
    byline: "Tom Reyes",
    captions: [],
    first:
      "I have driven over that bridge every day for ten years, and this is the first time anyone has told us the truth about it. Engineers found cracks in the main span on Friday and closed it within the hour.",
    furniture: ["Budget Office", "January 06, 2024"],
  },
  // A metro paper: alt text and caption printed alike, credits in parentheses, a share label.
  "lakeview-courier-2024-01-07.txt": {
    outlet: "Lakeview Courier",
    outletFrom: "file-name",
    origin: null,
    headline: "Night of high water: how the river broke through in Lakeview",
    published: "2024-01-07",
    byline: null,
    captions: [
      "Sandbags line the riverbank in Lakeview in 2022.",
      "The breach in the flood wall near the old mill.",
      "This photo provided by a resident shows the breach in the flood wall near the old mill, which gave way shortly after midnight.",
    ],
    first:
      "The river was still rising when the sirens went off just after midnight, and by two in the morning the water had reached the high street.",
    furniture: ["Associated Press", "Dana Holt", "Share via"],
  },
  // A feed reader's repost: the blog feed's footer names where the post first ran.
  "tidewire-feed.txt": {
    outlet: "Tide Wire Feed",
    outletFrom: "file-name",
    origin: "Harbour Gazette",
    headline: "Harbour board approves a second ferry berth",
    published: null,
    byline: null,
    captions: [],
    first:
      "The harbour board voted on Monday to build a second ferry berth, ending two years of argument over where the new ships should dock.",
    furniture: ["appeared first on"],
  },
  // A markets site carrying an agency's copy: the agency's copyright, marked twice, with its year.
  "seabright-markets.txt": {
    outlet: "Seabright Markets",
    outletFrom: "file-name",
    origin: "Reuters",
    headline: "Grain prices climb as dry weather hits the harvest",
    published: null,
    byline: null,
    captions: [],
    first:
      "Wheat futures rose for a fifth day on Tuesday as traders bet that a dry summer would cut harvests across the plains.",
    furniture: ["Copyright", "terms for reuse"],
  },
  // A portal's syndicated copy closed by a link to the original.
  "yarrow-finance.txt": {
    outlet: "Yarrow Finance",
    outletFrom: "file-name",
    origin: "Business Insider",
    headline: "Start-ups are renting offices again, and landlords are cautious",
    published: null,
    byline: null,
    captions: [],
    first:
      "Young companies signed more office leases in the spring than in any quarter since 2019, a property broker said on Wednesday.",
    furniture: ["Read the original article"],
  },
  // A broadcaster's transcript: the way back to the index, the show's name, the segment titles with
  // their air time, the rush notice, time codes and stage notes around the speakers' lines.
  "ccn-transcript-2024-03-02.txt": {
    outlet: "CCN",
    outletFrom: "file-name",
    origin: null,
    headline:
      "Harbour Ferry Strike Enters Second Week; Storm Warning For The Islands; Museum Reopens After Repairs",
    published: "2024-03-02",
    byline: null,
    captions: [],
    first:
      "MARA QUILL, CCN ANCHOR: Good morning. The ferry strike is now in its second week, and islanders say shelves in the shops are emptying.",
    furniture: [
      "Return to Transcripts",
      "RUSH TRANSCRIPT",
      "[09:00:04]",
      "VIDEO CLIP",
      "COMMERCIAL BREAK",
      "Aired",
    ],
  },
  // A network's news page: a "Published" line and a topic filter under the story.
  "pinecrest-network-news.txt": {
    outlet: "Pinecrest Network News",
    outletFrom: "file-name",
    origin: null,
    headline: "Town hall fire: roof collapses as crews fight overnight blaze",
    published: "2024-03-04",
    byline: null,
    captions: [],
    first:
      "The roof of the old town hall in Pinecrest collapsed early on Monday as firefighters battled a blaze that had burned through the night.",
    furniture: ["Filtered By", "Topstories"],
  },
  // An island news site: an agency's "TOPSHOT" caption, a social post embedded on two lines (its
  // text, then its signature), and the lead picture's credit closing the page.
  "harbourlight-malta.txt": {
    outlet: "Harbourlight Malta",
    outletFrom: "file-name",
    origin: null,
    headline: "Harbour regatta ends in a dead heat for the first time",
    published: null,
    byline: null,
    captions: [
      "Crews from the two leading boats cross the line side by side in the harbour on May 4, 2024.",
    ],
    first:
      "The two leading crews crossed the line together in Saturday's regatta, the first dead heat in the race's ninety-year history.",
    furniture: [
      "TOPSHOT",
      "pic.twitter.com",
      "@harbourregatta",
      "Image: Island Times",
      "Lena Farrugia",
    ],
  },
  // A local paper running agency copy: the title and its "Published" time and date on one line, a
  // promo closed by its call to action.
  "ridgeway-post-2024-02-11.txt": {
    outlet: "Ridgeway Post",
    outletFrom: "file-name",
    origin: "AP",
    headline: "Late goal sends the county side into the cup final",
    published: "2024-02-11",
    byline: null,
    captions: [],
    first:
      "RIDGEWAY (AP) — A header in the last minute of extra time sent the county side into the cup final on Sunday, ending a run of four semifinal defeats.",
    furniture: ["Published 9:41", "Book Now", "guided walk"],
  },
  // A portal's sports page: an agency picture's caption run on after the lede in one block, its
  // credits glued to its last full stop; a promo for the paper's walks.
  "deccan-harbour-times.txt": {
    outlet: "Deccan Harbour Times",
    outletFrom: "file-name",
    origin: null,
    headline: null,
    published: null,
    byline: null,
    captions: [
      "Harbour United captain Ravi Menon lifts the match ball as team-mates celebrate after the league match against Northfield on Saturday, March 2, 2024, in Portville. United won 2-1.",
    ],
    first:
      "Harbour United beat the visitors 2-1 with a goal in stoppage time on Saturday, keeping their hopes of a first league title alive.",
    furniture: ["AP Photo", "Register Now"],
  },
  // A blog's post: its date with the category and tag labels glued to the year, a pointer to more.
  "the-quaylight.txt": {
    outlet: "The Quaylight",
    outletFrom: "file-name",
    origin: null,
    headline: "Shipyard Completes Sale of Its Northern Docks",
    published: "2024-03-04",
    byline: null,
    captions: [],
    first:
      "After a year of talks, the shipyard has sold its northern docks to a ferry company, which plans to build a new terminal there.",
    furniture: ["Categories", "Tags", "Read more"],
  },
  // A broadcaster's photo page: the photographer and picture agency under the title, a "Posted at"
  // stamp with no comma in the date, the picture's story.
  "isla-network-photo.txt": {
    outlet: "Isla Network",
    outletFrom: "file-name",
    origin: null,
    headline: "Divers search the flooded mine for a second day",
    published: "2024-03-05",
    byline: null,
    captions: [],
    first:
      "Divers prepare to enter the flooded shaft of the old copper mine, Tuesday. Four workers are still missing after water broke into the lower tunnels on Monday night.",
    furniture: ["Marco Ilagan", "EPA-EFE", "Posted at"],
  },
  // A network's live page: a browser notice over the title, a video's title, a caption with its
  // credit glued to the full stop, bullets, entry stamps, a post's own byline.
  "riverton-news-live-2024-05-03.txt": {
    outlet: "Riverton News Live",
    outletFrom: "file-name",
    origin: null,
    headline: "Live updates: River bursts its banks in Riverton as rain keeps falling",
    published: "2024-05-03",
    byline: "Riverton News",
    captions: [
      "A volunteer wades through the flooded market square in Riverton on Friday morning.",
    ],
    first: "The city declares an emergency and opens three shelters.",
    furniture: [
      "IE 11",
      "another browser",
      "Jo Marsh",
      "6m ago",
      "What we know",
      "From Riverton News",
    ],
  },
  // A cable network's live page: the title opening on its day, updated days later, posts with
  // their stamps and own bylines, an editor's note that the page has stopped.
  "harbour-cable-live.txt": {
    outlet: "Harbour Cable Live",
    outletFrom: "file-name",
    origin: null,
    headline: "May 3, 2024: Harbour strike spreads to the airport",
    published: "2024-05-03",
    byline: "Lena Ortiz and Sam Hale, HCN",
    captions: [],
    first: "Baggage handlers join the walkout",
    furniture: ["Updated", "42 Posts", "8:40 p.m.", "From HCN", "no longer being updated"],
  },
  // A regional paper: a site description copied over the title, a weekday date with no comma, a
  // caption whose credit is set off by bars, a "Read:" link, a clip credited to a video agency.
  "tidemark-africa.txt": {
    outlet: "Tidemark Africa",
    outletFrom: "file-name",
    origin: "Storyful",
    headline: "Storm floods the lakeshore towns for a second week",
    published: "2024-03-06",
    byline: null,
    captions: [
      "Families carry their belongings through the flooded market in Port Nsalu on March 5, 2024 after the storm returned.",
    ],
    first:
      "The storm flooded the lakeshore towns for a second week on Tuesday, and the disaster agency said 40,000 people had left their homes.",
    furniture: ["Find the latest", "PHOTO |", "GRACE BANDA", "Read:", "Credit:", "Red Cross"],
  },
  // A news site reposting a network's copy: the network's dateline without brackets on a line of
  // its own, a promo line, no title.
  "marlin-bay-news-2024-06-02.txt": {
    outlet: "Marlin Bay News",
    outletFrom: "file-name",
    origin: "CNN",
    headline: null,
    published: "2024-06-02",
    byline: null,
    captions: [],
    first:
      "The city's last paper mill closed on Saturday after 112 years, leaving 340 people out of work.",
    furniture: ["Portville CNN", "Stay Updated"],
  },
  // An explainer site: a publishing tool's caption shortcode left in the middle of a paragraph.
  "portville-first-post.txt": {
    outlet: "Portville First Post",
    outletFrom: "file-name",
    origin: null,
    headline: "Ferry fire forces evacuation at the harbour",
    published: null,
    byline: null,
    captions: ["Passengers watch from the quay as the ferry burns in Portville, 2 January 2024."],
    first:
      "The ferry caught fire shortly after docking on Tuesday, and all 212 passengers were led off safely, the port authority said. At least 20 fire engines were sent to the quay.",
    furniture: ["[caption", "attachment_99", "[/caption]", "Reuters"],
  },
  // A station's page behind a skip link copied without spaces, a subscriber label and a "Watch …"
  // button; a picture's file name and a promo link after the story.
  "qxlradionews-2024-02-11.txt": {
    outlet: "QXL Radio News",
    outletFrom: "file-name",
    origin: null,
    headline: "Lighthouse keepers return to Gull Point after forty years",
    published: "2024-02-11",
    byline: "Marta Quell",
    captions: [],
    first:
      "A keeper's cottage on the headland of Gull Point will be lived in again from March, the coastal trust said on Sunday, forty years after the last keeper left.",
    furniture: ["Skip to", "Subscribers only", "Watch QXL", "20240211093", "trending news"],
  },
  // A paper whose name holds "&", written only in its follow line and copyright; the reporters'
  // names alone under the title; a picture's alt text and caption saying the same.
  "harborandhill-gazette.txt": {
    outlet: "Harbor & Hill Gazette",
    outletFrom: "file-name",
    origin: null,
    headline: "Fishing fleet stays in port as storm warnings hold",
    published: null,
    byline: "Owen Lark Tess Mirren",
    captions: ["Crews tie up their boats at the north quay on Tuesday."],
    first:
      "The fishing fleet stayed in port for a third day on Tuesday as storm warnings held along the whole coast, the harbour master said.",
    furniture: ["Follow Harbor", "© 2024", "Owen Lark"],
  },
};

function read(file: string) {
  const text = readFileSync(path.join(DIR, file), "utf8");
  const result = readArticle(path.join(DIR, file), new TextEncoder().encode(text));
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return { text, article: result.article };
}

// The bot reads every page with WordNet's words installed (loading a desk does it): so do these.
beforeAll(() => useWordNet());

describe("pages in the house styles of real news sites", () => {
  it("has at least 15 house styles, each with what a reader should see", () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith(".txt"));
    expect(files.sort()).toEqual(Object.keys(PAGES).sort());
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const [file, want] of Object.entries(PAGES)) {
    it(`reads ${file} as a reader does`, () => {
      const { text, article } = read(file);
      const got: Partial<ArticleMetadata> = article.metadata;
      expect({
        outlet: got.outlet,
        origin: got.origin,
        headline: got.headline,
        published: got.published,
        byline: got.byline,
      }).toEqual({
        outlet: want.outlet,
        origin: want.origin,
        headline: want.headline,
        published: want.published,
        byline: want.byline,
      });
      expect(article.metadata.inferred?.outlet).toBe(want.outletFrom);
      const captions = article.passages.filter((p) => p.kind === "caption");
      const body = article.passages.filter((p) => p.kind === "paragraph");
      expect(captions.map((p) => p.text)).toEqual(want.captions);
      expect(body[0]?.text ?? null).toBe(want.first);
      // Body paragraphs and captions are numbered apart, each from 1, as a reader counts them.
      expect(body.map((p) => p.paragraph)).toEqual(body.map((_, i) => i + 1));
      expect(captions.map((p) => p.paragraph)).toEqual(captions.map((_, i) => i + 1));
      expect(new Set(article.passages.map((p) => p.id)).size).toBe(article.passages.length);
      for (const passage of article.passages) {
        // Quotes are verbatim: every passage is a stretch of the file as written.
        expect(text).toContain(passage.text);
        if (want.headline) expect(passage.text).not.toBe(want.headline);
        for (const words of want.furniture) expect(passage.text).not.toContain(words);
      }
    });
  }
});
