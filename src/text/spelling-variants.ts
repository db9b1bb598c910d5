import { wordTable } from "./word-table.js";

/**
 * British and American spellings of one word read alike: both sides of a match (article and
 * question) go through the same folding, so folding a word that has no variant is harmless.
 * General English only.
 */

/** Word roots spelt -our in British English and -or in American ("colour", "colourful"). */
const OUR_ROOTS =
  /^(arm|behavi|clam|col|end[ae]av|fav|flav|harb|hon|hum|lab|neighb|od|parl|rum|sav|splend|tum|val|vap|vig)our/;
/** Words spelt -re in British English and -er in American, with their plurals. */
const RE_WORDS =
  /^(cent|theat|met|kilomet|centimet|millimet|lit|fib|calib|somb|meag|spect|lust|manoeuv|sab|goit)res?$/;
/** -ise, -yse and -isation forms ("organise", "analysed", "mobilisation"), long enough to be verbs. */
const ISE = /^(\p{L}{3,})(is|ys)(e|es|ed|ing|er|ers|ation|ations)$/u;
/** -ence nouns spelt -ense in American English. */
const ENCE = /^(def|off|lic|pret)ence(s?)$/;
/** A doubled l before an ending that American English keeps single ("travelled", "cancelling"). */
const DOUBLED_L =
  /^(trave|cance|labe|mode|signa|fue|tota|channe|marshal|leve|quarre|rive|counse)ll(ed|ing|er|ers|or|ors)$/;
const WORDS: Readonly<Record<string, string>> = wordTable({
  programme: "program",
  programmes: "programs",
  grey: "gray",
  tyre: "tire",
  tyres: "tires",
  aluminium: "aluminum",
  judgement: "judgment",
  judgements: "judgments",
  ageing: "aging",
  catalogue: "catalog",
  dialogue: "dialog",
  analogue: "analog",
  jewellery: "jewelry",
  plough: "plow",
  sceptic: "skeptic",
  sceptical: "skeptical",
  pyjamas: "pajamas",
  mould: "mold",
  moult: "molt",
  paediatric: "pediatric",
  paediatrician: "pediatrician",
  anaemia: "anemia",
  anaesthetic: "anesthetic",
  oestrogen: "estrogen",
  foetus: "fetus",
  diarrhoea: "diarrhea",
  haemorrhage: "hemorrhage",
  leukaemia: "leukemia",
  orthopaedic: "orthopedic",
  encyclopaedia: "encyclopedia",
  manoeuvre: "maneuver",
  manoeuvres: "maneuvers",
  gaol: "jail",
  kerb: "curb",
  storey: "story",
  storeys: "stories",
  draught: "draft",
  cosy: "cozy",
  licence: "license",
  practise: "practice",
  practised: "practiced",
  enrol: "enroll",
  fulfil: "fulfill",
  instal: "install",
  tonne: "ton",
  tonnes: "tons",
  moustache: "mustache",
  cheque: "check",
  cheques: "checks",
});

/** The American spelling of a lower-case word, or the word itself. */
export function americanSpelling(word: string): string {
  const known = WORDS[word];
  if (known) return known;
  if (word.length < 4) return word;
  if (OUR_ROOTS.test(word)) return word.replace("our", "or");
  if (RE_WORDS.test(word)) return word.replace(/re(s?)$/, "er$1");
  if (ENCE.test(word)) return word.replace(ENCE, "$1ense$2");
  if (DOUBLED_L.test(word)) return word.replace("ll", "l");
  const ise = ISE.exec(word);
  if (ise && !NOT_ISE.has(`${ise[1]}${ise[2]}e`))
    return `${ise[1]}${ise[2] === "is" ? "iz" : "yz"}${ise[3]}`;
  return word;
}

/** Words in -ise that are never -ize: left alone so they keep their own stems. */
const NOT_ISE = new Set(
  "advertise advise apprise arise chastise comprise compromise concise demise despise devise disguise enterprise excise exercise expertise franchise improvise incise merchandise premise promise revise supervise surmise surprise televise treatise otherwise likewise clockwise precise paradise".split(
    " ",
  ),
);
