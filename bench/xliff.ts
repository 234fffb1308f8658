/**
 * `npm run bench:xliff`: fromXliff on 300 KB inputs, a real export and hostile ones, at two sizes,
 * to show the time grows with the length (it was quadratic on unclosed tags). Not a timed test:
 * prints milliseconds and the ratio between the sizes (about 2 when linear).
 */
const dist = new URL('../dist/', import.meta.url).href;
const { fromXliff, toXliff } = (await import(`${dist}index.js`)) as typeof import('../src');
const en = ((await import(`${dist}locales/en.js`)) as { default: import('../src').TextLocale }).default;
const lv = ((await import(`${dist}locales/lv.js`)) as { default: import('../src').TextLocale }).default;

const exported = toXliff(lv.resources, en.resources, { source: 'en', target: 'lv' });
const head = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="lv"><file id="a">';
const inputs: Record<string, (kb: number) => string> = {
  'real export, repeated': (kb) => {
    const body = exported.slice(exported.indexOf('<file'), exported.lastIndexOf('</xliff>'));
    let xml = '';
    for (let i = 0; xml.length < kb * 1024; i++) xml += body.replace(/<file id="/g, `<file id="n${i}-`);
    return `${exported.slice(0, exported.indexOf('<file'))}${xml}</xliff>`;
  },
  'unclosed "<file "': (kb) => head + '<file '.repeat((kb * 1024) / 6),
  'many small units': (kb) => head + '<unit id="a.b"><segment><target>x</target></segment></unit>'.repeat((kb * 1024) / 60).replace(/a\.b/g, () => `k${Math.random().toString(36).slice(2)}`) + '</file></xliff>',
  'one long target': (kb) => `${head}<unit id="a"><segment><target>${'&amp;x<![CDATA[y]]>'.repeat((kb * 1024) / 19)}</target></segment></unit></file></xliff>`,
};

const time = (xml: string) => {
  const start = performance.now();
  try {
    fromXliff(xml);
  } catch {
    // hostile inputs are refused; the time to refuse is what counts
  }
  return performance.now() - start;
};

for (const [label, make] of Object.entries(inputs)) {
  const small = make(150);
  const large = make(300);
  time(small);
  const [a, b] = [time(small), time(large)];
  console.log(`${label.padEnd(24)} 150 KB ${a.toFixed(1).padStart(7)} ms   300 KB ${b.toFixed(1).padStart(7)} ms   ratio ${(b / a).toFixed(2)}`);
}
