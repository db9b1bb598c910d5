/**
 * General lexicons for names: wire services and broadcasters known by name in any beat, the
 * titles that stand before a person's name, and how photo credits and bylines are written.
 */

/** Wire services and broadcasters, folded: a source of these names is an outlet. */
export const KNOWN_OUTLETS: ReadonlySet<string> = new Set(
  [
    "reuters",
    "associated press",
    "the associated press",
    "ap",
    "afp",
    "agence france-presse",
    "agence france presse",
    "bloomberg",
    "bloomberg news",
    "upi",
    "united press international",
    "xinhua",
    "tass",
    "ria novosti",
    "interfax",
    "kyodo",
    "kyodo news",
    "yonhap",
    "anadolu",
    "anadolu agency",
    "dpa",
    "efe",
    "ansa",
    "pa media",
    "press association",
    "the canadian press",
    "canadian press",
    "aap",
    "cnn",
    "bbc",
    "bbc news",
    "npr",
    "cbs",
    "cbs news",
    "nbc",
    "nbc news",
    "abc",
    "abc news",
    "fox news",
    "msnbc",
    "cnbc",
    "sky news",
    "al jazeera",
    "politico",
    "axios",
    "the hill",
    "bloomberg television",
  ].map((name) => name.replace(/^the /, "")),
);

/** Words that end an outlet's name in English: "the … Post", "the … Times". */
export const OUTLET_NAME_ENDINGS: ReadonlySet<string> = new Set(
  (
    "post times journal news herald tribune gazette telegraph guardian agency tv radio " +
    "chronicle daily express mail observer review independent standard examiner inquirer " +
    "monitor wire bulletin record courier dispatch star sun globe register television " +
    "broadcasting newswire"
  ).split(" "),
);

/** Titles before a person's name: "Col. Jane Doe", "Prime Minister Jane Doe". */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  (
    "mr mrs ms miss dr prof sir dame lord lady rev gen lt col maj capt cpt sgt cpl pvt adm cmdr " +
    "gov sen rep pres president vice prime minister secretary chancellor mayor judge justice " +
    "king queen prince princess pope sheikh ayatollah general colonel major captain sergeant " +
    "lieutenant admiral commander brigadier marshal governor senator representative ambassador " +
    "chief inspector detective officer superintendent sheriff coach chairman chairwoman " +
    "councilman councilwoman councillor commissioner attorney deputy state foreign defense " +
    "defence interior finance health justice energy transport education ceo cfo coo cto director " +
    "pm mp mep"
  ).split(" "),
);

/**
 * Roles written before a person's name that are no personal title and no part of the name:
 * "Acme Founder Jane Doe", "Billionaire Jane Doe", "Acme Chief Executive Jane Doe", "Head of
 * Sales Jane Doe".
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    "founder co-founder cofounder billionaire millionaire tycoon mogul magnate boss owner " +
    "executive chair chairperson head spokesman spokeswoman spokesperson investor entrepreneur " +
    "president chairman chairwoman ceo cfo coo cto director minister judge"
  ).split(" "),
);

/** Currencies written before a sum: "Rs 500", "USD 20" are sums, not names. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(
  "rs inr usd eur gbp jpy cny rmb aud cad chf yen yuan rp ksh naira rand".split(" "),
);

/**
 * Lower-case particles inside a person's or a place's name in many languages: "Marine le Pen",
 * "Ursula von der Leyen", "Leonardo da Vinci", "Mohammed bin Salman".
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "de del della der den di da das dos du la le van von ter bin ibn al el".split(" "),
);

/** Words that end a place's name: "the Java Sea", "Hudson River", "Kennedy Airport". */
export const PLACE_ENDINGS: ReadonlySet<string> = new Set(
  (
    "sea ocean river lake bay gulf strait island islands peninsula mountains mountain valley " +
    "desert coast county province district airport canal harbour harbor square street avenue " +
    "boulevard road bridge beach falls basin delta plateau"
  ).split(" "),
);

/** Words that open a place's name: "Port Fourchon", "Lake Charles", "Highway 61". */
export const PLACE_STARTS: ReadonlySet<string> = new Set(
  "port mount mt lake fort ft cape isle camp highway route interstate county".split(" "),
);

/** Words written before a name that are not part of it: "Former Senator …", "the late …". */
export const BEFORE_NAME: ReadonlySet<string> = new Set(
  "former ex late then acting interim incoming outgoing disgraced embattled aka a.k.a".split(" "),
);

/** Words of a department that stand before a title, not a personal title: "State", "Defense". */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(
  "state foreign defense defence interior finance health justice energy transport education deputy vice prime chief".split(
    " ",
  ),
);

/** Capitalised words that name no one and nothing by themselves: race and colour words. */
export const COMMON_CAPITALS: ReadonlySet<string> = new Set(
  "black white brown asian latino latina latinx hispanic indigenous native".split(" "),
);

/** US states as news copy abbreviates them after a city: "Harrisburg, Pa.", "Jackson, Miss.". */
export const US_STATES: ReadonlySet<string> = new Set(
  "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split(
    " ",
  ),
);

