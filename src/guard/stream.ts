/**
 * Guarding a reply while the model writes it: text is released sentence by sentence, each only
 * after the reply so far has been checked, and a `block` stops the stream. The verdict at the end
 * is the verdict `guard` gives the whole reply, wherever the chunks were cut.
 */
import { InvalidOptionsError } from '../core/errors';
import { guard, type GuardOptions, type GuardResult } from './guard';

/** A chunk from a model: text, or UTF-8 bytes (a multi-byte character may be cut between chunks). */
export type ModelChunk = string | Uint8Array;

/** What `guardStream` checks each prefix with: options for `guard`, or a function (an instance's `guard`). */
export type StreamGuardOptions = GuardOptions | { readonly guard: (text: string) => GuardResult };

/** A guarded stream of text, and the verdict on the whole reply once it ends. */
export interface GuardedStream extends AsyncIterable<string> {
  /**
   * Settles when the stream ends: the verdict on the whole reply (`block` with its reasons when
   * the stream was stopped), and as `text` exactly what was released.
   */
  readonly result: Promise<GuardResult>;
}

/**
 * Where a released piece may end: after a sentence's end mark and the space that follows it, or
 * a line break; never while a quotation opened on this line is still open (the linter reads
 * quoted words as the customer's only once they close).
 */
function lastBoundary(text: string, from: number): number {
  let boundary = -1;
  let lineStart = text.lastIndexOf('\n', from - 1) + 1;
  let open = 0;
  for (let i = lineStart; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (i >= from) boundary = i + 1;
      lineStart = i + 1;
      open = 0;
    } else if (c === '“' || c === '«' || c === '„') open++;
    else if ((c === '”' || c === '»' || c === '“') && open > 0) open--;
    else if (c === '"') open = open > 0 ? open - 1 : open + 1;
    else if (i >= from && open === 0 && (c === ' ' || c === '\t') && /[.!?…]/.test(text[i - 1] ?? '')) boundary = i + 1;
  }
  return boundary;
}

/** The stream's state: what came in, what went out. One per reply. */
export class StreamGuard {
  private received = '';
  private released = '';
  private releasedUpTo = 0;
  private checkedUpTo = 0;
  private stopped: GuardResult | undefined;
  private readonly check: (text: string) => GuardResult;
  private readonly decoder = new TextDecoder();

  constructor(options: StreamGuardOptions) {
    if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', "guard's options, e.g. { locale: en }, or { guard: tactful.guard }", options);
    if ('guard' in options) {
      const check = options.guard;
      if (typeof check !== 'function') throw new InvalidOptionsError('guard', "a function from text to guard's result, e.g. an instance's guard", check);
      this.check = (text) => check(text);
    } else this.check = (text) => guard(text, options);
  }

  /** Whether a block has stopped the stream. */
  get blocked(): boolean {
    return this.stopped !== undefined;
  }

  /** Takes a chunk; returns the text that may be sent now (often ''). */
  push(chunk: ModelChunk): string {
    if (this.stopped) return '';
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk) && Object.prototype.toString.call(chunk) !== '[object ArrayBuffer]') {
      throw new InvalidOptionsError('chunk', 'text, or UTF-8 bytes (a Uint8Array or an ArrayBuffer)', chunk);
    }
    this.received += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const boundary = lastBoundary(this.received, Math.max(this.checkedUpTo, this.releasedUpTo + 1));
    if (boundary <= this.releasedUpTo) return '';
    this.checkedUpTo = boundary;
    const prefix = this.received.slice(0, boundary);
    // White space first ("\n" before the reply): nothing to judge yet, nor to send.
    if (prefix.trim() === '') return '';
    const result = this.check(prefix);
    if (result.verdict === 'block') {
      // Words later on the same line may still change the verdict (a quotation that closes, a
      // `tactful-ignore`): a block stands once its line is complete.
      if (prefix.endsWith('\n')) this.stopped = { ...result, text: this.released };
      return '';
    }
    return this.release(result.text, prefix);
  }

  /** Ends the stream: the rest of the text that may be sent, and the verdict on the whole reply. */
  end(): { readonly text: string; readonly result: GuardResult } {
    if (this.stopped) return { text: '', result: this.stopped };
    this.received += this.decoder.decode();
    const result = this.check(this.received);
    if (result.verdict === 'block') {
      this.stopped = { ...result, text: this.released };
      return { text: '', result: this.stopped };
    }
    const text = this.release(result.text, this.received);
    return { text, result: { ...result, text: this.released } };
  }

  /** Releases what the checked text adds to what is out already. */
  private release(checked: string, original: string): string {
    // The checked text holds the safe rewrites; where a rewrite reached back into text already
    // sent (it never should), the original words go out instead, so nothing is sent twice.
    const piece = checked.startsWith(this.released) ? checked.slice(this.released.length) : original.slice(this.releasedUpTo);
    this.released += piece;
    this.releasedUpTo = original.length;
    return piece;
  }
}

