/**
 * Lines gathered into texts of at most `max` characters each, in order, a line never split (a
 * line longer than `max` is a text of its own, for the block to clip).
 */
export function packLines(lines: readonly string[], max: number): string[] {
  const texts: string[] = [];
  let text = "";
  for (const line of lines) {
    if (text !== "" && text.length + 1 + line.length > max) {
      texts.push(text);
      text = line;
    } else {
      text = text === "" ? line : `${text}\n${line}`;
    }
  }
  if (text !== "") texts.push(text);
  return texts;
}
