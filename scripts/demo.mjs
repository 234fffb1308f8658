// `npm run demo`: the main job of tactful, on the built package, in every shipped locale.
import { createTactful } from 'tactful';
import en from 'tactful/locales/en';
import lt from 'tactful/locales/lt';
import lv from 'tactful/locales/lv';
import ro from 'tactful/locales/ro';
import ru from 'tactful/locales/ru';
import uk from 'tactful/locales/uk';

const locales = [en, ro, ru, lv, lt, uk];
const tactful = createTactful({ locales, defaultLocale: 'en' });
const names = { en: 'Sarah', ro: 'Ioana', ru: 'Анна', lv: 'Jānis', lt: 'Jonas', uk: 'Олександр' };
// What the customer ordered and got, in the words a shop in that country would use.
const items = {
  en: ['Linen shirt, blue, M', 'Linen shirt, red, M'],
  ro: ['Cămașă de in, albastră, M', 'Cămașă de in, roșie, M'],
  ru: ['Рубашка льняная, синяя, M', 'Рубашка льняная, красная, M'],
  lv: ['Lina krekls, zils, M', 'Lina krekls, sarkans, M'],
  lt: ['Lininiai marškiniai, mėlyni, M', 'Lininiai marškiniai, raudoni, M'],
  uk: ['Сорочка лляна, синя, M', 'Сорочка лляна, червона, M'],
};
const agents = { en: 'Tom', ro: 'Andrei', ru: 'Илья', lv: 'Līga', lt: 'Rūta', uk: 'Марія' };
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

console.log(bold('A wrong item arrived: the apology, in every shipped locale\n'));
for (const locale of locales) {
  for (const register of locale.registers) {
    const text = tactful.render(
      'apology.wrong-item',
      { customerName: names[locale.code], ordered: items[locale.code][0], received: items[locale.code][1], orderId: 'A-1042' },
      { locale: locale.code, register },
    );
    console.log(`${bold(`[${locale.code} · ${register}]`)} ${text}\n`);
  }
}

console.log(bold('Greeting with the name in the vocative, where the language needs it\n'));
for (const locale of locales) {
  console.log(`${bold(`[${locale.code}]`)} ${tactful.render('greeting.welcome', { customerName: names[locale.code], agentName: agents[locale.code] }, { locale: locale.code })}`);
}

console.log(bold('\nPlurals by CLDR rules: a transfer with a waiting time (Russian)\n'));
for (const waitMinutes of [1, 3, 5, 21]) {
  console.log(`  ${tactful.render('escalation.transfer', { waitMinutes }, { locale: 'ru' })}`);
}

console.log(bold('\nFallback is reported: Lithuanian for lt-LT, English for de\n'));
for (const locale of ['lt-LT', 'de']) {
  const { locale: used, fallback } = tactful.renderResult('closing.anything-else', {}, { locale });
  console.log(`  asked ${locale} → wrote ${used}${fallback ? ' (fallback)' : ''}`);
}

console.log(bold('\nThe html channel escapes what the customer typed\n'));
console.log(tactful.render('closing.anything-else', { customerName: '<script>alert(1)</script>' }, { channel: 'html' }));

console.log(bold('\nThe tone linter: what an agent should not send, and why\n'));
const draft = 'Hi! I dunno, it’s company policy. Have you checked our website?? Pls wait!!!';
console.log(`  draft: ${draft}\n`);
for (const d of tactful.lint(draft)) {
  console.log(`  ${d.severity.padEnd(8)}${d.ruleId.padEnd(26)}“${d.text}” → ${d.fix ? d.fix.text : d.suggestions[0]}`);
}
console.log(`\n  safe fixes applied: ${tactful.fix(draft)}`);
