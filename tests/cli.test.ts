import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWith } from './cli-io';

/** Runs the CLI in-process over an in-memory file system. */
const VARS = { 'vars.json': JSON.stringify({ ordered: 'Blue shirt', received: 'Red shirt', customerName: 'Jonas' }), 'broken.json': '{oops' };

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runWith({ ...VARS }, '', argv);
}

describe('tactful render', () => {
  it('renders with --var, --locale, --register and --channel', async () => {
    const { code, out } = await run('render', 'closing.anything-else', '--locale', 'ru', '--register', 'informal', '--var', 'customerName=<Саша>', '--channel', 'html');
    expect(code).toBe(0);
    expect(out).toContain('&lt;Саша&gt;');
    expect(out).toContain('тебе');
  });

  it('says on stderr when the reply falls back to another language', async () => {
    const { code, out, err } = await run('render', 'closing.anything-else', '--locale', 'de');
    expect(code).toBe(0);
    expect(out.trim()).toBe('Is there anything else I can help you with?');
    expect(err).toContain('written in en, not de: no locale for "de" is loaded');
    expect((await run('render', 'closing.anything-else', '--locale', 'lv')).err).toBe('');
  });

  it('reads variables from a JSON file', async () => {
    const { code, out } = await run('render', 'apology.wrong-item', '--vars', 'vars.json', '--locale', 'lt');
    expect(code).toBe(0);
    expect(out).toContain('„Blue shirt“');
  });

  it('reads a day as that day in the customer\'s time zone, and refuses dates it could misread', async () => {
    const args = ['render', 'price-change.increase-notice', '--var', 'productName=Pro', '--var', 'oldPrice=9.50 EUR', '--var', 'newPrice=EUR 12'];
    for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'Europe/Riga', 'UTC']) {
      const { code, out } = await run(...args, '--var', 'effectiveDate=2026-12-01', '--time-zone', zone);
      expect(code, zone).toBe(0);
      expect(out, zone).toContain('1 December 2026');
    }
    const moment = await run(...args, '--var', 'effectiveDate=2026-12-01T23:30Z', '--time-zone', 'Europe/Riga');
    expect(moment.out).toContain('2 December 2026');
    for (const bad of ['01.12.2026', '12/01/2026', '2026-02-30', '2026-12-01T15:00', 'tomorrow']) {
      const { code, err } = await run(...args, '--var', `effectiveDate=${bad}`);
      expect(code, bad).toBe(2);
      expect(err, bad).toMatch(/effectiveDate/);
    }
    expect((await run(...args, '--var', 'effectiveDate=2026-12-01', '--time-zone', 'Mars/Olympus')).code).toBe(2);
  });

  it('names the nearest option for a misspelt one, and points to --help instead of printing it', async () => {
    const { code, err } = await run('render', 'greeting.welcome', '--lang', 'lv');
    expect(code).toBe(2);
    expect(err).toContain('unknown option --lang: did you mean --locale?');
    expect(err).toContain('Run `tactful render --help` for its options.');
    expect(err).not.toContain('Usage:');
  });

  it('coerces numbers, money and dates by the variable kind', async () => {
    const { code, out } = await run(
      'render', 'price-change.increase-notice', '--var', 'productName=Pro', '--var', 'oldPrice=9.50 EUR',
      '--var', 'newPrice=EUR 12', '--var', 'effectiveDate=2026-12-01', '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as { text: string; locale: string };
    expect(result.text).toContain('€9.50');
    // `en` is British English: dates as in "1 December 2026" (`--locale en-US` for "December 1, 2026").
    expect(result.text).toContain('1 December 2026');
    expect(result.locale).toBe('en');
  });

  // "1,234 EUR" printed "€1.23" (a hostile review, session 13).
  it.each([['amount=1,234 EUR'], ['amount=EUR 1.234'], ['amount=1,234.50 EUR'], ['refundDays=1,000']])('refuses an amount or a number it could misread: %s', async (pair) => {
    const { code, err, out } = await run('render', 'apology.billing-mistake', '--var', 'amount=12.50 EUR', '--var', 'refundDays=5', '--var', pair);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/could be a thousand or a decimal|expected an amount/);
  });

  // Each crashed with exit 70, or came back as "problems found" (session 13).
  it('names a --vars file that is not there, with exit code 2', async () => {
    const { code, err } = await run('render', 'greeting.welcome', '--vars', '/nonexistent/vars.json');
    expect(code).toBe(2);
    expect(err).toContain('--vars /nonexistent/vars.json: no such file');
  });

  it('refuses a --locale tactful does not ship, from the command line or the config, with exit code 2', async () => {
    const fromFlag = await runWith({}, 'x', ['lint', '--locale', 'xx']);
    expect(fromFlag.code).toBe(2);
    expect(fromFlag.err).toContain('--locale xx: not a language tactful ships');
    const fromConfig = await runWith({ '/project/tactful.config.json': JSON.stringify({ locale: 'xx' }) }, 'x', ['lint']);
    expect(fromConfig.code).toBe(2);
    expect(fromConfig.err).toMatch(/tactful\.config\.json: locale xx: not a language tactful ships/);
  });

  it.each([['[null]'], ['[{"from":"customer","text":5,"at":"yesterday"}]']])('names what is wrong in a transcript %s, never crashes', async (json) => {
    const { code, err } = await runWith({ 't.json': json }, '', ['check', 't.json', '--locale', 'en']);
    expect([1, 2]).toContain(code);
    expect(err).not.toMatch(/unexpected error|TypeError/);
  });

  it('names the line of a transcript whose time is not a time', async () => {
    const { code, err } = await runWith({ 'chat.txt': 'Customer: Hi\n[not a date] Agent: Hello!' }, '', ['check', 'chat.txt', '--locale', 'en']);
    expect(code).toBe(2);
    expect(err).toContain('chat.txt: message 2 ("Hello!"): "not a date" is not a date and time');
  });

  it('suggests the nearest ids for an unknown id and exits 1', async () => {
    const { code, err } = await run('render', 'greeting.welcom');
    expect(code).toBe(1);
    expect(err).toContain('greeting.welcome');
  });

  it('names invalid variables and exits 1', async () => {
    const { code, err } = await run('render', 'apology.wrong-item', '--var', 'ordered=x');
    expect(code).toBe(1);
    expect(err).toMatch(/"received": required/);
  });

  it.each([
    [['render'], /needs a template id/],
    [['render', 'greeting.welcome', '--register', 'casual'], /--register must be one of/],
    [['render', 'greeting.welcome', '--var', 'oops'], /name=value/],
    [['render', 'escalation.transfer', '--var', 'waitMinutes=soon'], /expected a number/],
    [['render', 'greeting.welcome', '--vars', 'broken.json'], /--vars broken\.json/],
    [['render', 'greeting.welcome', '--bogus'], /bogus/],
    [['nope'], /unknown command "nope"\n/],
    // Two letters swapped count as one slip, not two (a new user's first hour, session 13).
    [['lsit'], /unknown command "lsit" — did you mean "list"\?/],
    [['rendr'], /did you mean "render"\?/],
  ])('exits 2 on misuse: %j', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('prints help for each command', async () => {
    for (const command of ['render', 'list', 'lint', 'check', 'locales']) {
      const { code, out } = await run(command, '--help');
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`Usage: tactful ${command}`));
    }
    expect((await run('--help')).out).toMatch(/Commands:/);
    // The exit codes are said where a user looks, not in a source file the package does not ship.
    expect((await run('--help')).out).toMatch(/Exit codes: 0 .* 2 called wrongly .* 70 a bug in tactful/s);
    expect((await run('locales', '--help')).out).not.toMatch(/src\//);
  });

  it('`tactful help <command>` prints that command\'s help, as `<command> --help` does', async () => {
    for (const command of ['render', 'lint', 'check']) {
      const viaHelp = await run('help', command);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.out).toBe((await run(command, '--help')).out);
    }
    expect((await run('help', 'nope')).code).toBe(2);
  });

  it.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    const { code, out } = await run(flag);
    expect(code).toBe(0);
    expect(out.trim()).toBe(version);
  });
});

