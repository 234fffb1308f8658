import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const { scripts } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/**
 * Issue #19: `npm run demo` printed tsup's build log (two screens) before the demo. Running the
 * build here would delete dist/ under the tests that read it, so this checks the wiring instead:
 * npm appends the arguments after `--` to the build script, whose last command is tsup, and
 * `tsup --silent` drops its progress lines but still prints errors.
 */
describe('npm run demo', () => {
  it('builds quietly: --silent reaches tsup, which ends the build script', () => {
    const [build, ...rest] = scripts.demo!.split(' && ');
    expect(build).toBe('npm run build --silent -- --silent');
    expect(rest).toEqual(['node scripts/demo.mjs']);
    expect(scripts.build).toMatch(/&& tsup$/);
  });
});
