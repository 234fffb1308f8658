/**
 * `tactful/stream`: guarding a reply while the model streams it. An entry of its own, so the core
 * bundle does not carry it.
 *
 * @packageDocumentation
 */
export { guardStream, GuardTransformStream, StreamGuard } from './stream';
export type { GuardedStream, ModelChunk, StreamGuardOptions } from './stream';
