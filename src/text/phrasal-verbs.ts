/**
 * Phrasal verbs of news English whose meaning is not their verb's ("the bank went under", "she
 * stepped down", "troops pulled out"): a verb form and its particle are read as one word, so a
 * question can match them and the lexicons can relate them to one-word verbs ("fail", "resign",
 * "withdraw"). General English only; each line is a verb's forms, then its particles.
 */
const LINES = `go goes going went gone: under
step steps stepping stepped: down up in back
stand stands standing stood: down
pull pulls pulling pulled: out back
drop drops dropping dropped: out
back backs backing backed: out down
call calls calling called: off
carry carries carrying carried: out
shut shuts shutting: down
close closes closing closed: down
break breaks breaking broke broken: out down up off
take takes taking took taken: over off
blow blows blowing blew blown: up out
wipe wipes wiping wiped: out
knock knocks knocking knocked: over out
tip tips tipping tipped: over
fall falls falling fell fallen: over off
turn turns turning turned: down
rule rules ruling ruled: out
give gives giving gave given: up
pass passes passing passed: away
hand hands handing handed: over down
shoot shoots shooting shot: down
cut cuts cutting: off back
lay lays laying laid: off out
crack cracks cracking cracked: down
set sets setting: off up out
put puts putting: out off
bail bails bailing bailed: out
sell sells selling sold: off out
walk walks walking walked: out away
find finds finding found: out
pick picks picking picked: up
wind winds winding wound: down
hit hits hitting: back
yank yanks yanking yanked: out
bow bows bowing bowed: out
send sends sending sent: in
roll rolls rolling rolled: out back
scale scales scaling scaled: back
phase phases phasing phased: out
throw throws throwing threw thrown: out
strike strikes striking struck stricken: down
flare flares flaring flared: up
die dies dying died: down
speak speaks speaking spoke spoken: out
come comes coming came: off
rip rips ripping ripped: off
tear tears tearing tore torn: off
get gets getting got gotten: done`;

/** "went under" → "go-under": every form with its particle, to the base form's compound. */
export const PHRASAL_VERBS: ReadonlyMap<string, string> = new Map(
  LINES.split("\n").flatMap((line) => {
    const [forms = "", particles = ""] = line.split(":");
    const [base = "", ...others] = forms.trim().split(" ");
    return particles
      .trim()
      .split(" ")
      .flatMap((particle) =>
        [base, ...others].map((form): [string, string] => [
          `${form} ${particle}`,
          `${base}-${particle}`,
        ]),
      );
  }),
);

const COMPOUND_WORDS: ReadonlySet<string> = new Set(PHRASAL_VERBS.values());

/** True for a phrasal verb read as one word ("step-down"). */
export function isPhrasalVerb(word: string): boolean {
  return COMPOUND_WORDS.has(word);
}
