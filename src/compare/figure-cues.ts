import { wordTable } from "../text/word-table.js";

/**
 * General news English for figures: how a reporter qualifies a number ("at least", "about"), the
 * number words, and the outcomes a count is a count of ("killed", "wounded", "fired", "arrested").
 * True in any beat: a storm's dead, a recall's units, a vote's ayes.
 */

/** Qualifiers written before a number, longest first so "no more than" wins over "more than". */
export const FIGURE_QUALIFIERS: readonly string[] = Object.freeze(
  [
    "at least",
    "at most",
    "no fewer than",
    "no more than",
    "not more than",
    "more than",
    "fewer than",
    "less than",
    "up to",
    "as many as",
    "as few as",
    "as much as",
    "as high as",
    "as deep as",
    "as tall as",
    "upwards of",
    "in excess of",
    "close to",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "an estimated",
    "estimated",
    "just over",
    "just under",
    "well over",
    "only",
    "just",
    "a total of",
  ].sort((a, b) => b.split(" ").length - a.split(" ").length),
);

/** Number words, folded; multipliers apart. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
});

/** Words that multiply the number before them: "1.2 million", "two dozen". */
export const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  dozen: 12,
  m: 1_000_000,
  bn: 1_000_000_000,
  // South Asian outlets' "lakh" (a hundred thousand) and "crore" (ten million).
  lakh: 100_000,
  crore: 10_000_000,
});

/** Currency signs and words: what a sum counts. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = wordTable({
  $: "dollars",
  "£": "pounds",
  "€": "euros",
  "¥": "yen",
  "₹": "rupees",
});

/** Currency codes written before a sum ("USD 3 billion", "Rs 500 crore"), by the currency. */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dollars: "usd",
    euros: "eur",
    pounds: "gbp",
    yen: "jpy",
    yuan: "cny rmb",
    rupees: "inr rs",
    francs: "chf",
  }).flatMap(([currency, codes]) => codes.split(" ").map((code) => [code, currency] as const)),
);

export const CURRENCY_WORDS: ReadonlySet<string> = new Set(
  "dollar dollars euro euros pound pounds yen yuan rupee rupees franc francs peso pesos rouble roubles ruble rubles".split(
    " ",
  ),
);

/**
 * Outcomes a count may be a count of, by the word forms that say it; the key names the outcome
 * in a reader's words ("killed"). Forms after the counted noun ("18 people were killed", "40
 * wounded") and before the number ("killing 18", "injured at least 40") alike.
 */
export const OUTCOMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    killed:
      "killed kill kills killing die died dies dying dead deaths death fatalities perished drowned",
    wounded: "wounded wounding wound injured injuring injure injuries hurt",
    fired: "fired firing fire launched launching launch",
    arrested: "arrested arresting arrest arrests detained detaining detain",
    missing: "missing",
    evacuated: "evacuated evacuating evacuate evacuations",
    displaced: "displaced",
    rescued: "rescued",
    charged: "charged indicted",
    // A verdict, count by count: "convicted on four counts", "acquitted of two charges".
    convicted: "convicted convicting guilty",
    acquitted: "acquitted acquitting",
    deadlocked: "deadlocked deadlocking deadlock",
    recalled: "recalled recalling recall",
    affected: "affected impacted",
    cancelled: "cancelled canceled cancelling canceling cancellations scrapped",
    delayed: "delayed",
    deployed: "deployed deploying deploy",
    withdrawn: "withdrawn withdrew withdrawing withdraw",
    sold: "sold selling",
    // An appeal's givers: "8,000 people have donated", "donations from 2,000 people".
    donated: "donated donating donate contributed contributing contribute donations contributions",
    cut: "cut cutting laid",
  }).flatMap(([key, forms]) => forms.split(" ").map((form) => [form, key] as const)),
);

/** Phrases before a number that say what it counts: "the death toll rose to 112". */
export const TOLL_WORDS: Readonly<Record<string, string>> = wordTable({
  toll: "killed",
  "death toll": "killed",
});

/** Nouns for people in general: counts of them align by outcome alone ("7 people" = "seven persons"). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  "people person persons individuals individual".split(" "),
);

/** Words that say a number is an age, a rank or a time, not a count. */
export const NOT_A_COUNT_AFTER: ReadonlySet<string> = new Set(
  "am pm a.m p.m percent% year-old years-old o'clock".split(" "),
);

/** Counted words that say nothing by themselves: "two of them", "three times". */
export const EMPTY_COUNTED: ReadonlySet<string> = new Set(
  "time times way ways thing things part parts kind kinds sort bit lot couple side sides hand hands one ones other others year years month months week weeks day days hour hours minute minutes second seconds decade decades century centuries".split(
    " ",
  ),
);

/** Nouns of a tally whose "of" says what is counted: "27 reports of fires", "11 cases of flu". */
export const REPORT_NOUNS: ReadonlySet<string> = new Set(
  "reports report cases case incidents incident instances instance counts accounts complaints claims".split(
    " ",
  ),
);

/** Words that make a number a percentage. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(["percent", "pct", "percentage"]);

/** Nouns clipped in a reporter's question, and the whole word outlets print: "execs". */
export const CLIPPED_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    execs: "executives",
    exec: "executive",
    reps: "representatives",
    rep: "representative",
  }),
);

