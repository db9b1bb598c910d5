/**
 * Lexicons of web page furniture: the menus, notices and prompts that any news site wraps
 * around an article. They are written for pages in general, never for one outlet.
 */

import { anyMatches, quickPatterns } from "./pattern-prefilter.js";

/** A whole unit that is only a site label: ads, share bars, prompts, list headings. */
const LABELS = [
  "advertisement",
  "advertisements",
  "ad",
  "ads",
  "sponsored",
  "sponsor content",
  "sponsored content",
  "sponsored links",
  "paid content",
  "paid post",
  "partner content",
  "promoted",
  "promoted content",
  "promoted stories",
  "story continues below",
  "story continues below advertisement",
  "article continues below",
  "continue reading",
  "continue reading below",
  "read more",
  "read full article",
  "read the full story",
  "show more",
  "load more",
  "see more",
  "share",
  "shares",
  "share this",
  "share this article",
  "share this story",
  "share article",
  "share story",
  "tweet",
  "email",
  "e-mail",
  "print",
  "copy link",
  "link copied",
  "copied",
  "comments",
  "comment",
  "view comments",
  "show comments",
  "leave a comment",
  "add a comment",
  "listen",
  "listen to this article",
  "powered by automated translation",
  "listen to article",
  "skip to main content",
  "skip to content",
  "skip navigation",
  "skip to navigation",
  "skip to footer",
  "reuse this content",
  "close panel",
  "share page",
  "about sharing",
  "open menu",
  "close menu",
  "menu",
  "search",
  "close",
  "back to top",
  "home",
  "subscribe",
  "subscribe now",
  "sign in",
  "sign up",
  "log in",
  "login",
  "log out",
  "register",
  "newsletter",
  "newsletters",
  "follow",
  "follow us",
  "like",
  "save",
  "save article",
  "bookmark",
  "gift article",
  "gift this article",
  "audio",
  "video",
  "watch",
  "photos",
  "gallery",
  "photo gallery",
  "loading",
  "topics",
  "tags",
  "more",
  "next",
  "previous",
  "next article",
  "previous article",
  "advertise with us",
  "contact us",
  "about us",
  "privacy policy",
  "terms of use",
  "terms of service",
  "cookie policy",
  "cookie settings",
  "see more of the story",
  "recommended videos",
  "recommended video",
  "read also",
  "continue reading the main story",
  "in other media",
  "examined",
  "source",
  "sources",
  "leave a reply",
  "leave a comment",
  "adjust comment print",
  "back to main page",
  "currency converter",
  "what we're covering here",
  "published",
  "updated",
  "section",
  "subsection",
  "live updates",
  "full article",
  "view gallery",
  "view photos",
  "enlarge this image",
  "toggle caption",
  "hide caption",
  "expand",
  "collapse",
  "play video",
  "watch video",
  "watch live",
  "replay",
  "ad 2",
  "ad 1",
  // a live page's controls
  "key events",
  "show key events only",
  "pinned",
  "pinned post",
  "see all updates",
  "see latest updates",
  "latest updates",
  "refresh",
  "jump to",
  "filter",
  "filtered by",
];

/** Headings that open a list of links to other stories. */
const LIST_HEADINGS = [
  "related",
  "related articles",
  "related stories",
  "related content",
  "related coverage",
  "related news",
  "related links",
  "related topics",
  "more stories",
  "more news",
  "more on this story",
  "more on this topic",
  "more coverage",
  "most read",
  "most popular",
  "most viewed",
  "most shared",
  "popular",
  "popular stories",
  "trending",
  "trending now",
  "trending stories",
  "recommended",
  "recommended for you",
  "recommended stories",
  "you may also like",
  "you might also like",
  "you may be interested in",
  "latest news",
  "latest stories",
  "top stories",
  "read next",
  "up next",
  "editor's picks",
  "editors' picks",
  "don't miss",
  "also read",
  "read also",
  "see also",
  "further reading",
  "in case you missed it",
  "what to read next",
  "keep reading",
  "related article",
  "more to read",
  "read more",
  "recommended reading",
  "topics",
  "tags",
  "related topics",
  "related tags",
  "filed under",
  "more about",
  "related posts",
  "related reading",
  "related reads",
  "recent posts",
  "latest posts",
  "popular posts",
  "more posts",
  "similar articles",
  "similar stories",
  "more articles",
  "more articles for you",
  "more stories for you",
  "more for you",
  "more like this",
  "you may also read",
  "around the web",
  "from the web",
  "from around the web",
];

const normalizeLabel = (text: string) =>
  text
    .toLowerCase()
    .replace(/^[-–—•·*\s]+/, "")
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

