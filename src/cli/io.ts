// What a CLI command may touch: arguments in, text out, files through these functions.
// Commands get it injected so tests run them in-process without spawning Node.
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
  writeFile: (path: string, content: string | Uint8Array) => void;
}

export type CliCommand = (args: string[], io: CliIO) => Promise<number> | number;

/** A one-line error naming the bad argument, with a non-zero exit code. */
export class CliUsageError extends Error {}
