/**
 * A reader of pykwalify schemas, for the rules Rasa's domain schema uses (type, mapping with
 * `regex;(…)` keys, sequence with `matching: any`, required, allowempty, nullable, range,
 * `include` of a `schema;name`), so the exported Rasa domain is checked against Rasa's own schema.
 * Returns the problems as "path: what" strings; none means valid.
 */
type Rule = Record<string, unknown>;

export function validateKwalify(data: unknown, schema: Rule, partials: Record<string, Rule>, funcs: Record<string, (value: unknown, path: string) => string[]> = {}): string[] {
  const problems: string[] = [];
  const check = (value: unknown, rule: Rule, path: string): void => {
    if (typeof rule.include === 'string') {
      const included = partials[rule.include];
      if (!included) throw new Error(`schema;${rule.include} is not known`);
      return check(value, included, path);
    }
    if (value === null || value === undefined) {
      if (rule.nullable === false) problems.push(`${path}: must not be null`);
      return;
    }
    const type = (rule.type as string | undefined) ?? (rule.mapping ? 'map' : rule.sequence || rule.seq ? 'seq' : 'str');
    const ok =
      type === 'any' ||
      (type === 'map' && typeof value === 'object' && !Array.isArray(value)) ||
      (type === 'seq' && Array.isArray(value)) ||
      (type === 'str' && typeof value === 'string') ||
      (type === 'bool' && typeof value === 'boolean') ||
      (type === 'number' && typeof value === 'number');
    if (!ok) {
      problems.push(`${path}: expected ${type}, received ${Array.isArray(value) ? 'seq' : typeof value}`);
      return;
    }
    if (typeof rule.func === 'string') {
      const func = funcs[rule.func];
      if (!func) throw new Error(`func ${rule.func} is not known`);
      problems.push(...func(value, path));
    }
    if (type === 'number' && rule.range) {
      const { min, max } = rule.range as { min?: number; max?: number };
      if ((min !== undefined && (value as number) < min) || (max !== undefined && (value as number) > max)) problems.push(`${path}: out of range`);
    }
    if (type === 'map' && rule.mapping) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0 && rule.allowempty !== true && Object.keys(rule.mapping).length > 0) {
        // pykwalify only checks required keys on an empty map.
      }
      const mapping = rule.mapping as Record<string, Rule>;
      for (const [key, sub] of Object.entries(mapping)) {
        if (key.startsWith('regex;')) continue;
        if (sub.required === true && !(key in (value as object))) problems.push(`${path}.${key}: required`);
      }
      for (const [key, item] of entries) {
        if (Object.hasOwn(mapping, key)) check(item, mapping[key]!, `${path}.${key}`);
        else {
          const regex = Object.keys(mapping).find((k) => k.startsWith('regex;') && new RegExp(k.slice('regex;'.length)).test(key));
          if (regex) check(item, mapping[regex]!, `${path}.${key}`);
          else if (rule.allowempty !== true) problems.push(`${path}.${key}: key not allowed`);
        }
      }
    }
    if (type === 'seq') {
      const items = (rule.sequence ?? rule.seq) as Rule[] | undefined;
      if (!items) return;
      if (rule.allowempty === false && (value as unknown[]).length === 0) problems.push(`${path}: must not be empty`);
      (value as unknown[]).forEach((item, index) => {
        if (items.length === 1) return check(item, items[0]!, `${path}[${index}]`);
        // matching: any — one of the alternatives must fit.
        const fits = items.some((alternative) => {
          const before = problems.length;
          check(item, alternative, `${path}[${index}]`);
          const fit = problems.length === before;
          problems.length = before;
          return fit;
        });
        if (!fits) problems.push(`${path}[${index}]: fits none of the alternatives`);
      });
    }
  };
  check(data, schema, '$');
  return problems;
}
