/**
 * General English lexicons for attribution: the verbs that put a claim down to someone, and the
 * nouns a newsroom uses for people, institutions and outlets it does not name.
 */

/** Verb forms that attribute a claim to the subject ("officials said", "said an aide"). */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(
  [
    "say says said",
    "tell tells told",
    "report reports reported",
    "claim claims claimed",
    "allege alleges alleged",
    "note notes noted",
    "add adds added",
    "state stated",
    "write writes wrote",
    "describe describes described",
    "announce announces announced",
    "confirm confirms confirmed",
    "deny denies denied",
    "insist insists insisted",
    "warn warns warned",
    "argue argues argued",
    "explain explains explained",
    "acknowledge acknowledges acknowledged",
    "assert asserts asserted",
    "emphasize emphasizes emphasized emphasise emphasises emphasised",
    "stress stresses stressed",
    "underline underlines underlined",
    "call calls called",
    "accuse accuses accused",
    "blame blames blamed",
    "threaten threatens threatened",
    "vow vows vowed",
    "testify testifies testified",
    "tweet tweets tweeted",
    "estimate estimates estimated",
    "suggest suggests suggested",
    "indicate indicates indicated",
    "reveal reveals revealed",
    "unveil unveils unveiled",
    "concede concedes conceded",
    "admit admits admitted",
    "maintain maintains maintained",
    "contend contends contended",
    "observe observes observed",
    "predict predicts predicted",
    "disclose discloses disclosed",
    "attribute attributes attributed",
    "cite cites cited",
    "quote quotes quoted",
    "charge charges charged",
    "recall recalls recalled",
    "condemn condemns condemned",
    "criticize criticizes criticized criticise criticises criticised",
    "praise praises praised",
    "welcome welcomes welcomed",
    "urge urges urged",
    "demand demands demanded",
    "dispute disputes disputed",
    "reject rejects rejected",
    "dismiss dismisses dismissed",
    "hail hails hailed",
    "reiterate reiterates reiterated",
    "promise promises promised",
    "pledge pledges pledged",
    "assure assures assured",
    "respond responds responded",
    "reply replies replied",
    "ask asks asked",
    "caution cautions cautioned",
    "declare declares declared",
    "conclude concludes concluded",
    "post posts posted",
    "publish publishes published",
    "broadcast broadcasts",
    "rule rules ruled",
    "decry decries decried",
    "deplore deplores deplored",
    "lament laments lamented",
    "believe believes believed",
    "remark remarks remarked",
    "comment comments commented",
    "complain complains complained",
    "boast boasts boasted",
    "speculate speculates speculated",
    "recount recounts recounted",
    "mention mentions mentioned",
    "counter counters countered",
    "retort retorts retorted",
    "quip quips quipped",
    "hint hints hinted",
    "signal signals signaled signalled",
    "inform informs informed",
    "forecast forecasts forecasted",
    "brief briefs briefed",
  ].flatMap((forms) => forms.split(" ")),
);

/** Verbs a source may follow after a quotation: "…," said the minister. (Not "told", "called".) */
export const INVERTED_VERBS: ReadonlySet<string> = new Set(
  (
    "said says added adds wrote writes explained explains noted notes asked asks continued " +
    "insisted insists recalled recalls warned warns stressed argued replied replies " +
    "concluded declared announced observed admitted conceded tweeted posted cautioned " +
    "confirmed acknowledged remarked commented quipped countered retorted complained " +
    "boasted continues"
  ).split(" "),
);

/** Participles that introduce the source after them: "citing officials", "quoting a diplomat". */
export const SOURCE_AFTER_PARTICIPLES: ReadonlySet<string> = new Set(["citing", "quoting"]);

/** Participles that carry on the clause's own source: "…, alleging that …", "…, adding that …". */
export const CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set([
  "saying",
  "alleging",
  "claiming",
  "noting",
  "adding",
  "arguing",
  "insisting",
  "warning",
  "stressing",
  "emphasizing",
  "emphasising",
  "explaining",
  "accusing",
  "blaming",
  "asserting",
  "suggesting",
  "denying",
  "calling",
  "condemning",
  "urging",
  "vowing",
  "threatening",
  "promising",
  "describing",
]);

/** Verbs followed by "out" that attribute: "the report points out". */
export const PHRASAL_ATTRIBUTION: ReadonlySet<string> = new Set([
  "point",
  "points",
  "pointed",
  "lay",
  "lays",
  "laid",
]);

