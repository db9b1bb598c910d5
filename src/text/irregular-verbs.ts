/**
 * English verbs whose past forms a stemmer cannot bring back to the verb ("sold" is "sell",
 * "struck" is "strike"): general English only. Each line is the verb, then its past forms.
 */
const VERBS = `arise arose arisen|awake awoke awoken|bear bore borne born|beat beaten|become became|begin began begun|bend bent|bet|bid|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought|broadcast|build built|burn burnt|burst|buy bought|cast|catch caught|choose chose chosen|cling clung|come came|cost|creep crept|cut|deal dealt|dig dug|do did done|draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fling flung|fly flew flown|forbid forbade forbidden|forecast|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grind ground|grow grew grown|hang hung|have had|hear heard|hide hid hidden|hit|hold held|hurt|keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt|leave left|lend lent|let|lie lay lain|light lit|lose lost|make made|mean meant|meet met|mislead misled|overcome overcame|overtake overtook overtaken|overthrow overthrew overthrown|pay paid|prove proven|put|quit|read|rebuild rebuilt|rid|ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see saw seen|seek sought|sell sold|send sent|set|shake shook shaken|shed|shine shone|shoot shot|show shown|shrink shrank shrunk|shut|sing sang sung|sink sank sunk|sit sat|slay slew slain|sleep slept|slide slid|speak spoke spoken|speed sped|spend spent|spin spun|spit spat|split|spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting stung|stink stank stunk|strike struck stricken|strive strove striven|swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|tread trod trodden|undergo underwent undergone|understand understood|undertake undertook undertaken|upset|uphold upheld|wake woke woken|wear wore worn|weep wept|win won|wind wound|withdraw withdrew withdrawn|withhold withheld|withstand withstood|wring wrung|write wrote written`;

const BASE = new Map<string, string>();
for (const line of VERBS.split("|")) {
  const [verb, ...forms] = line.split(" ");
  if (!verb) continue;
  for (const form of forms) if (!BASE.has(form)) BASE.set(form, verb);
}
/** Every past form's verb, those that are words of their own too ("found" is also "find"). */
const EVERY_BASE: ReadonlyMap<string, string> = new Map(BASE);
// Past forms that are also common words of their own keep their own meaning.
for (const word of [
  "found",
  "ground",
  "left",
  "lay",
  "wound",
  "lit",
  "bound",
  "born",
  "felt",
  "saw",
])
  BASE.delete(word);

/** The verb of an irregular past form ("sold" → "sell"), or undefined. */
export function irregularVerbBase(word: string): string | undefined {
  return BASE.get(word);
}

/**
 * The verb a past form may also be, even one that is a common word of its own ("found" may be
 * "find", "left" may be "leave"): for looking a word up in a dictionary, never for matching.
 */
export function possibleVerbBase(word: string): string | undefined {
  return EVERY_BASE.get(word);
}
