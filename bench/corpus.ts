/**
 * A deterministic, realistic support-chat corpus for benchmarks: agent and customer lines mixing
 * good replies with the phrases the linter flags, from a seeded generator (same text every run).
 */
const GOOD = [
  'Thank you for waiting, I have checked your order and it left our warehouse this morning.',
  'I am sorry the parcel is late; the courier expects to deliver it tomorrow before noon.',
  'Could you send me the order number, so I can look it up for you?',
  'Your refund of €24.90 is on its way and should reach your card within five working days.',
  'I have passed your question to our billing team, and they will reply today.',
  'Here is the guide with screenshots, in case it helps: https://help.example.com/reset',
  'Is there anything else I can help you with today?',
  'Hello Sarah, thanks for writing to us about the missing invoice.',
];
const BAD = [
  'I dont know, its company policy.',
  'Have you checked our website??',
  'Calm down, as I already said the order is on its way.',
  'That is not my department, pls contact billing.',
  'We apologize for any inconvenience this may have caused!!!',
  'You must have entered the wrong code.',
];
const CUSTOMER = [
  'Hi, my order A-1042 still has not arrived and I need it for Friday.',
  'The app says error 502 when I try to pay.',
  'Why was I charged twice this month?',
  '> I was told “it is company policy”, which is not an answer.',
];

/** Mulberry32: a tiny seeded generator, so the corpus is identical on every machine. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `bytes` of chat text (UTF-8), one message a line. */
export function supportCorpus(bytes: number, seed = 42): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const roll = next();
    const line = roll < 0.3 ? `Customer: ${pick(CUSTOMER)}` : roll < 0.85 ? `Agent: ${pick(GOOD)}` : `Agent: ${pick(BAD)}`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

/** `count` distinct extra phrases of two to four words, seeded. */
export function extraPhrases(count: number, seed = 7): string[] {
  const next = random(seed);
  const words = ['order', 'refund', 'system', 'policy', 'agent', 'ticket', 'invoice', 'parcel', 'account', 'payment', 'delay', 'manager', 'queue', 'rule', 'form', 'code'];
  const phrases = new Set<string>();
  while (phrases.size < count) {
    const length = 2 + Math.floor(next() * 3);
    const phrase = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ');
    phrases.add(`${phrase} x${phrases.size}`);
  }
  return [...phrases];
}
