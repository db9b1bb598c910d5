import { config as loadDotenv } from "dotenv";

export interface AppConfig {
  readonly seedsDir: string;
  /** The slash command the desk answers, as shown in help texts. */
  readonly command: string;
}

/** Reads configuration once: `.env` first (never overriding the environment), then the environment. */
export function readConfig(env: NodeJS.ProcessEnv): AppConfig {
  loadDotenv({ quiet: true });
  return {
    seedsDir: env["SEEDS_DIR"] ?? "seeds",
    command: env["STORY_DESK_COMMAND"] ?? "/iraq",
  };
}
