/**
 * Companies that own many newspapers, stations or sites. A page's copyright line often names its
 * owner ("Copyright 2024 Harbor Media Group, Inc.") rather than the paper or station itself: such
 * an owner is no outlet's name. General data about the news business, never one story's.
 */
import { MASTHEAD_WORDS } from "./masthead-words.js";
import { nameKey } from "./outlet-names.js";

/** Owners that publish or broadcast under many outlets' names (local stations, papers, sites). */
const GROUPS: readonly string[] = Object.freeze([
  // local television and radio
  "E.W. Scripps",
  "Scripps Media",
  "Nexstar Media",
  "Gray Local Media",
  "Gray Media Group",
  "Gray Television",
  "Sinclair Broadcast Group",
  "Tegna",
  "Hearst Television",
  "Cox Media Group",
  "Graham Media Group",
  "Allen Media Group",
  "Quincy Media",
  "Morgan Murphy Media",
  "Griffin Media",
  "Hubbard Broadcasting",
  "Bonneville International",
  "iHeartMedia",
  "Audacy",
  "Cumulus Media",
  "Townsquare Media",
  "Saga Communications",
  "Fox Television Stations",
  // newspaper chains
  "Gannett",
  "Lee Enterprises",
  "McClatchy",
  "Advance Local Media",
  "Hearst Communications",
  "Hearst Newspapers",
  "Tribune Publishing",
  "MediaNews Group",
  "CherryRoad Media",
  "Adams Publishing Group",
  "Paxton Media Group",
  "Ogden Newspapers",
  "CNHI",
  "Carpenter Media Group",
  "Boone Newspapers",
  "Champion Media",
  "Block Communications",
  "Postmedia Network",
  "Reach plc",
  "Newsquest Media Group",
  "Associated Newspapers",
  "DMG Media",
  "News Corp",
  "Dow Jones & Company",
  "Nine Entertainment",
  "Seven West Media",
  "Mediahuis",
  "Axel Springer",
  // magazine and web publishers
  "Hearst Magazine Media",
  "Dotdash Meredith",
  "Meredith Corporation",
  "Condé Nast",
  "Vox Media",
  "Future plc",
  "Future US",
  "Ziff Davis",
  "Penske Media",
  "Bustle Digital Group",
  "Valnet",
  "Static Media",
  "The Arena Group",
]);

/** Words a company's name closes on that say only that it is a company. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(
  `media group company co corporation corp holdings publishing publications communications
  enterprises broadcast broadcasting television local newspapers magazine magazines digital plc
  ltd limited inc llc stations network networks industries international`.split(/\s+/),
);

/** A name without the company words closing it ("Harbor Media Group, Inc." → "harbor"). */
function coreKey(name: string): string {
  const words = name
    .replace(/^the\s+/i, "")
    .split(/[\s,]+/)
    .map((word) => nameKey(word))
    .filter((word) => word !== "");
  while (words.length > 1 && COMPANY_WORDS.has(words[words.length - 1] ?? "")) words.pop();
  return words.join("");
}

/** Each group's key: its core, unless the core is a word any outlet's name may be ("News" of "News Corp"). */
const GROUP_KEYS: ReadonlySet<string> = new Set(
  GROUPS.map((group) => {
    const core = coreKey(group);
    return core.length < 4 || MASTHEAD_WORDS.has(core) ? nameKey(group) : core;
  }),
);

/** Whether a copyright owner's name is that of a company owning many outlets, not an outlet's. */
export function isMediaGroup(name: string): boolean {
  return GROUP_KEYS.has(coreKey(name)) || GROUP_KEYS.has(nameKey(name.replace(/^the\s+/i, "")));
}