describe('tactful list', () => {
  it('lists by category and search words', async () => {
    const { code, out } = await run('list', '--category', 'apology');
    expect(code).toBe(0);
    expect(out).toMatch(/^apology\.wrong-item /m);
    expect((await run('list', 'price')).out).toContain('price-change.increase-notice');
  });

  it('prints descriptors as JSON', async () => {
    const { out } = await run('list', '--json', '--locale', 'lv');
    const list = JSON.parse(out) as Array<{ id: string; locales: string[] }>;
    expect(list.every((t) => t.locales.includes('lv'))).toBe(true);
  });

  it.each([
    ['--category', 'apologies', 'apology'],
    ['--category', 'greetings', 'greeting'],
    ['--category', 'escalaton', 'escalation'],
    ['--tag', 'refnd', 'refund'],
  ])('%s %s suggests %s and exits 2', async (option, value, guess) => {
    const { code, err } = await run('list', option, value);
    expect(code).toBe(2);
    expect(err).toContain(guess);
    // the guess alone, not the whole list
    expect(err).not.toContain('closing');
  });

  it('an unknown category with no near one lists the categories', async () => {
    const { code, err } = await run('list', '--category', 'zzzz');
    expect(code).toBe(2);
    expect(err).toContain('apology');
  });

  it('exits 1 when nothing matches', async () => {
    expect((await run('list', '--search', 'zzzz')).code).toBe(1);
  });
});

