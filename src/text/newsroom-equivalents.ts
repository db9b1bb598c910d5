/**
 * Newsroom equivalents: different words a reporter and an outlet use for one thing.
 * Each group maps to one key; the lexicon is general news English, never one story's words.
 */
const GROUPS: Record<string, readonly string[]> = {
  "~us": ["us", "u.s", "usa", "u.s.a", "america", "american", "americans", "united-states"],
  "~uk": [
    "uk",
    "u.k",
    "britain",
    "british",
    "briton",
    "britons",
    "brit",
    "brits",
    "united-kingdom",
    "great-britain",
  ],
  "~eu": ["eu", "e.u", "european-union"],
  "~un": ["un", "u.n", "united-nations"],
  "~kill": [
    "kill",
    "kills",
    "killed",
    "killing",
    "killings",
    "slain",
    "slay",
    "death",
    "deaths",
    "dead",
    "die",
    "died",
    "dies",
    "dying",
    "fatal",
    "fatally",
    "fatalities",
    "deadly",
    "lethal",
  ],
  "~injure": [
    "injure",
    "injured",
    "injures",
    "injuring",
    "injury",
    "injuries",
    "wound",
    "wounded",
    "wounding",
    "wounds",
    "hurt",
  ],
  "~attack": [
    "attack",
    "attacks",
    "attacked",
    "attacking",
    "attacker",
    "attackers",
    "assault",
    "assaults",
    "assaulted",
  ],
  "~blame": [
    "blame",
    "blamed",
    "blames",
    "blaming",
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "accusation",
    "accusations",
    "responsible",
    "responsibility",
    "culprit",
    "culprits",
    "perpetrator",
    "perpetrators",
    "perpetrated",
  ],
  "~defense": ["defense", "defence", "defenses", "defences", "defensive"],
  "~official": [
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
  ],
  "~government": ["government", "governments", "govt", "administration", "administrations"],
  "~threat": ["threat", "threats", "threaten", "threatened", "threatening", "threatens"],
  "~withdraw": [
    "withdraw",
    "withdrawal",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "pullout",
    "pull-out",
  ],
  "~evidence": ["evidence", "proof", "evidences"],
  "~president": ["president", "presidents", "presidential"],
  "~election": ["election", "elections", "electoral", "vote", "votes", "voting"],
  "~embassy": ["embassy", "embassies", "consulate", "consulates"],
  "~general": ["gen", "general", "generals"],
  // Titles and their abbreviations, as outlets' house styles write them.
  "~senator": ["sen", "senator", "senators"],
  "~representative": ["rep", "reps", "representative", "representatives"],
  "~governor": ["gov", "governor", "governors"],
  "~lieutenant": ["lt", "lieutenant", "lieutenants"],
  "~colonel": ["col", "colonel", "colonels"],
  "~sergeant": ["sgt", "sergeant", "sergeants"],
  "~professor": ["prof", "professor", "professors"],
  "~doctor": ["dr", "doctor", "doctors", "physician", "physicians"],
  "~ceo": ["ceo", "ceos", "chief-executive", "chief-executives"],
  "~lawmaker": [
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "congressman",
    "congressmen",
    "congresswoman",
    "congresswomen",
    "parliamentarian",
    "parliamentarians",
    "mp",
    "mps",
  ],
  // Business, courts, public life.
  "~company": ["company", "companies", "firm", "firms", "corporation", "corporations"],
  "~court": ["court", "courts", "tribunal", "tribunals"],
  "~ruling": ["ruling", "rulings", "verdict", "verdicts", "judgment", "judgments", "judgement"],
  "~lawsuit": ["lawsuit", "lawsuits", "litigation"],
  "~arrest": ["arrest", "arrests", "arrested", "arresting", "detain", "detained", "detaining"],
  "~investigate": [
    "investigate",
    "investigates",
    "investigated",
    "investigating",
    "investigation",
    "investigations",
    "investigator",
    "investigators",
    "probe",
    "probes",
    "probed",
    "probing",
    "inquiry",
    "inquiries",
    "enquiry",
    "enquiries",
  ],
  "~resign": ["resign", "resigns", "resigned", "resigning", "resignation", "resignations"],
  "~protest": [
    "protest",
    "protests",
    "protested",
    "protesting",
    "protester",
    "protesters",
    "protestor",
    "protestors",
    "demonstrator",
    "demonstrators",
  ],
  "~agreement": ["agreement", "agreements", "accord", "accords", "pact", "pacts"],
  "~percent": ["percent", "per-cent", "pct"],
  "~car": ["car", "cars", "vehicle", "vehicles", "automobile", "automobiles"],
  "~child": ["child", "children", "kid", "kids"],
  "~hospital": [
    "hospital",
    "hospitals",
    "hospitalised",
    "hospitalized",
    "hospitalisation",
    "hospitalization",
  ],
  // Weather and disasters.
  "~hurricane": ["hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones"],
  "~flood": [
    "flood",
    "floods",
    "flooded",
    "flooding",
    "floodwater",
    "floodwaters",
    "inundated",
    "inundation",
  ],
  "~evacuate": [
    "evacuate",
    "evacuates",
    "evacuated",
    "evacuating",
    "evacuation",
    "evacuations",
    "evacuee",
    "evacuees",
  ],
};

