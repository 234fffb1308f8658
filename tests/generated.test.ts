import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll, ROOT } from '../scripts/generate';

describe('generated files are up to date (run `npm run generate`)', () => {
  for (const [path, content] of generateAll()) {
    it(path, () => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
    });
  }
});
