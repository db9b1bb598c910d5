import { createHash } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Where the deploy keeps the refresh token of the app configuration token between runs. Each
 * tooling.tokens.rotate issues a new refresh token and the used one may stop working, so the new
 * one is written (owner-only, mode 0600, in a 0700 folder git ignores) before it is ever used.
 * Beside it, the SHA-256 fingerprints of refresh tokens already used, so that a stale
 * SLACK_CONFIG_REFRESH_TOKEN left in .env is recognised, while a new one pasted there wins.
 */
export const TOKEN_STATE_DIR = ".story-desk";
export const REFRESH_TOKEN_FILE = "config-refresh-token";
const USED_FINGERPRINTS_FILE = "config-refresh-token.used";
const MAX_FINGERPRINTS = 50;

export class ConfigTokenStore {
  constructor(private readonly stateDir: string) {}

  /** The store of a project folder: `<folder>/.story-desk/`. */
  static inProject(projectDir: string): ConfigTokenStore {
    return new ConfigTokenStore(join(projectDir, TOKEN_STATE_DIR));
  }

  get refreshTokenPath(): string {
    return join(this.stateDir, REFRESH_TOKEN_FILE);
  }

  /** The stored refresh token, or undefined when there is none. */
  async storedRefreshToken(): Promise<string | undefined> {
    const text = await readOptional(this.refreshTokenPath);
    const token = text?.trim();
    return token === undefined || token === "" ? undefined : token;
  }

  /** Whether this refresh token was already exchanged by an earlier run. */
  async wasUsed(refreshToken: string): Promise<boolean> {
    const text = await readOptional(join(this.stateDir, USED_FINGERPRINTS_FILE));
    return (text ?? "").split("\n").includes(fingerprint(refreshToken));
  }

  /** Keeps the new refresh token, and remembers the one it replaced as used. */
  async saveRotation(usedRefreshToken: string, newRefreshToken: string): Promise<void> {
    await mkdir(this.stateDir, { recursive: true, mode: 0o700 });
    await writePrivate(this.refreshTokenPath, `${newRefreshToken}\n`);
    const usedPath = join(this.stateDir, USED_FINGERPRINTS_FILE);
    const used = ((await readOptional(usedPath)) ?? "").split("\n").filter(Boolean);
    used.push(fingerprint(usedRefreshToken));
    await writePrivate(usedPath, `${used.slice(-MAX_FINGERPRINTS).join("\n")}\n`);
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
