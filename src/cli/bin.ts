import { EXIT } from './exit-codes';
import { endQuietlyWhenReaderLeaves } from './io';
import { runCli } from './main';

// The `tactful` executable. Kept apart from main.ts so importing the CLI in tests runs nothing.
endQuietlyWhenReaderLeaves();
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tactful: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
