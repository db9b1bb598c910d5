/**
 * Words a reporter's question and an outlet's copy use for one idea, loosely: "stock" and
 * "shares", "fine" and "penalty", "unveil" and "reveal". Unlike the newsroom equivalents (one
 * thing under several names, matched as the same word), these only stand in for each other: a
 * match counts less than the word itself and only beside another word of the question. General
 * news English for any beat; what belongs to one story goes in its desk's `equivalents`.
 */
const GROUPS: readonly (readonly string[])[] = [
  // Business and markets.
  ["stock", "shares", "share price"],
  // The British currency, as markets copy names it.
  ["sterling", "pound"],
  ["sale", "sales", "sell", "sold", "selling"],
  ["cost", "price", "spend", "spent", "expense"],
  [
    "customer",
    "customers",
    "client",
    "clients",
    "consumer",
    "consumers",
    "household",
    "households",
  ],
  ["rise", "rose", "increase", "climb", "climbed", "jump", "jumped", "gain", "gained"],
  ["fall", "fell", "drop", "dropped", "decline", "declined", "slip", "slipped", "slump"],
  // Courts, regulators and public life.
  ["fine", "fined", "penalty", "penalties", "penalise", "penalize"],
  ["charge", "charges", "count", "counts"],
  ["convicted", "conviction", "guilty"],
  ["dispute", "disputed", "deny", "denied", "contest", "contested", "reject", "rejected"],
  ["delay", "delayed", "postpone", "postponed"],
  ["ban", "banned", "prohibit", "prohibited", "outlaw"],
  ["incident", "incidents", "case", "cases"],
  ["confirm", "confirmed", "verify", "verified"],
  ["policy", "policies", "platform", "pledge", "pledges", "proposal", "proposals", "plan", "plans"],
  // Who is expected to win: "the favourites", "the frontrunners", "those tipped".
  ["favourite", "favourites", "favorite", "favorites", "frontrunner", "frontrunners", "tipped"],
  // Who comes next in a post: "her successor", "his replacement", "to take over".
  ["successor", "successors", "replacement", "succeed", "replace", "take-over"],
  ["rival", "rivals", "opponent", "opponents", "challenger", "challengers"],
  ["supporter", "supporters", "fan", "fans", "backer", "backers"],
  ["result", "results", "outcome"],
  ["speech", "address", "remarks"],
  ["congratulate", "congratulated", "congratulations", "hail", "hailed", "praise", "praised"],
  ["win", "won", "victory", "beat", "defeat", "defeated"],
  ["announce", "announced", "unveil", "unveiled", "reveal", "revealed", "present", "presented"],
  ["arrest", "arrested", "detain", "detained", "detention", "custody"],
  ["charged", "indict", "indicted", "indictment", "accuse", "accused"],
  ["sentence", "sentenced", "jail", "jailed", "imprison", "imprisoned", "prison", "hand-down"],
  // Held, before any sentence: "taken into custody", "remanded".
  ["jail", "jailed", "custody", "remand", "remanded"],
  ["investigate", "investigated", "investigation", "investigators", "probe", "inquiry", "enquiry"],
  ["protest", "protests", "protesters", "protestors", "demonstration", "demonstrators", "rally"],
  // A crowd that turned violent, named as copy names it.
  ["rioter", "rioters", "protesters", "demonstrators", "mob", "crowd", "crowds"],
  [
    "sack",
    "sacked",
    "dismiss",
    "dismissed",
    "oust",
    "ousted",
    "fire",
    "fired",
    "terminate",
    "terminated",
  ],
  // The people a company employs.
  ["workforce", "employees", "staff", "workers", "staffers"],
  ["lawsuit", "lawsuits", "sue", "sued", "litigation"],
  ["verdict", "ruling", "judgment", "judgement"],
  // A jury and the people on it.
  ["jury", "juries", "juror", "jurors", "jurymen"],
  ["deal", "agreement", "accord", "pact"],
  ["talks", "negotiations", "negotiate", "negotiated"],
  ["warn", "warned", "warning", "caution", "cautioned"],
  ["threat", "threats", "threaten", "threatened"],
  ["approve", "approved", "approval", "endorse", "endorsed"],
  ["raise", "raised", "hike", "hiked"],
  ["cut", "cuts", "reduce", "reduced", "reduction", "slash", "slashed", "scale-back", "cut-back"],
  ["profit", "profits", "earnings"],
  ["soldier", "soldiers", "troops"],
  // Where troops are stationed.
  ["base", "bases", "outpost", "outposts", "installation", "installations"],
  ["lawmakers", "legislators", "mps"],
  ["medic", "medics", "paramedic", "paramedics"],
  ["boss", "ceo", "chief-executive"],
  ["match", "game", "fixture"],
  // A time told in a zone: "7 p.m. ET", "4 p.m. Pacific".
  ["eastern", "et", "edt", "est"],
  ["pacific", "pt", "pdt", "pst"],
  // Getting something done, as a government or a company claims it: "we delivered".
  ["get-done", "deliver", "delivered", "achieve", "achieved", "accomplish", "accomplished"],
  ["coach", "manager"],
  // Science, weather and disasters.
  ["missing", "vanish", "vanished", "disappear", "disappeared"],
  ["search", "searched", "searchers", "hunt", "manhunt"],
  ["evacuate", "evacuated", "evacuation", "evacuees", "flee", "fled"],
  ["recover", "recovered", "recovery", "retrieve", "retrieved"],
  ["survive", "survived", "survivor", "survivors"],
  ["storm", "hurricane", "cyclone", "typhoon"],
  ["flood", "floods", "flooding", "flooded", "inundated", "submerged"],
  ["quake", "earthquake", "tremor"],
  ["fire", "blaze", "wildfire", "inferno"],
  ["crash", "crashed", "collision", "collided"],
  // Of people not yet found: "believed dead", "presumed dead", "feared dead".
  ["believed", "presumed", "feared"],
  // Services under strain: "hospitals struggled to cope", "were overwhelmed".
  ["cope", "coping", "overwhelmed", "overwhelm", "swamped", "strained", "stretched"],
  // A vehicle or a crew going back where it came from.
  ["return", "returned", "returning", "go-back", "turn-back", "head-back", "fly-back"],
  // A structure giving way: "the dam burst", "the levee was breached", "the wall collapsed".
  ["fail", "failed", "burst", "breached", "collapse", "collapsed"],
  // A flight leaving the ground.
  ["take-off", "takeoff", "depart", "departed", "departure", "lift-off"],
  // Where a vehicle was going: "headed for", "bound for", "en route to", "on its way to".
  ["headed", "heading", "bound", "en-route", "destination", "destined", "way"],
  // An operation stopped or changed.
  ["suspend", "suspended", "halt", "halted", "pause", "paused", "call-off"],
  [
    "shift",
    "shifted",
    "shifting",
    "transition",
    "transitioned",
    "transitioning",
    "switch",
    "switched",
  ],
  ["plane", "aircraft", "jet", "airliner"],
  ["ship", "vessel", "boat"],
  ["submarine", "sub", "submersible"],
  ["hospital", "hospitalised", "hospitalized"],
  // Children by age or sex, as copy names them ("a boy" asked, "a child" written).
  [
    "boy",
    "boys",
    "girl",
    "girls",
    "child",
    "children",
    "kid",
    "kids",
    "youngster",
    "youngsters",
    "teenager",
    "teenagers",
    "toddler",
  ],
  // A flood's wave, which copy also calls a wall of water (questions read it as "wave").
  ["wave", "waves", "wall"],
  // An opening torn in something.
  ["hole", "holes", "opening", "gap", "gash", "breach"],
  ["power", "electricity"],
  ["aid", "assistance", "relief"],
  ["image", "images", "picture", "pictures", "photo", "photos", "photograph"],
  ["launch", "launched", "liftoff", "lift-off", "roll-out"],
  ["outage", "outages", "blackout", "blackouts"],
  ["landfall", "ashore"],
  [
    "hit",
    "strike",
    "struck",
    "pound",
    "pounded",
    "slam",
    "slammed",
    "batter",
    "battered",
    "lash",
    "lashed",
  ],
  ["damage", "damaged", "destroy", "destroyed", "wipe-out"],
  ["wreckage", "debris", "wreck", "remains", "rubble"],
  ["big", "large", "size"],
  ["rescue", "rescued", "save", "saved"],
  // Phrasal verbs (read as one word, see phrasal-verbs) and the one-word verbs they stand for.
  ["fail", "failed", "failure", "collapse", "collapsed", "go-under", "bankrupt", "bankruptcy"],
  ["resign", "resigned", "resignation", "quit", "step-down", "stand-down"],
  [
    "withdraw",
    "withdrew",
    "withdrawn",
    "withdrawal",
    "pull-out",
    "pull-back",
    "drop-out",
    "back-out",
    "yank-out",
    "bow-out",
    "walk-away",
    "step-back",
  ],
  // Where a company or a body is run from.
  ["headquarters", "hq", "building", "offices"],
  // A part coming away from what held it: "the panel came off", "a window blew out".
  [
    "come-off",
    "fall-off",
    "break-off",
    "blow-out",
    "blowout",
    "rip-off",
    "tear-off",
    "detach",
    "detached",
    "dislodge",
    "dislodged",
  ],
  ["intervene", "intervened", "intervention", "step-in"],
  ["deploy", "deployed", "deployment", "send-in"],
  ["reverse", "reversed", "reversal", "roll-back"],
  ["erupt", "erupted", "flare-up", "break-out"],
  ["ease", "eased", "subside", "subsided", "die-down"],
  ["outline", "outlined", "set-out", "lay-out"],
  ["criticise", "criticised", "criticize", "criticized", "condemn", "condemned", "speak-out"],
  ["overturn", "overturned", "quash", "quashed", "throw-out", "strike-down"],
  ["cancel", "cancelled", "canceled", "call-off", "scrap", "scrapped", "axe", "axed", "phase-out"],
  ["close", "closed", "closure", "shut", "shut-down", "close-down"],
  ["explode", "exploded", "explosion", "blow-up", "blast"],
  ["reject", "rejected", "refuse", "refused", "turn-down"],
  [
    "topple",
    "toppled",
    "overturn",
    "overturned",
    "capsize",
    "capsized",
    "fall-over",
    "tip-over",
    "knock-over",
  ],
  ["takeover", "take-over", "acquire", "acquired", "acquisition", "buyout"],
  ["exclude", "excluded", "rule-out"],
  ["surrender", "give-up", "hand-over", "abandon", "abandoned"],
  ["detect", "detected", "pick-up", "spot", "spotted", "discover", "discovered", "found"],
  ["learn", "learned", "learnt", "find-out", "discover", "discovered"],
  ["conduct", "conducted", "carry-out", "perform", "performed", "stage", "staged"],
  ["layoff", "layoffs", "lay-off", "redundancy", "redundancies"],
  ["crackdown", "crack-down", "clampdown"],
  ["bailout", "bail-out", "rescue"],
  ["retaliate", "retaliated", "retaliation", "hit-back", "revenge", "avenge", "avenged"],
  ["killed", "kill", "deaths", "death", "dead", "died", "toll", "pass-away"],
  // Sport.
  [
    "equaliser",
    "equalizer",
    "equalise",
    "equalize",
    "equalised",
    "equalized",
    "levelled",
    "leveled",
  ],
  ["score", "scored", "netted"],
  ["penalty", "penalties", "spot-kick", "spot-kicks", "shootout", "shoot-out"],
  ["championship", "championships", "title", "titles", "crown"],
];

