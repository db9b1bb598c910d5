/**
 * Question words that name the measure asked for ("what share of the vote", "how much did it
 * cost", "how old is she"): a passage answers them with a figure in that measure ("58 per cent",
 * "$10 billion", "44-year-old") rather than with the word itself. General English.
 */
import type { NumberUnit } from "./question-analysis.js";

/** The question words that name each measure. */
const UNIT_WORDS: Readonly<Partial<Record<NumberUnit, RegExp>>> = {
  share: /^(?:share|shares|percentage|percentages|proportion|percent)$/,
  money:
    /^(?:cost|costs|price|prices|priced|worth|fee|fees|value|valuation|money|funds|funding|cash)$/,
  age: /^(?:old|age|aged)$/,
  duration: /^(?:long|duration)$/,
  distance: /^(?:far|close|near|distance|away)$/,
  height: /^(?:deep|depth|high|height|tall)$/,
  phone: /^(?:phone|telephone|hotline|helpline|number|call|dial|ring)$/,
  size: /^(?:big|bigger|large|larger|size|sized|heavy|weight|weigh|weighs|wide|width|long|length)$/,
  weight: /^(?:heavy|weight|weigh|weighs|weighed)$/,
  clock: /^(?:time|hour)$/,
  calendar: /^(?:date|day|year|month)$/,
};

/** A length in digits or words, then what says it is a depth or a height ("two miles below"). */
const DEPTH_OR_HEIGHT =
  /\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s?(?:(?:million|billion|thousand|hundred)\s)?(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|yards?|feet|foot|ft)\s(?:\w+\s){0,2}?(?:below|beneath|under|underwater|deep|down|high|tall|above|up)\b|\b(?:depth|height|altitude) of (?:about |some |nearly |more than )?\d/i;

/**
 * A height reached or flown at: "climbed to 16,000 feet", "at around 16,000 feet", "as high as
 * 300 metres", "an altitude of 9 km".
 */
const ALTITUDE =
  /\b(?:to|at|as high as|reached|reaching|altitude of|height of) (?:an altitude of |a height of )?(?:about |around |some |nearly |roughly |more than |over |almost )?\d[\d.,]*\s?(?:feet|foot|ft|met(?:re|er)s?|km|kilomet(?:re|er)s?|miles?)\b/;

/** A length, a weight or an area, in digits ("610-foot", "40,000 tonnes", "120 square miles"). */
const SIZE =
  /\d[\d.,]*[\s-]?(?:(?:million|billion|thousand)\s)?(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|yards?|feet|foot|ft|inch(?:es)?|tons?|tonnes?|tonnage|kg|kilo(?:gram)?s?|pounds|lbs?|acres?|hectares?|square)\b|\b(?:gross|dead ?weight) ton/i;

/** A weight, in digits ("1,200-pound", "40,000 tonnes", "570 kg"). */
const WEIGHT =
  /\d[\d.,]*[\s-]?(?:(?:million|billion|thousand)\s)?(?:tons?|tonnes?|kg|kilo(?:gram)?s?|pounds?|lbs?|grams?|ounces?)\b|\b(?:half|quarter) (?:a )?ton\b/i;

const MONTH =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";

/** A time of day: "11:11 pm", "at 4 a.m.", "04:09 UTC", "noon". */
const CLOCK =
  /\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.?m\b|p\.?m\b)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|midday)\b|\b\d{4}\s?(?:GMT|UTC)\b/i;

/** A date: "March 26", "26 March", "on Tuesday", "in 1977". */
const CALENDAR = new RegExp(
  `\\b${MONTH}\\.? \\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\\b|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\b(?:1[89]|20)\\d{2}\\b`,
  "i",
);

/** How a passage states a figure in each measure. */
const STATED: Readonly<Partial<Record<NumberUnit, RegExp>>> = {
  share: /\d\s?%|\d\s?(?:per ?cent|percent)\b|\bpercentage points?\b/i,
  money:
    /[$£€¥]\s?\d|\d\s?(?:dollars|pounds|euros|yen|yuan|rupees)\b|\b(?:US|A|C|NZ|HK)\$\s?\d|\d\s?(?:USD|EUR|GBP)\b/i,
  age: /\b\d{1,3}-year-old\b|\baged \d{1,3}\b|\b\d{1,3} years old\b|, \d{1,3},/i,
  distance:
    /\d[\d.,]*\s?(?:(?:million|billion|thousand)\s)?(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|yards?|feet|foot|light-years?)\b|\b(?:millions?|billions?|thousands?|hundreds?) of (?:miles|kilomet(?:re|er)s|light-years)\b/i,
  height: new RegExp(`${DEPTH_OR_HEIGHT.source}|${ALTITUDE.source}`, "i"),
  phone:
    /(?:^|[^\d-])(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\d-])|\b0\d{2,4} \d{3,4} \d{3,4}\b/,
  size: SIZE,
  weight: WEIGHT,
  clock: CLOCK,
  calendar: CALENDAR,
  duration:
    /\b(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|multiple|numerous|few|many|a few|more than \w+)[\s-](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|\bfor (?:seconds|minutes|hours|days|weeks|months|years|decades)\b|\bsince\b[^.;]{0,60}?\b(?:1[89]|20)\d{2}\b/i,
};

/** Whether a question word names the measure the question asks in (a number's unit). */
export function isUnitWord(unit: NumberUnit | null, word: string): boolean {
  if (unit === null) return false;
  return UNIT_WORDS[unit]?.test(word) ?? false;
}

/** Whether a passage states a figure in the measure. */
export function statesUnit(unit: NumberUnit | null, text: string): boolean {
  if (unit === null) return false;
  return STATED[unit]?.test(text) ?? false;
}

/** A count in digits or words ("52", "six", "dozens", "thousands"). */
const COUNT =
  /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|scores|hundreds|thousands|millions)\b/i;

/**
 * Whether a passage states a count: what answers "how many people…" worded without the
 * general noun ("31 arrests", "six were rescued").
 */
export function statesCount(text: string): boolean {
  return COUNT.test(text);
}

/**
 * Whether a passage states when something happened, for a question asking "when" (a date or a
 * time of day) or "what time" (a time of day), or for how long (`unit` "duration": "for six
 * weeks", "after 44 days").
 */
export function statesWhen(
  answerType: string,
  text: string,
  unit: NumberUnit | null = null,
): boolean {
  if (unit === "duration") return statesUnit(unit, text);
  if (answerType === "time") return CLOCK.test(text);
  if (answerType === "date") return CALENDAR.test(text) || CLOCK.test(text);
  return false;
}
