/**
 * Words that outlet names are made of, for reading a run-together domain or file name
 * ("southdakotadailynews") as words. General to news sites anywhere: masthead words, little
 * words, compass points, and the names of countries, US states and large regions.
 */

/** Words that end or make a masthead: "Times", "Post", "Daily News". */
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set(
  `news times post herald daily tribune gazette journal courier sentinel press voice voices report
reporter review observer star chronicle ledger examiner record register dispatch bulletin telegraph
mirror express standard guardian independent inquirer today weekly magazine mag radio tv television
online wire digest insider monitor week mail sun globe leader world live network media agency beat
channel broadcasting newspaper newspapers newswire sports sport football soccer weather business
finance markets money tech science politics policy post-gazette enquirer advocate advertiser argus
banner beacon clarion citizen democrat republican eagle free gleaner item messenger mercury pioneer
plain dealer progress reflector statesman telegram transcript union vindicator bee caller commercial
constitution current daily examiner freep herald-tribune hub informer intelligencer ledger-enquirer
nation national new notes online pilot quarterly recorder spectator spokesman sunday tattler update
updates view views watch watchdog wave gazeta zeitung tageblatt quotidien diario correio jornal
stuff aviation travel health report-news center centre outlook focus spotlight signal scoop
service echo courant bugle crier despatch almanac gazzetta kurier tribun`.split(/\s+/),
);

/** Other words that outlet names use, besides masthead words and places. */
const COMMON_WORDS = `the a of and for from in on at by to my our your new old first free civil now
fox plus hub zone desk wire post line spot talk day days night morning evening page pages feed roundup
rights movement property real estate public people city town county state states country global
international capital metro valley coast bay river lake mountain island north south east west
central northern southern eastern western middle upper lower great greater grand big little inside
outside around all every one two three four five six seven eight nine ten action right left
american african asian european arab latin caribbean pacific atlantic gulf royal united free
extra breaking latest top best good true truth daily real fact facts check life style culture
arts entertainment music film movie movies game games gaming story stories times crime law legal
court courts justice energy oil climate earth space planet ocean sea air flight fly airline
airlines auto motor car cars rail road street wall main home house family kids women men youth
student campus college university school education faith church christian catholic jewish muslim
islam islamic gospel hope peace freedom liberty patriot patriots conservative liberal progressive
democracy vote election capitol senate congress federal government gov military defense defence
army navy force forces war security intelligence investigative investigation research institute
foundation forum society club community local region regional rural urban farm farmer harvest
market trade economy economic economist fortune wealth investor investors stock stocks bank
investment investments insight insights pundit brief briefing briefs analyst analysis review
highlands lowlands midlands uplands heartland islands harbor harbour shore shores coastal prairie plains
trader traders shipping maritime port ports cargo freight logistics supply chain industry energy
power green blue red black white gold silver golden diamond crystal light bright sun moon sky
cloud storm wind rain snow fire water stone rock iron steel wood tree forest garden field park
view point line edge hill hills ridge peak summit bridge gate gateway tower castle crown king
queen prince royal empire republic kingdom land lands world planet nation nations blog group`;

/** Countries, US states and large places, one or more words each. */
const PLACE_WORDS = `america usa us uk britain england scotland wales ireland irish canada mexico brazil
argentina chile peru colombia venezuela cuba jamaica haiti france germany italy spain portugal
malta greece turkey cyprus russia ukraine poland sweden norway denmark finland iceland netherlands
belgium switzerland austria hungary romania bulgaria serbia croatia bosnia albania egypt libya
tunisia algeria morocco nigeria ghana kenya ethiopia somalia sudan uganda tanzania rwanda congo
angola zambia zimbabwe botswana namibia africa israel palestine lebanon syria jordan iran
saudi arabia yemen oman qatar kuwait bahrain emirates dubai pakistan india bangladesh nepal
sri lanka afghanistan china japan korea taiwan hong kong vietnam thailand malaysia singapore
indonesia philippines australia zealand fiji asia europe espana italia deutschland
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina
dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington
wisconsin wyoming london paris berlin rome madrid moscow beijing tokyo delhi mumbai sydney toronto
chicago boston detroit atlanta miami houston dallas denver seattle phoenix orleans columbia
columbus memphis nashville austin portland francisco angeles vegas diego antonio baltimore
los las san santa philadelphia pittsburgh cleveland cincinnati milwaukee minneapolis charlotte raleigh richmond
tampa orlando jacksonville honolulu anchorage montreal vancouver ottawa calgary dublin glasgow
manchester liverpool birmingham leeds edinburgh cardiff belfast lagos accra nairobi cairo karachi
lahore dhaka manila jakarta bangkok seoul taipei shanghai melbourne auckland`;

/** Places by name: a name may pair one with a word the reader does not know ("Dhaka Prokash"). */
export const PLACE_NAME_WORDS: ReadonlySet<string> = new Set(
  PLACE_WORDS.split(/\s+/).filter(Boolean),
);

/** Every word the reader of a run-together name knows. */
export const NAME_WORDS: ReadonlySet<string> = new Set([
  ...MASTHEAD_WORDS,
  ...`${COMMON_WORDS} ${PLACE_WORDS}`.split(/\s+/).filter(Boolean),
]);

/** Little words written in lower case inside a name ("Voices from Russia"). */
export const LOWER_CASE_NAME_WORDS: ReadonlySet<string> = new Set(
  "of and for from in on at by to the de del la le du des al el da di".split(" "),
);

/** Broadcasters and networks known by their letters (written in capitals wherever they stand). */
export const LETTER_NAMES: ReadonlySet<string> = new Set(
  `abc nbc cbs cnn bbc npr pbs itv rte cbc ctv sbs nhk kbs rt dw rfi afp ap upi cnbc msnbc espn
hbo wsj nyt ft gh ng za ke uk us usa eu un nz tv fm am hd wion ani pti ians`.split(/\s+/),
);
