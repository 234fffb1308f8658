import { InvalidTranscriptError, parseTranscript, type Register, type Scorecard, type Tactful } from '../../../dist/index.js';
import { byId, describeError, h, setOptions, showMessage } from './dom';

const SAMPLE = `Customer: Hi, my order A-2087 arrived with a broken lid.
Agent: Hello! Have you checked our website? It's company policy to ask for photos.
Customer: I'm Sarah. Here are the photos.
Agent: Thank you, Sarah. I'm sorry about the lid. I'll send a replacement today and it will arrive within 3 days.`;

const STATUS_LABEL: Readonly<Record<string, string>> = { pass: '✓ pass', fail: '✗ fail', 'not-applicable': '– n/a' };

export function setupTranscriptPanel(tactful: Tactful, locales: readonly { code: string; name: string }[]): void {
  const input = byId('transcript-input', HTMLTextAreaElement);
  const locale = byId('transcript-locale', HTMLSelectElement);
  const register = byId('transcript-register', HTMLSelectElement);
  const name = byId('transcript-name', HTMLInputElement);
  const escalated = byId('transcript-escalated', HTMLInputElement);
  const feedback = byId('transcript-feedback', HTMLInputElement);
  const errorBox = byId('transcript-error', HTMLElement);
  const score = byId('transcript-score', HTMLElement);
  const meter = byId('transcript-meter', HTMLMeterElement);
  const body = byId('transcript-scorecard', HTMLTableElement).tBodies[0]!;
  const diagnostics = byId('transcript-diagnostics', HTMLUListElement);

  setOptions(locale, [{ value: '', label: 'detect' }, ...locales.map((l) => ({ value: l.code, label: `${l.name} (${l.code})` }))]);
  input.value = SAMPLE;

  const clear = (message: string) => {
    score.textContent = message;
    meter.value = 0;
    body.replaceChildren();
    diagnostics.replaceChildren();
  };

  const update = () => {
    showMessage(errorBox, undefined);
    if (input.value.trim() === '') return clear('Paste a conversation to score it.');
    let card: Scorecard;
    try {
      const transcript = parseTranscript(input.value);
      card = tactful.checkConversation(transcript, {
        ...(locale.value ? { locale: locale.value } : {}),
        register: register.value as Register,
        facts: { ...(name.value.trim() ? { customerName: name.value.trim() } : {}), ...(escalated.checked ? { escalated: true } : {}) },
        expectFeedback: feedback.checked,
      });
    } catch (error) {
      clear('No score: the transcript cannot be read.');
      showMessage(errorBox, error instanceof InvalidTranscriptError ? error.message : describeError(error));
      return;
    }
    const percent = Math.round(card.score * 100);
    score.replaceChildren(h('strong', {}, `Score: ${percent}%`), ` — explanations in ${card.locale}`);
    score.dataset.score = String(card.score);
    meter.value = card.score;
    meter.textContent = `${percent}%`;
    body.replaceChildren(
      ...card.items.map((item) =>
        h(
          'tr',
          { 'data-item': item.id, 'data-status': item.status },
          h('th', { scope: 'row' }, h('code', {}, item.id)),
          h('td', {}, h('span', { class: `status status-${item.status}` }, STATUS_LABEL[item.status] ?? item.status)),
          h('td', {}, item.messageIndex === undefined ? '' : `#${item.messageIndex + 1}`),
          h('td', { lang: card.locale }, item.explanation),
          h('td', { lang: card.locale }, item.status === 'fail' ? item.suggestion : ''),
        ),
      ),
    );
    diagnostics.replaceChildren(
      ...(card.diagnostics.length === 0
        ? [h('li', {}, 'No tone problems in the agent’s messages.')]
        : card.diagnostics.map((d) =>
            h(
              'li',
              { 'data-rule': d.ruleId, 'data-severity': d.severity },
              h('span', { class: `severity severity-${d.severity}` }, d.severity),
              ` message #${d.messageIndex + 1}: `,
              h('q', {}, d.text),
              ' — ',
              h('a', { href: `../rules/${d.ruleId}.html` }, h('code', {}, d.ruleId)),
            ),
          )),
    );
  };

  input.addEventListener('input', update);
  name.addEventListener('input', update);
  for (const control of [locale, register, escalated, feedback]) control.addEventListener('change', update);
  update();
}
