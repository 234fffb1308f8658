import { describe, expect, it } from 'vitest';
import { InvalidOptionsError, InvalidTranscriptError } from '../core/errors';
import { parseTranscript } from './transcript';

describe('transcript parsing', () => {
  it.each([
    ['plain lines', 'Customer: Hi\nAgent: Hello!', [{ from: 'customer', text: 'Hi' }, { from: 'agent', text: 'Hello!' }]],
    ['a line without a speaker continues the message', 'Agent: Hello!\nHow can I help?', [{ from: 'agent', text: 'Hello!\nHow can I help?' }]],
    ['speaker aliases', 'User: Hi\nBot: Hello', [{ from: 'customer', text: 'Hi' }, { from: 'bot', text: 'Hello' }]],
    ['labels in Russian', 'Клиент: Добрый день\nОператор: Здравствуйте!', [{ from: 'customer', text: 'Добрый день' }, { from: 'agent', text: 'Здравствуйте!' }]],
    ['labels in Latvian and Lithuanian', 'Klients: Labdien\nAģents: Labdien!\nKlientas: Ačiū\nBotas: Prašom', [{ from: 'customer', text: 'Labdien' }, { from: 'agent', text: 'Labdien!' }, { from: 'customer', text: 'Ačiū' }, { from: 'bot', text: 'Prašom' }]],
    ['a word with a colon inside a message continues it', 'Agent: Hello!\nNote: the order ships today.', [{ from: 'agent', text: 'Hello!\nNote: the order ships today.' }]],
    ['a timestamp on the first line', '[2026-12-01T10:00:00Z] Customer: Hi', [{ from: 'customer', text: 'Hi', at: '2026-12-01T10:00:00Z' }]],
    ['timestamps on every line', '[10:00] Customer: Hi\n[10:01] Agent: Hello', [{ from: 'customer', text: 'Hi', at: '10:00' }, { from: 'agent', text: 'Hello', at: '10:01' }]],
    ['JSON', '[{ "from": "agent", "text": "Hello" }]', [{ from: 'agent', text: 'Hello' }]],
    ['JSON with messages', '{ "messages": [{ "from": "customer", "text": "Hi" }] }', [{ from: 'customer', text: 'Hi' }]],
  ])('%s', (_, input, expected) => {
    expect(parseTranscript(input)).toEqual(expected);
  });

  it.each([
    ['text before any speaker', 'hello there', 1],
    ['broken JSON', '[{ "from": ', 0],
    ['JSON that is no list of messages', '{ "from": "agent" }', 0],
  ])('refuses %s', (_, input, line) => {
    expect(() => parseTranscript(input)).toThrow(InvalidTranscriptError);
    try {
      parseTranscript(input);
    } catch (error) {
      expect((error as InvalidTranscriptError).line).toBe(line);
    }
  });
});

describe('parseTranscript misuse', () => {
  it.each([[undefined], [null], [42], [['Agent: Hi']]])('refuses %j, which is not a string', (input) => {
    expect(() => parseTranscript(input as never)).toThrow(InvalidOptionsError);
  });

  it('says what is wrong apart from the line', () => {
    try {
      parseTranscript('hello there');
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidTranscriptError).line).toBe(1);
      expect((error as InvalidTranscriptError).problem).not.toMatch(/line/);
    }
  });
});
