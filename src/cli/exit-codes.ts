/**
 * The exit codes of the `tactful` command: the one place they are defined. Scripts and CI read
 * them, so each keeps its meaning across releases.
 *
 * | code | name | when |
 * | --- | --- | --- |
 * | 0 | `ok` | the command did its work and found nothing that fails it |
 * | 1 | `failed` | it found what it looks for (a lint error, a locale error, a score under `--min-score`, no template matched) or the library refused the input (a `TactfulError`) |
 * | 2 | `usage` | it was called wrongly: an unknown command or option, a bad value, a missing file |
 * | 70 | `internal` | a bug in tactful (EX_SOFTWARE in BSD's sysexits.h) |
 */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, internal: 70 } as const);

/** One of the exit codes in {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** `failed` when the command found something that fails it, else `ok`. */
export function exitWhen(failed: boolean): ExitCode {
  return failed ? EXIT.failed : EXIT.ok;
}
