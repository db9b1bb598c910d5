/** Words that carry no subject of their own in a reporter's question: general English only. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
  each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
  herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more
  most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same
  shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them
  themselves then there there's these they they'd they'll they're they've this those through to too under
  until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which
  while who who's whom why why's will with won't would wouldn't you you'd you'll you're you've your yours
  yourself yourselves also just now get got tell told say said says saying ask asked know known
  please show give find quote quotes mention mentioned mentions according anything something everything
  thing things happen happened happening kind sort much many one ones way really actually exactly
  does do done make made us-pronoun whose yet still ever even else eg ie etc`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that say what kind of answer is wanted; they shape ranking, never matching. */
export type QuestionIntent = "who" | "when" | "where" | "why" | "quantity" | "none";

export function questionIntent(question: string): QuestionIntent {
  const text = question.toLowerCase();
  if (/\bhow (?:many|much)\b|\bnumber of\b|\bhow large\b|\bhow big\b/.test(text)) return "quantity";
  if (
    /\b(?:who|whom|whose)\b|\bwhich (?:group|country|official|person|people|side|outlet|company|team|party)\b/.test(
      text,
    )
  ) {
    return "who";
  }
  if (/\bwhen\b|\bwhat (?:date|day|time|year|month)\b/.test(text)) return "when";
  if (/\bwhere\b/.test(text)) return "where";
  if (/\bwhy\b|\bwhat (?:caused|prompted|led to)\b|\breason\b/.test(text)) return "why";
  return "none";
}
