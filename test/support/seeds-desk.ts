/** The seeds desk (seeds/iraq): its two articles by their ids (the file names). */
export const REPRINT = "arkansas-democrat-gazette-iraq-attacks";
export const REWRITE = "press-tv-iraq-attacks";
