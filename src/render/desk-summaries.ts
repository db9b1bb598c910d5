/** One desk as `npm run desks` reports it (the JSON form is public: fields are only added). */
export interface DeskSummary {
  readonly desk: string;
  readonly name: string;
  readonly command: string;
  readonly articles: number;
  readonly passages: number;
  readonly default: boolean;
  readonly channels: readonly string[];
}

/** The desks as text, one a line: command, name, articles and passages, default, channels. */
export function deskSummariesText(desks: readonly DeskSummary[]): string {
  if (desks.length === 0) return "No desks.";
  return desks
    .map((desk) => {
      const parts = [
        `${desk.command}  ${desk.name} (${desk.desk})`,
        `${desk.articles} ${desk.articles === 1 ? "article" : "articles"}, ${desk.passages} ${desk.passages === 1 ? "passage" : "passages"}`,
        ...(desk.default ? ["default desk"] : []),
        ...(desk.channels.length > 0 ? [`channels ${desk.channels.join(", ")}`] : []),
      ];
      return parts.join(" · ");
    })
    .join("\n");
}