/** Abbreviations whose dot does not end a sentence: "Col. Jane Doe", "Smith Jr.", "U.S.". */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "mr mrs ms dr prof st jr sr rev gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep " +
    "pres inc corp co ltd no vs mt ft sgt messrs ala ariz ark calif colo conn fla ga ill kan kans ky " +
    "md mass mich minn mo mont neb nev okla ore pa tenn tex va vt wis wyo"
  ).split(" "),
);

/** Credit lines for photos and videos: names in them are not the story's. */
export const CREDIT_PATTERNS: readonly RegExp[] = Object.freeze([
  /\((?:[^()]*\b(?:photo|photograph|picture|image|file|credit|courtesy|video)\b[^()]*|[^()]*\/[^()]*)\)/gi,
  /\b(?:photo|photograph|picture|image|video|illustration|graphic)s?\s*(?:by|:|credit:?|courtesy(?:\s+of)?)\s*[^.;()]*/gi,
  /\b(?:credit|courtesy(?:\s+of)?)\s*:\s*[^.;()]*/gi,
  /\b[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*)*\s*\/\s*[\p{Lu}][\p{L}.'-]*(?:\s+(?:via\s+)?[\p{Lu}][\p{L}.'-]*)*/gu,
  /\bvia\s+Getty\s+Images\b|\bGetty\s+Images\b|\bShutterstock\b/g,
]);

/** A byline passage: "By Jane Doe and John Roe", "Jane Doe, Staff Writer". */
export const BYLINE =
  /^\s*(?:by\s+[\p{Lu}][^.!?]{0,80}|[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){1,3}\s*[,|–—-]\s*(?:staff|senior|chief)?\s*(?:writer|reporter|correspondent|editor)s?\b[^.!?]{0,40})\s*$/iu;

/** Words that open a vague quantity, not a name or a thing named: "a couple rockets". */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  "couple lot lots number bunch handful few several many some dozens scores hundreds thousands millions plenty more most other others another such same various certain fellow".split(
    " ",
  ),
);

/** A party's word written before "of" and a state, as news copy tags a lawmaker: "Republican of Ohio". */
export const PARTY_WORDS: ReadonlySet<string> = new Set(
  "republican republicans democrat democrats democratic independent conservative liberal labour".split(
    " ",
  ),
);

/** Titles of address, kept with a surname alone ("Ms. Doe"); other titles are not ("CEO Doe" is Doe). */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set(
  "mr mrs ms miss dr prof sir dame lord lady rev messrs mx".split(" "),
);

/**
 * Nouns that end a public body's name whose first words may be joined by "and": "Securities and
 * Exchange Commission", "Food and Drug Administration", "Fish and Wildlife Service".
 */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  (
    "commission administration department agency authority council bureau service services " +
    "institute institutes board committee office court ministry foundation trust university " +
    "college academy association society institution tribunal directorate"
  ).split(" "),
);

/**
 * Common nouns for made or natural things that carry a name of their own: "the asteroid …",
 * "the company's testing machine, …", "a rocket called …". A name set beside one is the
 * thing's, no person's, body's or place's.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set(
  (
    "asteroid comet meteor meteorite planet moon moonlet spacecraft probe satellite rocket " +
    "lander rover capsule telescope orbiter ship vessel tanker freighter ferry yacht submarine " +
    "aircraft plane airliner jet helicopter drone missile vehicle device machine robot chatbot " +
    "drug vaccine pill pipeline reactor"
  ).split(" "),
);

/** The planets, written as names: places ("7 million miles from Earth"), not bodies. */
export const PLANET_NAMES: ReadonlySet<string> = new Set(
  "mercury venus earth mars jupiter saturn uranus neptune".split(" "),
);

/** US states' postal codes, as a city's state is written after a comma: "Laurel, MD". */
export const STATE_CODES: ReadonlySet<string> = new Set(
  (
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj " +
    "nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc"
  ).split(" "),
);

/** Words before a place's name that say it is where something is: "in Ashby", "hometown of Ashby". */
export const WHERE_WORDS: ReadonlySet<string> = new Set(
  "in near outside across throughout hometown native suburb suburbs outskirts".split(" "),
);

/** Forms of address that stand for a person, never a name alone: "Her Majesty", "His Excellency". */
export const ADDRESS_FORMS: ReadonlySet<string> = new Set(
  "majesty majesties highness highnesses excellency holiness lordship ladyship grace".split(" "),
);

/** Capitalised words for a time of day after a weekday, in a programme's name: "Monday Night …". */
export const DAY_PARTS: ReadonlySet<string> = new Set("night morning afternoon evening".split(" "));

/**
 * Wire services a report names by their initials ("AP reported"), with the names they go by in
 * full, so that a source reads the same whichever way the copy writes it.
 */
export const WIRE_INITIALS: ReadonlyMap<string, string> = new Map([
  ["ap", "The Associated Press"],
  ["afp", "Agence France-Presse"],
  ["upi", "United Press International"],
  ["aap", "Australian Associated Press"],
]);