/**
 * Guards a model's streamed reply: yields text sentence by sentence, each checked with the
 * reply so far, and stops at a `block`. `result` settles with the verdict on the whole reply,
 * the same `guard` gives it, however the chunks were cut (inside a word, a character or a link).
 *
 * @example
 * ```ts no-run
 * import { guardStream } from 'tactful/stream';
 * import en from 'tactful/locales/en';
 *
 * const guarded = guardStream(model.stream(prompt), { locale: en });
 * for await (const text of guarded) send(text);
 * const { verdict, reasons } = await guarded.result;
 * ```
 */
export function guardStream(source: AsyncIterable<ModelChunk> | Iterable<ModelChunk>, options: StreamGuardOptions): GuardedStream {
  const iterable = source as Partial<AsyncIterable<ModelChunk> & Iterable<ModelChunk>> | null | undefined;
  if (typeof iterable?.[Symbol.asyncIterator] !== 'function' && typeof iterable?.[Symbol.iterator] !== 'function') {
    throw new InvalidOptionsError('source', "the model's chunks: an async iterable (a stream) or an iterable", source);
  }
  const state = new StreamGuard(options);
  let settle!: (result: GuardResult) => void;
  let fail!: (error: unknown) => void;
  const result = new Promise<GuardResult>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // A consumer that only awaits `result` never sees a rejection go unhandled.
  result.catch(() => undefined);
  let started = false;
  async function* run(): AsyncGenerator<string> {
    try {
      for await (const chunk of source as AsyncIterable<ModelChunk>) {
        const text = state.push(chunk);
        if (text) yield text;
        if (state.blocked) break;
      }
      const last = state.end();
      if (last.text) yield last.text;
      settle(last.result);
    } catch (error) {
      fail(error);
      throw error;
    }
  }
  return {
    result,
    [Symbol.asyncIterator]() {
      if (started) throw new TypeError('a guarded stream can be read once');
      started = true;
      return run();
    },
  };
}

/**
 * The same as a Web `TransformStream`, for edge runtimes: pipe the model's text (or bytes) through
 * it; what comes out has been checked. A block ends the output (`result` says why).
 *
 * @example
 * ```ts no-run
 * const guard = new GuardTransformStream({ locale: en });
 * const body = modelResponse.body.pipeThrough(guard);
 * guard.result.then((r) => log(r.verdict));
 * ```
 */
export class GuardTransformStream extends TransformStream<ModelChunk, string> {
  /** The verdict on the whole reply, once the stream ends. */
  readonly result: Promise<GuardResult>;

  constructor(options: StreamGuardOptions) {
    const state = new StreamGuard(options);
    let settle!: (result: GuardResult) => void;
    let fail!: (error: unknown) => void;
    const result = new Promise<GuardResult>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    // A consumer that only reads the stream never sees a rejection go unhandled.
    result.catch(() => undefined);
    // An error (a chunk that is not text, a locale without tone rules) errors the stream and
    // rejects `result` with it: a caller awaiting the verdict is never left waiting.
    const failing = (step: () => void) => {
      try {
        step();
      } catch (error) {
        fail(error);
        throw error;
      }
    };
    super({
      transform(chunk, controller) {
        failing(() => {
          const text = state.push(chunk);
          if (text) controller.enqueue(text);
          if (state.blocked) {
            settle(state.end().result);
            controller.terminate();
          }
        });
      },
      flush(controller) {
        failing(() => {
          const last = state.end();
          if (last.text) controller.enqueue(last.text);
          settle(last.result);
        });
      },
    });
    this.result = result;
  }
}