/** Counted words that count the same thing, by their group: "shares" = "stock". */
export const SAME_COUNTED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // "a 9.2% stake" is a share of the stock: "a 9.2% share in the company".
    shares: "stock share shares stocks stake stakes",
    votes: "vote votes ballots ballot",
    dollars: "dollar dollars usd",
    // A charge sheet's counts: "four counts" and "four charges" of one indictment.
    counts: "count counts charge charges",
    // "passengers of 35 nationalities" are people from 35 countries.
    countries: "country countries nation nations nationality nationalities",
  }).flatMap(([group, words]) => words.split(" ").map((word) => [word, group] as const)),
);

/** Units of measure: the unit is what a number counts ("150 mph winds", "9 feet of water"). */
export const UNIT_WORDS: ReadonlySet<string> = new Set(
  "mph kph km/h kmh knots feet foot ft inches inch in metres meters metre meter m km kilometres kilometers miles mile cm mm kg kilograms pounds lbs tonnes tonne tons ton tonnage degrees acres hectares gallons litres liters barrels"
    .split(" ")
    .filter((word) => !["in", "m", "pounds"].includes(word)),
);

/** Units of length: what "how far", "how close", "how high", "how deep" ask a figure in. */
export const LENGTH_UNITS: ReadonlySet<string> = new Set(
  "feet foot ft inches inch metres meters metre meter km kilometres kilometers kilometre kilometer miles mile cm mm yards yard light-years".split(
    " ",
  ),
);

/** Units of speed: what "how fast" asks a figure in. */
export const SPEED_UNITS: ReadonlySet<string> = new Set("mph kph km/h kmh knots knot".split(" "));

/** Nouns for a business: a sum said of one ("a $9 billion startup") is its worth. */
export const FIRM_NOUNS: ReadonlySet<string> = new Set(
  "company companies firm firms startup start-up business businesses group empire enterprise".split(
    " ",
  ),
);

/**
 * Nouns a sum of money is told as, by the one thing they say: "$11 billion in value", "wiping
 * $12 billion off its market cap", "its valuation fell by $3 billion" are all the firm's worth.
 */
export const MONEY_TOPICS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    value: "value valued valuation valuations capitalisation capitalization cap worth",
    // The price of a deal, whichever word tells it: "$5 billion takeover", "bought it for $5 billion".
    deal: "deal deals takeover takeovers acquisition acquisitions buyout buyouts purchase purchases merger mergers transaction transactions bid bids offer offers sale buy bought buying buys acquire acquired acquiring acquires purchased pay paid paying pays complete completed completing completes close closed closing finalize finalized finalizing finalise finalised finalising seal sealed sealing agreed obtain obtained",
    // The sum an appeal has brought in: "raised $3 million", "donations of $3 million".
    raised:
      "raised raise raising raises donations donation donated donating fundraiser fundraising collected pledged pledges",
  }).flatMap(([group, words]) => words.split(" ").map((word) => [word, group] as const)),
);

/**
 * Verbs of a mark a sum has reached, which say nothing of what the sum is: "donations have topped
 * $3 million", "totalling $3.6 million".
 */
export const MARK_VERBS: ReadonlySet<string> = new Set(
  "topped topping tops top totaling totalling totaled totalled totals total reached reaching reaches exceeded exceeding exceeds surpassed surpassing passed passing hit hitting".split(
    " ",
  ),
);

/**
 * Nouns that are themselves a toll's outcome: "672 injuries" counts people wounded, "820 deaths"
 * people killed.
 */
export const OUTCOME_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    killed: "deaths death fatalities fatality dead bodies corpses",
    wounded: "injuries injury",
    donated: "donors donor contributors contributor",
  }).flatMap(([outcome, words]) => words.split(" ").map((word) => [word, outcome] as const)),
);

/** Units of time: a count of them is a length of time only after "for" or a qualifier. */
export const TIME_UNITS: ReadonlySet<string> = new Set(
  "second seconds minute minutes hour hours day days week weeks month months year years".split(" "),
);

/** Units of weight and a ship's size: what "how big", "how heavy" ask a figure in. */
export const WEIGHT_UNITS: ReadonlySet<string> = new Set(
  "kg kilograms kilogram pounds lbs tonnes tonne tons ton tonnage".split(" "),
);

/**
 * One unit however it is spelt ("tonnes", "tons", "tonnage"; "metres", "meters"), by the first
 * spelling: outlets' figures in the same unit line up whichever spelling their house style uses.
 */
export const UNIT_SPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ton: "ton tons tonne tonnes tonnage",
    metre: "metre metres meter meters",
    kilometre: "kilometre kilometres kilometer kilometers km kms",
    mile: "mile miles",
    foot: "foot feet ft",
    inch: "inch inches",
    kilogram: "kilogram kilograms kg kgs",
    litre: "litre litres liter liters",
    gallon: "gallon gallons",
    acre: "acre acres",
    hectare: "hectare hectares",
    knot: "knot knots",
    kph: "kph km/h kmh",
  }).flatMap(([unit, spellings]) => spellings.split(" ").map((word) => [word, unit] as const)),
);
