import { createTactful } from '../../../dist/index.js';
import en from '../../../dist/locales/en.js';
import examplesLt from '../../../templates/examples/lt.json';
import examplesLv from '../../../templates/examples/lv.json';
import examplesRo from '../../../templates/examples/ro.json';
import examplesRu from '../../../templates/examples/ru.json';
import examplesUk from '../../../templates/examples/uk.json';
import lt from '../../../dist/locales/lt.js';
import lv from '../../../dist/locales/lv.js';
import ro from '../../../dist/locales/ro.js';
import ru from '../../../dist/locales/ru.js';
import uk from '../../../dist/locales/uk.js';
import { byId, describeError, showMessage } from './dom';
import { setupLintPanel } from './lint-panel';
import { setupRenderPanel } from './render-panel';
import { setupTabs } from './tabs';
import { setupTranscriptPanel } from './transcript-panel';

/**
 * The playground: the built library (dist/, bundled by `npm run docs`) in a page with a strict
 * Content-Security-Policy. Plain DOM: every node is created with the DOM API.
 */
const LOCALES = [en, ro, ru, lv, lt, uk];
/** Example values in each language's own words (English ones come with the templates). */
const EXAMPLES = { ro: examplesRo, ru: examplesRu, lv: examplesLv, lt: examplesLt, uk: examplesUk };

function start(): void {
  const loading = byId('playground-loading', HTMLElement);
  try {
    const tactful = createTactful({ locales: LOCALES, defaultLocale: 'en' });
    const names = LOCALES.map((l) => ({ code: l.code, name: l.name }));
    const tabs = setupTabs(['render', 'lint', 'transcript']);
    const lint = setupLintPanel(tactful, names);
    setupRenderPanel(tactful, names, EXAMPLES, (reply) => {
      lint.check(reply.text, reply.locale, reply.register);
      tabs.select('lint', true);
    });
    setupTranscriptPanel(tactful, names);
    loading.hidden = true;
    document.body.dataset.ready = 'true';
  } catch (error) {
    loading.classList.add('error');
    showMessage(loading, `The playground could not start: ${describeError(error)}`);
  }
}

start();