/** Words that may stand between a source and its verb: "officials also said", "it has reported". */
export const BETWEEN_SOURCE_AND_VERB: ReadonlySet<string> = new Set([
  "also",
  "further",
  "then",
  "later",
  "previously",
  "repeatedly",
  "again",
  "earlier",
  "recently",
  "publicly",
  "privately",
  "separately",
  "however",
  "still",
  "already",
  "has",
  "have",
  "had",
  "would",
  "will",
  "may",
  "might",
  "could",
  "once",
  "first",
  "last",
  "initially",
  "subsequently",
  "since",
  "flatly",
  "explicitly",
]);

/** Unnamed people a newsroom quotes: "a senior official", "two people familiar with …". */
/**
 * People who speak for no one but themselves: an unnamed one of them is a person, not an
 * official ("one fan told", "a neighbour said", "his lawyers argued").
 */
export const PRIVATE_PEOPLE: ReadonlySet<string> = new Set(
  (
    "fan fans resident residents witness witnesses neighbor neighbors neighbour neighbours " +
    "friend friends relative relatives survivor survivors victim victims voter voters " +
    "customer customers user users parent parents student students farmer farmers protester " +
    "protesters demonstrator demonstrators passenger passengers shopper shoppers owner owners " +
    "lawyer lawyers attorney attorneys supporter supporters critic critics mother father son " +
    "daughter wife husband brother sister family cousin bystander bystanders onlooker onlookers " +
    "motorist motorists driver drivers patient patients"
  ).split(" "),
);

export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    "official spokesman spokeswoman spokesperson spokespeople source aide adviser advisor regulator " +
    "diplomat officer commander analyst expert lawmaker legislator senator witness resident " +
    "individual person people insider investigator prosecutor researcher activist member " +
    "representative envoy negotiator minister ambassador secretary director chief leader head " +
    "staffer employee worker doctor colleague friend relative neighbor neighbour observer " +
    "critic supporter opponent survivor victim scholar professor economist strategist " +
    "consultant lawyer attorney executive manager president governor mayor general engineer " +
    "administrator superintendent treasurer clerk auditor judge justice captain colonel " +
    "inspector scientist teacher student farmer soldier pilot journalist physician nurse " +
    "official's officials' commentator historian economist author owner founder chairman " +
    "chairwoman chair councilman councilwoman councillor commissioner sheriff detective " +
    "trooper firefighter paramedic coach player fan parent voter customer user troop " +
    "fighter militant rebel gunman insurgent protester demonstrator rival challenger candidate " +
    "incumbent nominee contender defendant plaintiff suspect accused host anchor presenter pundit " +
    "medic rescuer responder crew passenger"
  ).split(" "),
);

/** Institutions: "the ministry", "the army", "the administration". */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  (
    "government ministry department army military police embassy administration agency office " +
    "council committee court group party company organization organisation coalition alliance " +
    "command authority authorities parliament congress senate campaign union commission board " +
    "bureau force forces service institute foundation movement regime cabinet presidency " +
    "prosecutors team federation association firm bank university hospital statement " +
    // company names end so: "Entergy Corp", "Acme Inc.", "Northwind Ltd"
    "corp corporation inc incorporated llc ltd limited plc co holdings airline airlines " +
    "utility utilities center centre network website guard college school academy " +
    // a body's part: "the Texas division of the union", "the union's local chapter"
    "division branch chapter"
  ).split(" "),
);

/** Outlets and their reports: "the daily", "the paper", "a report". */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(
  (
    "daily newspaper paper report reports outlet broadcaster network magazine website site " +
    "channel station tabloid weekly publication wire newsletter article story journal " +
    "newsroom editorial columnist correspondent reporter media"
  ).split(" "),
);

/** Words that end an outlet's name in English: "the … Post", "the … Times". */
export const OUTLET_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "post times journal news herald tribune gazette telegraph guardian press agency tv radio " +
    "chronicle daily express mail observer review independent standard examiner inquirer " +
    "monitor wire bulletin record courier dispatch star sun globe register television"
  ).split(" "),
);

/** Phrases that say a source is not named: "speaking on the condition of anonymity". */
export const ANONYMITY =
  /^[\s\S]{0,120}?\b(?:(?:(?:who|that)\s+)?(?:spoke|speaking|spoken|talked|talking)\b[^.;]{0,40}?\bon\s+(?:the\s+)?(?:condition|grounds)\s+of\s+anonymity|(?:who|that)\s+(?:asked|requested|declined|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)(?:\s+(?:publicly|on\s+the\s+record))?|(?:speaking|talking)\s+anonymously|on\s+background)\b/i;

/** Third-person pronouns a newsroom uses for a source just mentioned. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she"]);
