/**
 * Slack's documented Block Kit limits, checked independently of src/render/blocks/block-limits.ts
 * so that a wrong constant there cannot hide a broken message. Lengths are counted in UTF-16 code
 * units (JavaScript's `length`), which is never fewer than Slack's characters.
 *
 * Sources (docs.slack.dev/reference/…):
 * - block-kit/blocks: up to 50 blocks in a message, 100 in a modal or Home tab.
 * - block-kit/composition-objects/text-object: text 1 to 3000 characters.
 * - block-kit/blocks/section-block: text 3000; fields at most 10, each 2000; block_id 255.
 * - block-kit/blocks/header-block: plain_text at most 150.
 * - block-kit/blocks/context-block: at most 10 elements.
 * - block-kit/blocks/actions-block: at most 25 elements.
 * - block-kit/block-elements/button-element: text (plain_text) 75, action_id 255 (unique in
 *   its block), value 2000, url 3000.
 * - methods/chat.postMessage: Slack truncates a message `text` beyond 40,000 characters.
 */
export const SlackLimits = Object.freeze({
  messageBlocks: 50,
  viewBlocks: 100,
  blockId: 255,
  textObject: 3000,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  messageText: 40_000,
});

export type Surface = "message" | "home";

type Node = Record<string, unknown>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Half an emoji or other astral character: JSON for Slack cannot carry it as UTF-8. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Every way a message breaks Slack's limits, each naming where; empty when it is fine. */
export function messageViolations(message: {
  text: unknown;
  blocks: readonly unknown[];
}): string[] {
  const problems = blockKitViolations(message.blocks, "message");
  const text = message.text;
  if (typeof text !== "string" || text.length === 0) problems.push("text: missing or empty");
  else {
    if (text.length > SlackLimits.messageText)
      problems.push(
        `text: ${text.length} characters, Slack truncates past ${SlackLimits.messageText}`,
      );
    if (LONE_SURROGATE.test(text)) problems.push("text: holds a lone surrogate (not valid UTF-8)");
  }
  return problems;
}

/** Every way a block array breaks Slack's limits for its surface; empty when it is fine. */
export function blockKitViolations(blocks: readonly unknown[], surface: Surface): string[] {
  const problems: string[] = [];
  const max = surface === "message" ? SlackLimits.messageBlocks : SlackLimits.viewBlocks;
  if (blocks.length === 0) problems.push("blocks: none");
  if (blocks.length > max) problems.push(`blocks: ${blocks.length}, limit ${max} in a ${surface}`);
  blocks.forEach((block, i) => {
    checkBlock(block as Node, `blocks[${i}]`, problems);
  });
  return problems;
}

function checkBlock(block: Node, at: string, problems: string[]): void {
  const tooLong = (value: unknown, limit: number, where: string) => {
    if (typeof value === "string" && value.length > limit)
      problems.push(`${where}: ${value.length} characters, limit ${limit}`);
  };
  tooLong(block["block_id"], SlackLimits.blockId, `${at}.block_id`);
  switch (block["type"]) {
    case "divider":
      return;
    case "header":
      checkText(block["text"], `${at}.text`, SlackLimits.headerText, "plain_text", problems);
      return;
    case "section": {
      if (block["text"] !== undefined)
        checkText(block["text"], `${at}.text`, SlackLimits.sectionText, "any", problems);
      const fields = block["fields"];
      if (Array.isArray(fields)) {
        if (fields.length > SlackLimits.sectionFields)
          problems.push(`${at}.fields: ${fields.length}, limit ${SlackLimits.sectionFields}`);
        fields.forEach((field, i) => {
          checkText(field, `${at}.fields[${i}]`, SlackLimits.fieldText, "any", problems);
        });
      } else if (block["text"] === undefined) problems.push(`${at}: neither text nor fields`);
      return;
    }
    case "context": {
      const elements = listOf(block["elements"], `${at}.elements`, problems);
      if (elements.length > SlackLimits.contextElements)
        problems.push(`${at}.elements: ${elements.length}, limit ${SlackLimits.contextElements}`);
      elements.forEach((element, i) => {
        checkText(element, `${at}.elements[${i}]`, SlackLimits.textObject, "any", problems);
      });
      return;
    }
    case "actions": {
      const elements = listOf(block["elements"], `${at}.elements`, problems);
      if (elements.length > SlackLimits.actionsElements)
        problems.push(`${at}.elements: ${elements.length}, limit ${SlackLimits.actionsElements}`);
      const ids = new Set<unknown>();
      elements.forEach((element, i) => {
        const where = `${at}.elements[${i}]`;
        if (element["type"] !== "button")
          problems.push(`${where}: unchecked type ${element["type"]}`);
        checkText(element["text"], `${where}.text`, SlackLimits.buttonText, "plain_text", problems);
        tooLong(element["action_id"], SlackLimits.actionId, `${where}.action_id`);
        tooLong(element["value"], SlackLimits.buttonValue, `${where}.value`);
        tooLong(element["url"], SlackLimits.buttonUrl, `${where}.url`);
        if (ids.has(element["action_id"]))
          problems.push(`${where}.action_id: not unique in its block`);
        ids.add(element["action_id"]);
      });
      return;
    }
    default:
      problems.push(`${at}: unchecked block type ${String(block["type"])}`);
  }
}

function checkText(
  value: unknown,
  at: string,
  limit: number,
  kind: "plain_text" | "any",
  problems: string[],
): void {
  const object = value as Node | undefined;
  const type = object?.["type"];
  const text = object?.["text"];
  if (type !== "plain_text" && (kind === "plain_text" || type !== "mrkdwn")) {
    problems.push(`${at}: text object of type ${String(type)}`);
  }
  if (typeof text !== "string" || text.length === 0) {
    problems.push(`${at}.text: missing or empty (Slack needs at least 1 character)`);
    return;
  }
  const max = Math.min(limit, SlackLimits.textObject);
  if (text.length > max) problems.push(`${at}.text: ${text.length} characters, limit ${max}`);
  if (LONE_SURROGATE.test(text))
    problems.push(`${at}.text: holds a lone surrogate (not valid UTF-8)`);
}

function listOf(value: unknown, at: string, problems: string[]): Node[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${at}: missing or empty`);
    return [];
  }
  return value as Node[];
}
