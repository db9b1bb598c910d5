import { createHash } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Where the deploy keeps the refresh token of the app configuration token between runs. Each
 * tooling.tokens.rotate issues a new refresh token and the used one may stop working, so the new
 * one is written (owner-only, mode 0600, in a 0700 folder git ignores) before it is ever used.
 *
 * Beside it, in an owner-only JSON file: the Slack API it belongs to (a refresh token issued by
 * one Slack, say slack.com, is never sent to another SLACK_API_URL), and the SHA-256 fingerprints
 * of refresh tokens already used, so that a stale SLACK_CONFIG_REFRESH_TOKEN left in .env is
 * recognised while a new one pasted there wins.
 */
export const TOKEN_STATE_DIR = ".story-desk";
export const REFRESH_TOKEN_FILE = "config-refresh-token";
const STATE_FILE = "config-refresh-token.json";
const MAX_FINGERPRINTS = 50;

interface TokenState {
  readonly api?: string;
  readonly used?: readonly string[];
}

export class ConfigTokenStore {
  constructor(private readonly stateDir: string) {}

  /** The store of a project folder: `<folder>/.story-desk/`. */
  static inProject(projectDir: string): ConfigTokenStore {
    return new ConfigTokenStore(join(projectDir, TOKEN_STATE_DIR));
  }

  get refreshTokenPath(): string {
    return join(this.stateDir, REFRESH_TOKEN_FILE);
  }

  /** The stored refresh token, when there is one and it was issued by the Slack at `apiUrl`. */
  async storedRefreshToken(apiUrl: string): Promise<string | undefined> {
    const token = (await readOptional(this.refreshTokenPath))?.trim();
    if (token === undefined || token === "") return undefined;
    const state = await this.state();
    return state.api === undefined || state.api === apiUrl ? token : undefined;
  }

  /** Whether this refresh token was already exchanged by an earlier run. */
  async wasUsed(refreshToken: string): Promise<boolean> {
    return ((await this.state()).used ?? []).includes(fingerprint(refreshToken));
  }

  /** Keeps the new refresh token first, then remembers the one it replaced as used. */
  async saveRotation(
    apiUrl: string,
    usedRefreshToken: string,
    newRefreshToken: string,
  ): Promise<void> {
    await mkdir(this.stateDir, { recursive: true, mode: 0o700 });
    await writePrivate(this.refreshTokenPath, `${newRefreshToken}\n`);
    const used = [...((await this.state()).used ?? []), fingerprint(usedRefreshToken)];
    const state: TokenState = { api: apiUrl, used: used.slice(-MAX_FINGERPRINTS) };
    await writePrivate(join(this.stateDir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
  }

  private async state(): Promise<TokenState> {
    const text = await readOptional(join(this.stateDir, STATE_FILE));
    if (text === undefined) return {};
    try {
      const parsed = JSON.parse(text) as TokenState;
      return parsed !== null && typeof parsed === "object" ? parsed : {};
    } catch {
      return {};
    }
  }
}

function fingerprint(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Writes a file only its owner can read, atomically: a temporary file, then a rename. */
async function writePrivate(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
}