describe('tactful locales check', () => {
  it('names the folder it looked in when a locale has none, instead of reporting every file missing', async () => {
    const result = await runWith({}, '', ['locales', 'check', 'lv']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no locales\/lv\/ in \/project/);
    expect(result.err).toContain('tactful locales add lv');
  });
});

describe('tactful lint', () => {
  it('lints standard input and exits 1 on an error-level problem', async () => {
    const { code, out } = await runWith({}, 'It’s company policy.', ['lint']);
    expect(code).toBe(1);
    expect(out).toContain('policy-shield');
    expect(out).toMatch(/1:1/);
  });

  it('detects the language of each input when neither --locale nor the config says it', async () => {
    const latvian = await runWith({}, 'Tā ir uzņēmuma politika.', ['lint']);
    expect(latvian.code).toBe(1);
    expect(latvian.out).toContain('policy-shield');
    const files = { 'lv.txt': 'Tā ir uzņēmuma politika.', 'ru.txt': 'Такова политика компании.', 'en.txt': 'Thank you for waiting.' };
    const { out } = await runWith(files, '', ['lint', 'lv.txt', 'ru.txt', 'en.txt', '--format', 'json']);
    const reports = JSON.parse(out) as Array<{ path: string; diagnostics: Array<{ ruleId: string }> }>;
    expect(reports.map((r) => [r.path, r.diagnostics.map((d) => d.ruleId)])).toEqual([['lv.txt', ['policy-shield']], ['ru.txt', ['policy-shield']], ['en.txt', []]]);
  });

  it('lints a post to a group with --audience group (no register rule)', async () => {
    const post = 'Будь ласка, дотримуйтеся правил. Дякуємо вам!';
    expect((await runWith({}, post, ['lint', '--locale', 'uk', '--register', 'informal'])).out).toContain('register');
    expect((await runWith({}, post, ['lint', '--locale', 'uk', '--register', 'informal', '--audience', 'group'])).out).toContain('No problems found.');
    expect((await runWith({ '/project/tactful.config.json': '{"audience":"group"}' }, post, ['lint', '--locale', 'uk', '--register', 'informal'])).out).toContain('No problems found.');
    expect((await runWith({}, post, ['lint', '--audience', 'all'])).code).toBe(2);
  });

  it('says on stderr that it reads standard input when that is a terminal, and only then', async () => {
    const atTerminal = await runWith({}, 'Thank you for waiting.', ['lint'], { tty: true });
    expect(atTerminal.err).toContain('standard input');
    expect(atTerminal.out).toContain('No problems found.');
    expect((await runWith({}, 'Thank you for waiting.', ['lint'])).err).toBe('');
    expect((await runWith({}, 'Agent: Hello.', ['check'], { tty: true })).err).toContain('standard input');
  });

  it('--max-warnings n exits 1 when there are more than n warnings, as ESLint', async () => {
    const warned = 'Pls hold on.';
    expect((await runWith({}, warned, ['lint', '--max-warnings', '0'])).code).toBe(1);
    expect((await runWith({}, warned, ['lint', '--max-warnings', '5'])).code).toBe(0);
    expect((await runWith({}, 'Thank you for waiting.', ['lint', '--max-warnings', '0'])).code).toBe(0);
    for (const bad of ['-1', 'many', '1.5']) expect((await runWith({}, warned, ['lint', '--max-warnings', bad])).code, bad).toBe(2);
  });

  it('exits 0 when only warnings or nothing is found', async () => {
    expect((await runWith({}, 'Thanks for waiting!!', ['lint'])).code).toBe(0);
    const clean = await runWith({}, 'Thank you for waiting.', ['lint']);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('No problems found.');
  });

  it('lints files, Markdown as prose', async () => {
    const files = { 'reply.md': 'Hello.\n\n```\ncalm down\n```\n\nRules are rules.', 'reply.txt': 'calm down' };
    const { out } = await runWith(files, '', ['lint', 'reply.md', 'reply.txt', '--format', 'json']);
    const reports = JSON.parse(out) as Array<{ path: string; diagnostics: Array<{ ruleId: string; line: number }> }>;
    expect(reports.map((r) => [r.path, r.diagnostics.map((d) => `${d.ruleId}@${d.line}`)])).toEqual([
      ['reply.md', ['policy-shield@7']],
      ['reply.txt', ['dismissive@1']],
    ]);
  });

  it('writes SARIF 2.1.0 with rules, locations and fixes', async () => {
    const { out } = await runWith({}, 'Pls hold on, it is company policy.', ['lint', '--format', 'sarif']);
    const log = JSON.parse(out) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; level: string; fixes?: unknown[]; locations: Array<{ physicalLocation: { region: { startColumn: number } } }> }> }> };
    expect(log.version).toBe('2.1.0');
    const [runLog] = log.runs;
    expect(runLog!.tool.driver.rules.map((r) => r.id)).toEqual(['policy-shield', 'slang']);
    expect(runLog!.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startColumn, Boolean(r.fixes)])).toEqual([
      ['slang', 'warning', 1, true],
      ['policy-shield', 'error', 14, false],
    ]);
  });

  it('--fix rewrites files and prints fixed standard input', async () => {
    const fixed = await runWith({ 'a.txt': 'Pls wait!!!' }, '', ['lint', 'a.txt', '--fix']);
    expect(fixed.files['a.txt']).toBe('Please wait!');
    expect(fixed.code).toBe(0);
    // The report says what was rewritten, not "No problems found".
    expect(fixed.out).toContain('Fixed 2 problems. No problems left.');
    const partly = await runWith({ 'b.txt': 'Pls wait. Rules are rules.' }, '', ['lint', 'b.txt', '--fix']);
    expect(partly.out).toContain('Fixed 1 problem.');
    expect(partly.out).toContain('policy-shield');
    const piped = await runWith({}, 'Thx, I’m gonna check.', ['lint', '--fix']);
    expect(piped.out.trim()).toBe('Thanks, I’m going to check.');
  });

  it('reads tactful.config.json and package.json, and --rule wins', async () => {
    const config = { '/project/tactful.config.json': JSON.stringify({ rules: { dismissive: 'off' }, allow: ['rules are rules'] }) };
    expect((await runWith({ ...config }, 'Calm down. Rules are rules.', ['lint'])).out).toContain('No problems found.');
    expect((await runWith({ ...config }, 'Calm down.', ['lint', '--rule', 'dismissive=error'])).code).toBe(1);
    const pkg = { '/project/package.json': JSON.stringify({ name: 'x', tactful: { rules: { 'policy-shield': 'warning' } } }) };
    expect((await runWith(pkg, 'Rules are rules.', ['lint'])).code).toBe(0);
  });

  it.each([
    [{ '/project/tactful.config.json': '{"rules":{"nope":"off"}}' }, /tactful\.config\.json: rules\.nope/],
    [{ '/project/tactful.config.json': '{"locale":"en","colour":true}' }, /colour: unknown key/],
    [{ '/project/tactful.config.json': '{oops' }, /not valid JSON/],
    [{}, /--rule nope=off: unknown rule/, ['--rule', 'nope=off']],
    [{}, /missing\.txt: no such file/, ['missing.txt']],
    [{}, /--format must be one of/, ['--format', 'xml']],
  ] as Array<[Record<string, string>, RegExp, string[]?]>)('reports misuse clearly (%#)', async (files, message, extra = []) => {
    const { code, err } = await runWith({ ...files }, 'Hello.', ['lint', ...extra]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('tactful check', () => {
  const good = [
    'Customer: Hi, I’m Sarah. My parcel hasn’t arrived.',
    'Agent: Hello Sarah, I’m sorry it is late. I’ll check with the courier and write back within 2 hours.',
    'Agent: Thank you for your patience. Is there anything else I can help you with? How did we do today?',
  ].join('\n');

  it('scores a plain-text transcript', async () => {
    const { code, out } = await runWith({ 'chat.txt': good }, '', ['check', 'chat.txt', '--locale', 'en']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Score: 100% \(en\)/);
  });

  // An empty file scored 100 % and passed --min-score (a new user's first hour, session 13).
  it.each([[''], ['[]'], ['{"messages":[]}']])('refuses an empty transcript %j, whatever --min-score', async (empty) => {
    const { code, out, err } = await runWith({ 'chat.txt': empty }, '', ['check', 'chat.txt', '--locale', 'en', '--min-score', '0.8']);
    expect(code).not.toBe(0);
    expect(out).not.toMatch(/Score/);
    expect(err).toMatch(/at least one message|empty/);
  });

  it('list: a --locale tactful does not ship is a usage error, as an unknown --category is', async () => {
    const { code, err } = await runWith({}, '', ['list', '--locale', 'pl']);
    expect(code).toBe(2);
    expect(err).toContain('--locale pl: not a language tactful ships');
    expect((await runWith({}, '', ['list', '--locale', 'lv-LV'])).code).toBe(0);
  });

  it('reads standard input for -, as with --jsonl', async () => {
    const { code, out } = await runWith({}, good, ['check', '-', '--locale', 'en']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Score: 100% \(en\)/);
    const lint = await runWith({}, 'It is company policy.', ['lint', '-', '--locale', 'en']);
    expect(lint.code).toBe(1);
    expect(lint.out).toContain('policy-shield');
  });

  it('prints the scorecard as JSON and reads standard input', async () => {
    const { out } = await runWith({}, JSON.stringify([{ from: 'customer', text: 'The app does not work.' }, { from: 'agent', text: 'Reinstall it.' }]), ['check', '--format', 'json', '--locale', 'en']);
    const card = JSON.parse(out) as { score: number; items: Array<{ id: string; status: string }> };
    expect(card.items.find((i) => i.id === 'greets')?.status).toBe('fail');
    expect(card.score).toBeLessThan(0.5);
  });

  it('judges by --medium, and refuses one it does not know', async () => {
    const chat = 'Customer: My order never arrived.\nAgent: Sorry to hear that! Please DM us your order number and we will sort it out.';
    const { out } = await runWith({ 'chat.txt': chat }, '', ['check', 'chat.txt', '--locale', 'en', '--medium', 'social', '--format', 'json']);
    const card = JSON.parse(out) as { medium: string; items: Array<{ id: string; status: string }> };
    expect(card.medium).toBe('social');
    expect(card.items.find((i) => i.id === 'asks-feedback')?.status).toBe('not-applicable');
    expect((await runWith({ 'chat.txt': chat }, '', ['check', 'chat.txt', '--medium', 'sms'])).code).toBe(2);
  });

  it('exits 1 under --min-score, on the 0–1 scale of the JSON score', async () => {
    const bad = 'Customer: Where is my order?\nAgent: No idea.';
    const { out } = await runWith({ 'bad.txt': bad }, '', ['check', 'bad.txt', '--locale', 'en', '--format', 'json']);
    const { score } = JSON.parse(out) as { score: number };
    expect((await runWith({ 'bad.txt': bad }, '', ['check', 'bad.txt', '--locale', 'en', '--min-score', String(score + 0.01)])).code).toBe(1);
    expect((await runWith({ 'bad.txt': bad }, '', ['check', 'bad.txt', '--locale', 'en', '--min-score', String(score)])).code).toBe(0);
    const passed = await runWith({ 'chat.txt': good }, '', ['check', 'chat.txt', '--locale', 'en', '--min-score', '0.8']);
    expect([passed.code, passed.err]).toEqual([0, '']);
    expect((await runWith({ 'chat.txt': good }, '', ['check', 'chat.txt', '--locale', 'en', '--min-score', '1'])).code).toBe(0);
  });

  it('reads an old percentage above 1 as one, with a deprecation note on stderr', async () => {
    const bad = 'Customer: Where is my order?\nAgent: No idea.';
    const old = await runWith({ 'bad.txt': bad }, '', ['check', 'bad.txt', '--locale', 'en', '--min-score', '80']);
    expect(old.code).toBe(1);
    expect(old.err).toContain('0.8');
    const good80 = await runWith({ 'chat.txt': good }, '', ['check', 'chat.txt', '--locale', 'en', '--min-score', '80']);
    expect(good80.code).toBe(0);
    expect(good80.err).toContain('--min-score');
  });

  it.each([
    [{ 'x.txt': 'hello there' }, ['check', 'x.txt'], /x\.txt:1: expected "Agent: …"/],
    [{ 'x.json': '[{"from":"robot","text":"hi"}]' }, ['check', 'x.json'], /transcript\[0\]\.from/],
    [{}, ['check', '--min-score', '120'], /--min-score/],
    [{}, ['check', '--min-score', '-0.5'], /--min-score/],
    [{}, ['check', '--min-score', 'high'], /--min-score/],
  ] as Array<[Record<string, string>, string[], RegExp]>)('reports a bad transcript or option (%#)', async (files, argv, message) => {
    const { code, err } = await runWith({ ...files }, 'Agent: Hello.', argv);
    expect(code).toBeGreaterThan(0);
    expect(err).toMatch(message);
  });
});

describe('the built executable', () => {
  it('runs as `tactful` with the exit codes of the in-process CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
    const vars = join(dir, 'vars.json');
    writeFileSync(vars, JSON.stringify({ customerName: 'Jonas' }));
    const out = execFileSync(process.execPath, ['dist/cli.js', 'render', 'closing.anything-else', '--vars', vars, '--locale', 'lt'], { encoding: 'utf8' });
    expect(out.trim()).toMatch(/^Jona/);
    const failed = spawnSync(process.execPath, ['dist/cli.js', 'render', 'nope.nope'], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
  });
});
