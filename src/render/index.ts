/**
 * `tactful/render`: rendering alone, for an app that only sends replies (a chat widget). No
 * linter, no `guard`, no conversation checker, no catalog descriptions or examples; pair it with
 * the text part of a locale, `tactful/locales/<lng>/text`.
 *
 * @packageDocumentation
 */

export { createRenderer } from '../instance/create-renderer';
export { createRendererFor } from '../instance/create-renderer-for';
export type { CatalogOf, RenderArgs, Renderer, RendererForOptions, RendererOptions } from '../instance/types';
export type { RenderOptions, RenderResult } from './render-template';
export type { TemplateFilter, TemplateSummary } from '../catalog/query';
export type { BuiltinTemplateId, BuiltinTemplates } from '../catalog';
export type { Channel, LocaleDefinition, LocaleResources, Money, Register, TextLocale } from '../core/types';
export type { VariableKind } from '../core/variables';
export {
  InvalidLocaleError,
  InvalidOptionsError,
  InvalidVariablesError,
  LocaleNotAvailableError,
  MissingMessageError,
  TactfulError,
  TemplateNotFoundError,
} from '../core/errors';
export type { TactfulErrorCode, VariableIssue } from '../core/errors';