/** Country names and the adjectives and people named after them. */
const DEMONYMS: Record<string, readonly string[]> = {
  afghanistan: ["afghan", "afghans"],
  china: ["chinese"],
  egypt: ["egyptian", "egyptians"],
  france: ["french"],
  germany: ["german", "germans"],
  india: ["indian", "indians"],
  iran: ["iranian", "iranians"],
  iraq: ["iraqi", "iraqis"],
  israel: ["israeli", "israelis"],
  japan: ["japanese"],
  jordan: ["jordanian", "jordanians"],
  kuwait: ["kuwaiti", "kuwaitis"],
  lebanon: ["lebanese"],
  libya: ["libyan", "libyans"],
  pakistan: ["pakistani", "pakistanis"],
  palestine: ["palestinian", "palestinians"],
  qatar: ["qatari", "qataris"],
  russia: ["russian", "russians"],
  "saudi-arabia": ["saudi", "saudis"],
  syria: ["syrian", "syrians"],
  turkey: ["turkish", "turks"],
  ukraine: ["ukrainian", "ukrainians"],
  yemen: ["yemeni", "yemenis"],
  canada: ["canadian", "canadians"],
  mexico: ["mexican", "mexicans"],
  spain: ["spanish"],
  italy: ["italian", "italians"],
  kurdistan: ["kurd", "kurds", "kurdish"],
  europe: ["european", "europeans"],
  australia: ["australian", "australians"],
  "north-korea": ["north-korean", "north-koreans"],
  "south-korea": ["south-korean", "south-koreans"],
  nato: [],
};

/** Two-word names that count as one word: "United States" is "united-states". */
export const COMPOUNDS: ReadonlyMap<string, string> = new Map([
  ["united states", "united-states"],
  ["united kingdom", "united-kingdom"],
  ["great britain", "great-britain"],
  ["european union", "european-union"],
  ["united nations", "united-nations"],
  ["saudi arabia", "saudi-arabia"],
  ["north korea", "north-korea"],
  ["south korea", "south-korea"],
  ["north korean", "north-korean"],
  ["south korean", "south-korean"],
  ["chief executive", "chief-executive"],
  ["chief executives", "chief-executives"],
  ["per cent", "per-cent"],
]);

const equivalents = new Map<string, string>();
for (const [key, words] of Object.entries(GROUPS))
  for (const word of words) equivalents.set(word, key);
for (const [country, words] of Object.entries(DEMONYMS)) {
  equivalents.set(country, `~${country}`);
  for (const word of words) equivalents.set(word, `~${country}`);
}

/** Every word the equivalents know, each once (for correcting a mistyped one). */
export function equivalentWords(): readonly string[] {
  return [...equivalents.keys()];
}

/** The group key of a lower-case word, or undefined when it has no newsroom equivalent. */
export function equivalentKey(word: string): string | undefined {
  return equivalents.get(word);
}

const PLACE_KEYS: ReadonlySet<string> = new Set([
  "~us",
  "~uk",
  ...Object.keys(DEMONYMS)
    .filter((country) => country !== "nato")
    .map((country) => `~${country}`),
]);

/** Whether a matching term is a country's (its name, adjective or people): a place. */
export function isPlaceTerm(term: string): boolean {
  return PLACE_KEYS.has(term);
}