/**
 * Words a question uses for a change of any direction ("how did the pound move"), and the
 * directions copy tells it in. One way only: copy saying "rose" answers "how did it move", but a
 * question asking whether it rose is not answered by copy saying "fell".
 */
const DIRECTIONS = [
  "rise",
  "rose",
  "risen",
  "fall",
  "fell",
  "fallen",
  "gain",
  "gained",
  "drop",
  "dropped",
  "slip",
  "slipped",
  "jump",
  "jumped",
  "climb",
  "climbed",
  "slump",
  "slumped",
  "tumble",
  "tumbled",
  "traded",
];
const ONE_WAY: ReadonlyMap<string, readonly string[]> = new Map(
  ["move", "moved", "moves", "movement"].map((word) => [word, DIRECTIONS]),
);

const groupsOf = new Map<string, number[]>();
GROUPS.forEach((group, index) => {
  for (const word of group) {
    const known = groupsOf.get(word);
    if (known) known.push(index);
    else groupsOf.set(word, [index]);
  }
});

/** Words that loosely stand in for a lower-case word in news copy (none when it has none). */
export function paraphrasesOf(word: string): readonly string[] {
  const related = new Set<string>();
  for (const index of groupsOf.get(word) ?? [])
    for (const other of GROUPS[index] ?? []) if (other !== word) related.add(other);
  for (const other of ONE_WAY.get(word) ?? []) related.add(other);
  return [...related];
}
