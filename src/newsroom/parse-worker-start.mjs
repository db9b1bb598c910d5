// A parsing thread's entry (see parse-in-workers.ts): threads do not inherit the process's tsx
// loader, so this plain module registers it, then loads the thread's TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