const labelSet = new Set(LABELS);
const listHeadingSet = new Set(LIST_HEADINGS);
const MORE_FROM = /^(?:more|latest|top stories|most read) (?:from|in|on) [\p{L}\p{N}' -]{1,40}$/u;

/** "Advertisement", "Share this article", "Sign in" … alone on a line. */
export function isSiteLabel(unit: string): boolean {
  const label = normalizeLabel(unit);
  return label === "" || labelSet.has(label) || isShareBar(label);
}

const SHARE_ACTIONS = new Set(
  "share tweet email e-mail mail print copy save gift listen bookmark reprints facebook twitter x whatsapp linkedin reddit messenger telegram pinterest flipboard tumblr bluesky threads sms instagram youtube tiktok snapchat vk weibo wechat viber rss mastodon".split(
    " ",
  ),
);
const SHARE_FILLERS = new Set(
  "on via to this article story page link url comments comment".split(" "),
);

/** "Share on Facebook Share on Twitter Email Print": a row of share buttons. */
function isShareBar(label: string): boolean {
  const words = label.split(" ");
  return (
    words.length >= 2 &&
    words.every((word) => SHARE_ACTIONS.has(word) || SHARE_FILLERS.has(word)) &&
    words.some((word) => SHARE_ACTIONS.has(word))
  );
}

/** "Related Articles", "Most Read", "More from Reuters" … alone on a line. */
export function isListHeading(unit: string): boolean {
  const label = normalizeLabel(unit);
  return listHeadingSet.has(label) || MORE_FROM.test(label);
}

/** Notices that are furniture wherever they stand, whatever their length. */
const NOTICES: readonly RegExp[] = [
  // comment systems
  /\bcommenting system\b/i,
  /\bcomments? (?:are|is|have been) (?:closed|disabled|turned off)\b/i,
  /\bjoin the (?:discussion|conversation)\b/i,
  /\bjoin (?:our|the) (?:commenting|comments?) (?:forum|section|community)\b/i,
  /\bjoin [\p{L}-]+ (?:conversations|discussions)\b.{0,80}\breaders\b/iu,
  /\b(?:comment policy|community guidelines|community standards)\b/i,
  /\bdisqus\b/i,
  /\bbe the first to comment\b/i,
  /^comments?\s*(?:\(\d+\)|\d+|[-–—:])/i,
  /^\d+\s+comments?$/i,
  // browsers, scripts and cookies
  /\b(?:using|use) (?:internet explorer|microsoft edge|an? (?:outdated|unsupported|older) (?:web )?browser)\b/i,
  /\b(?:update|upgrade) your (?:web )?browser\b/i,
  /\bjavascript (?:is )?(?:disabled|required|turned off)\b/i,
  /\b(?:please )?enable javascript\b/i,
  /\b(?:please )?turn on javascript\b|\bjavascript (?:must|needs to) be (?:on|enabled|turned on)\b/i,
  /\bwe use cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|consent)\b/i,
  // subscriptions, sign-in and paywalls
  /\balready (?:a subscriber|have an account|registered)\b/i,
  /\bto continue reading\b/i,
  // "Full access for $1", "unlimited access to our site": not "full access to their deposits".
  /\b(?:unlimited|digital) access\b|^(?:get |enjoy )?full access\b|\bfull access (?:to (?:all|our|every|this|the (?:site|website|app|archive|full))\b|for (?:just|only|[$£€\d]))/i,
  /\bsupport (?:our|independent|quality) journalism\b/i,
  /\bcreate (?:a|an|your)(?: free)? account\b/i,
  // a paywall's greeting: "Welcome to The Harbor Times"
  /^[Ww]elcome to (?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}[!.]?$/u,
  /^(?:please )?(?:log in|sign in|subscribe|register)?\s*(?:or|and)?\s*\w*\s*to (?:read|continue reading|keep reading|access) (?:this|the full|the rest of this|the whole) (?:article|story|report)\b.{0,40}$/i,
  /\byou have (?:\d+|one|two|three) free (?:articles?|stories)\b/i,
  /\bfor subscribers only\b|\bsubscribers? only\b|\bexclusive to subscribers\b/i,
  /\bsign up (?:for|to) (?:our|the|a) [\p{L} ]*newsletter/iu,
  /^(?:subscribe|sign up|register|sign in|log in)\b[^.]{0,80}\b(?:newsletter|to (?:continue|read|comment|get)|for free|today|now)\b/i,
  /\b(?:get|receive) (?:the|our) [\p{L}' ]{0,40}newsletter\b/iu,
  /\bdownload (?:our|the) [\p{L} ]{0,30}app\b/iu,
  /\benter your e-?mail\b/i,
  /\bby (?:subscribing|signing up|registering|clicking)\b.{0,80}\b(?:agree|consent|accept)/i,
  /^(?:.{0,60}\s)?(?:privacy policy|terms of (?:use|service)|cookie policy)\.?$/i,
  /^search\b.{0,40}(?:\.\.\.|…)$/i,
  /^(?:list of \d+ items|list \d+ of \d+|end of list)$/i,
  /\bfollow us on\b/i,
  /\b(?:click|tap) here\b/i,
  /\bsubscribe to (?:our|the) (?:channel|podcast|newsletter|feed)\b/i,
  // appeals to readers and standards boxes
  /^support (?:us|our journalism)\b/i,
  /\bfunded by (?:our )?(?:readers|members|subscribers|supporters)\b/i,
  // a newsletter form's small print: "Our newsletters may contain …", "Unsubscribe anytime."
  /\bour newsletters? (?:may|might|will) contain\b/i,
  /^(?:you (?:can|may) )?unsubscribe (?:at )?any ?time\.?$/i,
  /\bbecome a (?:member|supporter|subscriber)\b/i,
  /\bmake a (?:contribution|donation)\b/i,
  /^(?:our|editorial) standards\b|\btrust principles\b/i,
  // a standards box: "We are committed to fair reporting. Read our ethics policy to learn more."
  /\bread (?:more about )?our (?:editorial |journalistic |ethics |corrections )?(?:standards|guidelines|policy|policies|principles)\b/i,
  /^we are committed to (?:truth|accuracy|accurate|fair|fairness|quality|independent)\b.{0,160}$/i,
  // copyright and republication
  /\bfor (?:your )?personal,? non-?commercial use(?: only)?\b/i,
  /\ball rights reserved\b/i,
  /^(?:©|\(c\)\s|copyright\b)/i,
  /\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed|republished|copied)\b/i,
  /\bwithout (?:the )?(?:prior |express )?(?:written )?permission\b/i,
  /\b(?:reprints?|republication|republishing|syndication) (?:rights|permissions?|requests?|and permissions)\b/i,
  // mirrors and alternate addresses
  /\bwebsite can (?:also )?be accessed\b/i,
  /\balternate (?:web )?addresses\b|\bmirror sites?\b/i,
  // a link set in the story with its label: "Satellite images: See the latest from the coast"
  /^[\p{L}'’ -]{3,40}:\s+(?:See|Watch|View|Track|Check|Explore|Listen to|Sign up)\b[^.!?]{0,100}$/u,
  // a video player's pointer to its channel: "Watch more News on HarborPlay", "See more videos at …"
  /^(?:watch|see|view) more (?:[\p{L}]+ )?(?:on|at) [\p{L}\p{N}][\p{L}\p{N}.&'’ -]{1,40}$/iu,
  // a station's banner over an old story: "This is an archived article and the information …"
  /^this is an? archived (?:article|story|page|post)\b.{0,240}$/i,
  // a feed's pointer to the rest of the post: "Read more of this story at Harbor Wire."
  /^read more of this (?:story|article|report|post) (?:at|on) \S.{0,60}$/i,
  // developing stories
  /^\(?this (?:is a )?(?:breaking news|developing)(?: news)?(?: and developing)? (?:story|report)\b.{0,120}$/i,
  // a call to action with the address it points to: "Subscribe to our channel - https://…"
  /^(?:subscribe|visit|follow|check out|listen|download|watch|join|like us|find us|read)\b.{0,80}(?:https?:\/\/|www\.)\S+$/i,
  /^[\p{L}\p{N} .&'’-]{1,40}\s*[-–:]\s*(?:https?:\/\/|www\.)\S+$/u,
  // a relative stamp and a reading time: "50 minutes ago - 1 min read", "4 min read"
  /^(?:(?:last )?(?:updated|published|posted)\s*:?\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month)s?\s+ago(?:\s*[-–|·•]\s*\d+\s*min(?:ute)?s?\s+read)?\.?$/i,
  /^\d+\s*min(?:ute)?s?\s+read$/i,
  /^(?:estimated )?read(?:ing)? time\s*:?\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?|mins?)\.?$/i,
  // a live page's entry stamp alone: "4:10 p.m.", "1 p.m. ET"
  /^\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s+\p{Lu}{2,4})?$/iu,
  // a promo opening with a pointing sign: "👉 Discover how …", "➡️ Read our guide"
  /^(?:👉|👇|➡️|➡|▶️|🔗|📲|📌|🔔)\s*\S.{0,140}$/u,
  // a site's slogan under its name: "Your trusted source for local news", "Serving the valley since 1891"
  /^(?:your|the|our) (?:trusted|independent|number one|no\.? ?1|leading|home for|source for|voice of)\b[^.!?]{0,60}$/i,
  /^(?:serving|covering|informing|connecting)\b[^.!?]{0,50}\bsince (?:1[6-9]|20)\d{2}\.?$/i,
  /^news you can (?:trust|use)\b.{0,30}$/i,
  // "… with The Harbor Times: your go-to destination for local news."
  /^(?=.{0,200}$).*\byour (?:go-to|one-stop|trusted|ultimate|daily|premier|leading|favou?rite|number one|no\.? ?1|#1) (?:[\p{L}-]+ )?(?:destination|source|site|place|home|hub|guide|stop)\b/iu,
  // whose copy it is, on a line of its own: "(With inputs from PTI)", "This story was written by …"
  /^\(?with (?:inputs|input|agency inputs) from\b[^.]{1,80}\)?\.?$/i,
  /^this (?:story|article|report) (?:was )?(?:written|reported|produced|provided) by\b[^.]{1,60}\.?$/i,
  // a blog feed's footer naming where the post first ran: "The post … appeared first on …"
  /^the post .{3,240} appeared first on .{2,80}$/i,
  /^(?:this (?:story|article) was )?originally featured on\b.{2,80}$/i,
  // where the copy came from, or where the rest of it is: "Syndicated from …", "Read more at …"
  /^(?:this (?:content|story|article|post) (?:was |is )?)?syndicated (?:from|by|with permission (?:of|from))\b.{2,80}$/i,
  /^read (?:more|the (?:full|whole|complete|original|rest of the) (?:article|story|report|post)) (?:at|on)\s+\S.{0,60}$/i,
  // a promo closed by its call to action: "… heritage walks with us! Participate Now"
  /^(?=.{0,200}$).*[.!?]\s+(?:participate|register|subscribe|join|book|shop|download|apply|enrol|enroll|sign up|buy tickets) now[.!]?$/i,
  // a pointer to more elsewhere: "Read more on the official blog below."
  /^(?:read|find out|learn|see) more (?:on|at|in|about|from)\b[^.!?]{0,80}\b(?:below|here|link|website|site)\.?$/i,
  // a browser notice: "IE 11 is not supported. For an optimal experience visit our site on another browser."
  /\b(?:IE ?\d{1,2}|internet explorer(?: \d{1,2})?) is (?:not|no longer) supported\b/i,
  /\bvisit (?:our|this) (?:site|website) (?:on|with|in|using) (?:another|a different|a newer|a modern|an up-to-date) browser\b/i,
  // a live page's entry stamp: "4m ago / 7:54 AM UTC"
  /^(?:\d{1,3}\s*(?:s|m|h|d|sec|secs|min|mins|hr|hrs|hours?|minutes?)|an? (?:minute|hour)) ago\s*[/|·•-]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,4})?$/iu,
  // a live page that has stopped: "Editor's note: This story is no longer being updated."
  /^(?:editor['’]s note\s*:\s*)?this (?:story|article|page|blog|live blog|coverage) (?:is|was|has) no longer (?:being )?updated\b.{0,120}$/i,
  // a site's slogan: "Telling news your way", "News that matters"
  /^(?:[\p{L}]+ )?(?:news|stories|journalism) (?:your way|you can trust|that matters|for you|you need|first)\.?$/iu,
  // a site's description copied over the story: "Find the latest breaking news and information on …"
  /^(?:find|get|read|discover|catch up on) (?:the )?(?:latest|breaking|top) (?:breaking )?(?:news|stories|headlines)\b.{0,160}\band more\.?$/i,
  // a promo over the title: "Stay Updated on Developing Stories"
  /^stay (?:updated|informed|up to date|in the know) (?:on|with|about)\b[^.!?]{0,60}$/i,
  // a topic filter under the story: "Filtered By: Topstories News"
  /^filtered by\s*:\s*\S.{0,100}$/i,
  // a broadcast transcript's furniture: the way back, the rush notice, time codes, stage notes
  /^(?:return|back|go back) to (?:the )?[\p{L} ]{0,30}?(?:main |home )?page\.?$/iu,
  /^this is a rush transcript\b.{0,160}$/i,
  /^this copy may not be in its final form\b.{0,80}$/i,
  /^\[\d{1,2}:\d{2}(?::\d{2})?\]$/,
  /^\((?:BEGIN|END) [A-Z][A-Z -]{1,30}\)$/,
  /^\((?:COMMERCIAL BREAK|CROSSTALK|LAUGHTER|APPLAUSE|INAUDIBLE|NEWSBREAK|BREAK|MUSIC|SOUND BITE|SOUNDBITE|OFF-MIKE|BREAKING NEWS|[A-Z]{2,}(?: [A-Z]{2,}){0,3} REPORT)\)$/,
  // a reposting site's disclaimer: "Disclaimer: The copyright of this article belongs to …"
  /^disclaimer\s*:/i,
  /\bthe copyright of this (?:article|story|content) belongs to\b/i,
  /\bif there is any infringement\b/i,
  // a row of hashtags alone: "#Storm #Harbour #Ferries"
  /^(?:#[\p{L}\p{N}_]+[\s,]*){3,}$/u,
  // a live page's time zone note: "All times stated are UK", "All times ET"
  /^all times (?:are |stated are |shown are |shown in |in )?(?:\p{Lu}{2,4}|local(?: time)?)\b.{0,20}$/iu,
  /^this (?:story|report|article|breaking news report) (?:is developing|will be updated|has been updated|may be updated)\b.{0,80}$/i,
  /^(?:please )?check back (?:later |soon )?for (?:more )?updates\.?$/i,
  /^stay tuned for (?:potential |more |further )?updates\b.{0,100}$/i,
  /^details may change\.?$/i,
  // "This story is breaking and will be updated.", "This page is being updated"
  /^this (?:story|report|article|post|page|news) is (?:breaking|developing|being updated)\b.{0,100}$/i,
  // a tag or topic line: "Tags: Budget, Council, Schools"
  /^(?:tags?|topics?|filed under|categor(?:y|ies)|keywords?|related (?:topics|tags)|posted in)\s*[:|]\s*\S.{0,200}$/i,
  // a promo for the longer version: "Read the article for the whole story."
  /^read the (?:full |whole |complete |original |rest of the )?(?:article|story|report|post)\b[^.!?]{0,60}[.!]?$/i,
  // newsletter and cookie prompts
  /\bsign up for (?:our |the )?(?:free )?(?:[\p{L}-]+ ){0,2}(?:newsletters?|briefings?|email alerts?|alerts)\b/iu,
  /\bnewsletter\b.{0,80}\b(?:inbox|sign up|subscribe)\b|\b(?:inbox|sign up|subscribe)\b.{0,80}\bnewsletter\b/i,
  // a browser's push prompt: "Stay up to date with notifications from The Harbor Times",
  // "Notifications can be managed in browser preferences."
  /^(?:stay|keep) up to date with (?:push |browser )?(?:notifications|alerts) from\b.{0,60}$/i,
  /^(?:push )?notifications can be (?:managed|turned off|changed) in (?:your )?browser (?:preferences|settings)\.?$/i,
  // the site sending its reader to its address: "For the latest local news, visit harbortimes.com."
  /^(?=.{0,160}$)(?:for (?:the latest|more)\b[^.]{0,50}?,?\s*(?:visit|go to|head to|log on to)|(?:get|find|read) (?:the latest|more)(?: [\p{L}-]+){0,3} (?:news|stories|headlines|updates|coverage) (?:at|on))\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b[^.]{0,40}\.?$/iu,
  // a reader poll's question set in the story: "Do you want a snap election?"
  /^(?:do|would|will|should|did|are|have) you\b[^.!?"“”:]{3,70}\?$/i,
  // a finance site's market clock over the page: "US markets open in 2 hours 5 minutes", "Markets closed"
  /^(?:[\p{L}.]+ ){0,2}markets? (?:open|close|opens|closes) in \d{1,2} (?:hours?|hrs?|minutes?|mins?)(?: (?:and )?\d{1,2} (?:minutes?|mins?))?$/iu,
  /^(?:[\p{L}.]+ ){0,2}markets? (?:are )?(?:closed|open)$/iu,
  // a newsletter's own promo: "The Tideline posts on Fridays. It's free. Share and subscribe here.",
  // "The Tideline is a reader-supported publication. To receive new posts and support my work …"
  /^(?=.{0,220}$).*\b(?:share and subscribe|subscribe (?:here|now|today|for free))[.!]?$/i,
  /\bis a reader-supported publication\b|\bto receive new posts and support (?:my|our) work\b/i,
  /\b(?:this|our) (?:site|website) uses cookies\b|\bby continuing to (?:use|browse)\b.{0,80}\b(?:cookies|privacy)\b/i,
  /\bmanage (?:your )?(?:cookie|privacy|consent) (?:settings|preferences|choices)\b/i,
  /^(?:more to (?:follow|come)|more details (?:to follow|soon)|more soon)\s*[.…]*$/i,
  // instructions to the reader in parentheses: "(Scroll up to hear this story read aloud)"
  /^\((?:scroll|click|tap|listen|watch|see|press play)\b[^()]{0,120}\)$/i,
  // a promo for a live stream: "Stream the final live and on demand …"
  /^stream (?:the |every |all )?[^.]{0,60}\blive\b[^.]{0,60}$/i,
  /^this (?:is a |story is a |article is a )?(?:work|story) in progress\.?$/i,
  /^you(?:'|’)re all set\b.{0,80}$/i,
  /\b(?:enjoy|get) unlimited\b.{0,30}\b(?:content|access|articles|reading)\b/i,
  // paywall meters and trial offers
  /\b(?:thank you for reading|you(?:'|’)ve read) \d+ (?:free )?articles?\b/i,
  /\bread \d+ free articles? (?:per|a|each) (?:month|week)\b/i,
  /^(?:enjoy|try) (?:your )?first month for (?:just|only)\b/i,
  /^join now for unlimited access\b/i,
  // comment forms and blog footers
  /^your email address will not be published\b/i,
  /^please enter your (?:comment|name|e-?mail(?: address)?|website)\b.{0,30}$/i,
  /\brequired fields are marked\b/i,
  /^blog at wordpress\.com\.?$/i,
  /^%d bloggers like this:?$/i,
  /\bpowered by wordpress\b/i,
  // template and image-address junk, counters
  /^\{\{[^}]*\}\}$/,
  /^&\w+=/,
  /^\[(?:ad_\d|adsense|advert)[^\]]*\]$/i,
  /^\d+\s+(?:posts?|updates?|views?|shares?|photos?|images?|pages? in this (?:article|gallery))$/i,
  /^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—]\s*source\s*:\s*\S.{0,40}$/i,
  // related-link lines
  /^(?:watch|listen|see|read|view)\b[^!?]{0,100}:$/i,
  /\bwatch in [\p{L} ]{1,30} video\b/iu,
  /\b(?:continue to )?follow (?:our|the) live (?:coverage|updates|blog)\b/i,
  /\bmore in this series\.?$/i,
  /^join (?:our|us on)\b.{0,60}\b(?:channel|newsletter|community|telegram|whatsapp|mailing list|group)\b/i,
  /^(?:click here to )?read more\b.{0,40}\bstories\.?$/i,
  /^[Ff]ollow (?:us|(?:the )?@?\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|of|the|and)){0,5})(?: on [\p{L} ,]+)?(?: (?:for|to get|to see|to keep up with) [^.!?]{1,60})?[.!]?$/u,
  // an app's banner over the page: "Open in the Harbor Times app", "Read this story in our app"
  /^(?:open|read|continue|view|get)(?: this (?:story|article|page))?(?: reading)? (?:in|on|with) (?:the|our|your)?\s*[\p{L}\p{N}&.'’ -]{0,40}\bapp[.!]?$/iu,
  // a call for tips: "Send tips to newsroom@…", "Got a news tip? Email us", "Have a story idea?"
  /^(?:send|email|e-mail|share|submit) (?:us )?(?:your )?(?:news )?(?:tips?|story ideas?)\b.{0,120}$/i,
  /^(?:got|have) a (?:news |story )?(?:tip|story idea|story to share)\b.{0,120}$/i,
  // a reporter's address closing the story: "Reach Jane Doe at jdoe@harbortimes.com or on X."
  /^(?:contact|reach|email|e-mail|write to|you can reach)\b[^.!?]{0,80}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[^!?]{0,60}$/i,
  // an address alone under the byline: "jdoe@harbortimes.com", "Email: jdoe@harbortimes.com"
  /^(?:e-?mail(?: the (?:author|reporter|writer))?\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
  // a pointer to more of the site's stories: "Read more from The Harbor Times"
  /^(?:[Rr]ead|[Ss]ee|[Gg]et) more (?:from|by|on|at) (?:[Tt]he )?\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}$/u,
  // a wire desk's note on what a new version changed: "(Update 2: Adds quotes, changes head)"
  /^\(?(?:update|updates|updated|refiled|corrected)\s*\d{0,2}\s*[:-]?\s*(?:adds?|changes?|updates?|recasts?|edits?|corrects?|rewrites?|writes through|refiles?|removes?|fixes?)\b[^()]{0,160}\)?\.?$/i,
  /^\((?:adds?|recasts?|rewrites?|writes through|refiles? to|updates? with|changes? (?:head|headline|dateline|lede|slug))\b[^()]{0,160}\)$/i,
  // a site's promo for its local alerts: "See what's on in Harborville with the latest updates from Harbor Beat."
  /^(?=.{0,200}$)(?:[Ff]ind out|[Ss]ee|[Gg]et|[Kk]eep up with|[Ss]tay (?:up to date|informed))\b.{0,100}\b(?:with )?the latest (?:updates|news|headlines|stories|alerts) from (?:[Tt]he )?\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}[.!]?$/u,
  // a promo for the site itself: "Get tomorrow's news today for FREE", "Journalism for the curious reader …"
  /^(?=(?:\S+\s+){0,11}\S+$)(?:get|try|read|join|start|unlock|enjoy|access|sign up|subscribe)\b.{0,80}\bfor free[.!]?$/i,
  /^(?=(?:\S+\s+){0,15}\S+$)(?:journalism|news|reporting|stories) for (?:the )?(?:curious|discerning|modern|thinking|busy|independent|everyday)\b[^.!?]{0,100}\.?$/i,
  // prompts to the reader: "Advertisement - Scroll to continue", "Scroll down for video",
  // "Report a correction or typo", "Like us on Facebook", "Have you been affected? Email us …"
  /^advertisement\s*[-–—:|]\s*(?:scroll|story|article|content) (?:to|continues)\b.{0,40}$/i,
  /^scroll (?:down|up) (?:for|to (?:see|watch|view|read)) (?:the )?(?:video|videos|photos?|pictures|more)\b.{0,20}$/i,
  /^report an? (?:correction|typo|error|mistake)\b.{0,40}$/i,
  /^like us on (?:facebook|instagram)\b.{0,60}$/i,
  /^(?:have you|were you|did you|do you|are you)\b[^.!?]{0,60}\?\s*(?:e-?mail|contact|tell|share|send|get in touch)\b.{0,80}\b(?:us|@[\w-]+(?:\.[\w-]+)+)\b.{0,60}$/i,
  // the site thanking its reader: "Thanks for reading the Harbor Times."
  /^thank(?:s| you) for (?:reading|visiting|choosing|supporting)\b.{0,140}$/i,
  /^advertise (?:with|on|in) (?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}$/iu,
  // a sign-up promo: "Sign up to receive the day's top stories in your inbox."
  /^(?:sign up|subscribe|register|join)\b.{0,100}\b(?:to receive|delivered|in your inbox|to your inbox)\b.{0,80}$/i,
  /^(?=.{0,160}$).*\b(?:straight|delivered|sent|direct(?:ly)?) (?:in)?to your inbox\b/i,
  /\bbookmark this (?:link|page)\b/i,
  // a station's live player: "Live On-Air", "Now Playing", "Ask Your Smart Speaker to Play WXYZ",
  // "WXYZ News 98.1FM and 1010AM"
  /^(?:live on-?air|on-?air now|now playing|listen live)$/i,
  /^ask your smart speaker to play\b.{1,60}$/i,
  /^(?=.{0,80}$)[\p{L}\p{N}&'’ -]{2,40}?\s\d{2,4}(?:\.\d)?\s?(?:FM|AM)(?:\s*(?:and|&|,|\/)\s*\d{2,4}(?:\.\d)?\s?(?:FM|AM))*$/u,
  // app and podcast promos: "Get our alerts on the Harbor Times app", "… wherever you get your podcasts"
  /^(?=.{0,160}$)(?:get|download|install|try|receive)\b.{0,100}\b(?:the|our)\b.{0,40}\bapps?\b[.!]?$/i,
  /\bwherever you get your podcasts\b/i,
  /^(?=.{0,200}$)(?:listen to|subscribe to|follow|hear more on|catch) (?:our|the) [\p{L}\p{N} ,'’-]{0,60}\bpodcast\b/iu,
  // a consent banner's buttons: "Accept all", "Reject all cookies"
  /^(?:accept|reject|decline|refuse|allow|deny) (?:all|all cookies|cookies|and continue|and close)$/i,
  // a reporter's bio under the story: "Jane Roe is a senior reporter covering transport. She joined …"
  /^(?=.{0,320}$)\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2} is (?:a|an|the)\b[^.]{0,80}\b(?:reporter|correspondent|writer|editor|journalist|producer|columnist|contributor|intern)\b[^.]{0,100}\b(?:cover(?:s|ing)|based in|joined|writes about|reports on|reporting on)\b[^.]{0,120}\.(?:\s+(?:She|He|They|\p{Lu}[\p{L}'’-]+) [^.]{3,160}\.){0,2}$/u,
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2} is (?:a|an|the)\b[^.]{0,60}\b(?:reporter|correspondent|writer|editor|journalist|producer|columnist|contributor) (?:for|at|with) (?:[Tt]he )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4}\.$/u,
  // an archive's age warning: "This article is more than 1 year old"
  /^this (?:article|story|content|page|piece) is (?:more|over) than (?:\d+|one|two|three|a) (?:years?|months?) old\.?$/i,
  // audio players, share buttons and blog widgets
  /^listen to (?:this|the) (?:article|story|report)\b.{0,30}$/i,
  /\(opens in (?:a )?new (?:window|tab)\)/i,
  /^click to (?:share|print|email|tweet)\b.{0,60}$/i,
  /^like this:?\s*(?:like\s*)?(?:loading\.*|…)?$/i,
  /^loading\s*(?:\.{1,3}|…)?$/i,
  // a post embedded from a social network, its text and its signature on lines of their own
  /\bpic\.twitter\.com\/\w+\s*$/,
  /^[—–-]\s*[^()—]{1,60}\(@\w{1,30}\)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}$/,
  // a post embedded from a social network: "… pic.twitter.com/x — Name (@handle) September 8, 2022"
  /[—–-]\s*[^()—]{1,60}\(@\w{1,30}\)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}$/,
];

/** "READ MORE Why did the dams fail?", "ALSO READ Council delays vote": a link set off by its label in capitals. */
const CAPITAL_LINK_LABEL =
  /^(?:READ MORE|READ ALSO|ALSO READ|MORE ON THIS|SEE ALSO|RELATED(?: STORY| ARTICLE)?|RECOMMENDED|WATCH|LISTEN)\s+(?=[\p{Lu}\p{N}"“‘'])\S.{0,160}$/u;

const RELATED_LINK =
  /^(?:related|read|read more|read also|also read|see also|more|watch|watch in full|watch live|watch again|listen|more on this|more coverage|recommended|explainer|opinion|analysis|trending|trending now|popular|most popular|most read|must read|don['’]t miss|up next|editor['’]?s picks?|top stories)\s*[:|»›>]\s*\S/i;

/** The notices, each with the literal text a unit must hold for it to match (looked for first). */
const NOTICE_PATTERNS = quickPatterns(NOTICES);

export function isNotice(unit: string): boolean {
  if (anyMatches(NOTICE_PATTERNS, noticeReach(unit))) return true;
  // A link to another story is a line; a long unit opening "Watch: …" is the story itself.
  return (
    unit.split(/\s+/).length <= 30 && (RELATED_LINK.test(unit) || CAPITAL_LINK_LABEL.test(unit))
  );
}

/**
 * The part of a unit a notice may stand in: all of a short one; of a long paragraph of the story's
 * prose (three sentences and fifty words or more), its first and last sentences only, where a
 * notice set against the text stands ("… said on Friday. All rights reserved.").
 */
function noticeReach(unit: string): string {
  if (unit.split(/\s+/).length < 50) return unit;
  const sentences = unit.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u);
  if (sentences.length < 3) return unit;
  return `${sentences[0] ?? ""} ${sentences[sentences.length - 1] ?? ""}`;
}

/** Notices after which a page has nothing more of the article: comments, mirrors, copyright. */
const TAIL_STARTS: readonly RegExp[] = [
  /^comments?\s*(?:$|[-–—:(]|\d)/i,
  /\bjoin (?:our|the) (?:commenting|comments?) (?:forum|section|community)\b/i,
  /\bcommenting system\b/i,
  /\bjoin the (?:discussion|conversation)\b/i,
  /\bwebsite can (?:also )?be accessed\b/i,
  /\balternate (?:web )?addresses\b/i,
  /\ball rights reserved\b/i,
  /^(?:©|\(c\)\s|copyright\b)/i,
];

const TAIL_START_PATTERNS = quickPatterns(TAIL_STARTS);

export function startsPageTail(unit: string): boolean {
  return anyMatches(TAIL_START_PATTERNS, unit);
}

/** Words that site menus are made of. */
const MENU_WORDS = new Set(
  [
    "home",
    "news",
    "search",
    "latest",
    "sports",
    "sport",
    "weather",
    "opinion",
    "opinions",
    "business",
    "politics",
    "world",
    "local",
    "nation",
    "national",
    "entertainment",
    "lifestyle",
    "life",
    "obituaries",
    "obits",
    "puzzles",
    "games",
    "crossword",
    "archive",
    "archives",
    "newsletters",
    "newsletter",
    "podcasts",
    "podcast",
    "video",
    "videos",
    "photos",
    "subscribe",
    "login",
    "log",
    "sign",
    "menu",
    "contact",
    "about",
    "e-edition",
    "epaper",
    "classifieds",
    "jobs",
    "travel",
    "food",
    "health",
    "science",
    "tech",
    "technology",
    "culture",
    "arts",
    "books",
    "education",
    "events",
    "calendar",
    "horoscopes",
    "comics",
    "app",
    "apps",
    "listen",
    "ideas",
    "paper",
    "today's",
    "ipad",
    "iphone",
    "android",
    "tv",
    "radio",
    "live",
    "more",
    "shop",
    "deals",
    "magazine",
    "columns",
    "editorials",
    "letters",
    "features",
    "economy",
    "markets",
    "money",
    "climate",
    "environment",
    "media",
    "interactive",
    "multimedia",
    "gallery",
    "galleries",
    "blogs",
    "blog",
    "columnists",
    "feeds",
    "rss",
  ].map((word) => word.toLowerCase()),
);

/** A word of a site's menu ("News", "Sport", "Opinion"): a section, not a site's own name. */
export function isMenuWord(word: string): boolean {
  return MENU_WORDS.has(word.toLowerCase().replace(/[^\p{L}'-]/gu, ""));
}

const SEPARATORS = /\s(?:\/|\||›|»|>|•|·|\\)\s/g;

/** A bar of menu entries: capitalised words, no sentence, several known menu words or separators. */
export function isMenuBar(unit: string): boolean {
  if (/[.!?]["”’)]?$/.test(unit)) return false;
  if (isGluedMenu(unit)) return true;
  // A long unit with sentences in it is prose, whatever bars it holds.
  if (unit.split(/\s+/).length > 30 && /[a-z][.!?]["”’)]?\s+\p{Lu}/u.test(unit)) return false;
  const words = unit.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < 4) return false;
  const separators = unit.match(SEPARATORS)?.length ?? 0;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length / words.length;
  const menuWords = words.filter((word) =>
    MENU_WORDS.has(
      word
        .toLowerCase()
        .replace(/[’]/g, "'")
        .replace(/[^\p{L}'-]/gu, ""),
    ),
  ).length;
  if (separators >= 2 && capitalised >= 0.5) return true;
  if (capitalised >= 0.6 && menuWords >= 3 && menuWords / words.length >= 0.2) return true;
  // A long run of capitalised names with no little words between them is a list of sections.
  const littleWords = words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length;
  // A name's possessive or a word in quotes ("Mayor Roe's 'Final' Budget Vote Looms") is a title's.
  const titleMarks = words.some(
    (word) =>
      /^['‘"“]\p{L}|\p{L}['’"”]$/u.test(word) ||
      (/\p{L}(?:['’]s|s['’])$/u.test(word) &&
        !MENU_WORDS.has(word.toLowerCase().replace(/’/g, "'"))),
  );
  return (
    words.length >= 6 && capitalised >= 0.7 && littleWords === 0 && menuWords >= 1 && !titleMarks
  );
}

/** "WorldPoliticsBusinessWeather Watch": the entries of a menu copied with no space between them. */
function isGluedMenu(unit: string): boolean {
  if (unit.split(/\s+/).length > 15 || /[,;:]/.test(unit)) return false;
  // A join is a word of three small letters or more run into a capitalised word ("…ceCrypto…");
  // names such as "YouTube", "OpenAI" or "iPhone" have one join at most, or none of that shape.
  const joins = unit.match(/\p{Ll}{3}(?=\p{Lu}\p{Ll}{2})/gu)?.length ?? 0;
  return joins >= 2;
}

const FUNCTION_WORDS = new Set(
  "a an the of to in on at for from by with and or but as is are was were be been has have had will would can could may might should not no over after before about into than that this these those it its he she they we you his her their our who what when where why how".split(
    " ",
  ),
);

/** "News / World / Middle East": short segments joined by separators. */
export function isBreadcrumb(unit: string): boolean {
  const plain = unit.replace(/[\u00A0\u2007\u202F]/g, " ");
  const segments = plain
    .split(/\s+(?:\/|\||•|·)\s+|\s*(?:›|»|>)\s*/)
    .filter((segment) => segment.trim() !== "");
  if (segments.length < 2 || segments.length > 7) return false;
  if (/[.!?]$/.test(plain.trim())) return false;
  return segments.every(
    (segment) => segment.trim().split(/\s+/).length <= 4 && /^[\p{Lu}\p{N}]/u.test(segment.trim()),
  );
}
