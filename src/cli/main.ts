// Entry for `npm run -s cli -- <command> …`: headless use of the engine and layout.
import { readFileSync, writeFileSync } from 'node:fs';
import { CliUsageError, type CliCommand, type CliIO } from './io.ts';
import { COMMANDS } from './commands/index.ts';

const io: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, c) => writeFileSync(p, c),
};

export async function runCli(argv: string[], cliIo: CliIO = io): Promise<number> {
  const [name, ...rest] = argv;
  const names = Object.keys(COMMANDS).join(', ');
  if (!name || name === '--help' || name === '-h') {
    cliIo.stdout(`usage: imprint-lab <command> [options]\ncommands: ${names}\n`);
    return name ? 0 : 2;
  }
  const command: CliCommand | undefined = COMMANDS[name];
  if (!command) {
    cliIo.stderr(`error: unknown command "${name}" (commands: ${names})\n`);
    return 2;
  }
  try {
    return await command(rest, cliIo);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    cliIo.stderr(`error: ${message}\n`);
    return err instanceof CliUsageError ? 2 : 1;
  }
}

if (process.argv[1] && /main\.ts$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
