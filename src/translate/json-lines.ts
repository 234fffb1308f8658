/**
 * Where each key of a JSON document is: dotted key path → 1-based line and column. A small
 * scanner over the text (strings, objects, arrays), so a translator is sent to the exact line.
 */
export function keyPositions(text: string): Map<string, { line: number; column: number }> {
  const positions = new Map<string, { line: number; column: number }>();
  const path: Array<string | number> = [];
  const kinds: Array<'object' | 'array'> = [];
  let line = 1;
  let lineStart = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          value += text.slice(j, j + 2);
          j += 2;
        } else value += text[j++];
      }
      if (expectKey && kinds[kinds.length - 1] === 'object') {
        let key = value;
        try {
          key = JSON.parse(`"${value}"`) as string;
        } catch {
          // a malformed escape: keep the raw text; JSON.parse reports the error itself
        }
        path[path.length - 1] = key;
        positions.set(path.join('.'), { line, column: i - lineStart + 1 });
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      kinds.push('object');
      path.push('');
      expectKey = true;
    } else if (c === '[') {
      kinds.push('array');
      path.push(0);
    } else if (c === '}' || c === ']') {
      kinds.pop();
      path.pop();
    } else if (c === ',') {
      if (kinds[kinds.length - 1] === 'object') expectKey = true;
      else if (kinds[kinds.length - 1] === 'array') path[path.length - 1] = (path[path.length - 1] as number) + 1;
    }
  }
  return positions;
}

/** Line and column of a JSON.parse error, from its message ("at position 42" or "line 3 column 5"). */
export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
