import { openDeskFolder } from "../src/desk/open-desk-folder.js";
import { loadDesk } from "../src/ingest/load-desk.js";
import { loadQuestions } from "../src/load/load-questions.js";
import { deskReply } from "../src/slack/desk-reply.js";
import { parseDeskCommand } from "../src/commands/desk-command.js";
const desk = await openDeskFolder("seeds", () => {}, { cache: null });
const { articles } = await loadDesk("seeds");
const qs = loadQuestions(articles, 200);
const times: [number, string][] = [];
for (let round = 0; round < 3; round++)
for (const q of qs) {
  const t = performance.now();
  const r = deskReply(desk, parseDeskCommand(q), { command: "/iraq", shareable: true });
  JSON.stringify(r);
  const ms = performance.now() - t;
  if (round === 2) times.push([ms, q]);
}
times.sort((a, b) => b[0] - a[0]);
console.log(times.slice(0, 15).map(([ms, q]) => `${ms.toFixed(1)} ${q}`).join("\n"));
const all = times.map((t) => t[0]);
console.log("mean", (all.reduce((a, b) => a + b) / all.length).toFixed(2));
