import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll, generateCatalog, ROOT } from '../scripts/generate';

describe('generated files are up to date (run `npm run generate`)', () => {
  for (const [path, content] of generateAll()) {
    it(path, () => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
    });
  }

  it('docs/catalog (every template in every locale and register)', async () => {
    const files = await generateCatalog();
    expect(files.size).toBeGreaterThan(10);
    for (const [path, content] of files) expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(content);
  });
});
