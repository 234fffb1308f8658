import { describeValue, InvalidOptionsError, TactfulError, TemplateNotFoundError } from '../core/errors';
import type { Tactful } from '../instance/types';
import type { TranscriptMessage } from '../conversation/check';
import { parseTranscript } from '../conversation/transcript';
import { COMMITMENT_KINDS, type CommitmentFacts, type CommitmentKind } from '../guard/commitments';
import { fromJsonVariables, toJsonValue, variablesJsonSchema, type JsonSchema } from './schema';

/** A tool as LLM APIs take it: a name, what it does, and its arguments as JSON Schema. */
export interface ToolDefinition {
  readonly name: string;
  readonly description: string;
  readonly parameters: JsonSchema;
}

/** What a tool call gives back: a JSON value, or an error a model can act on. */
export type ToolOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** The instance methods the tools use. */
export type ToolHost = Pick<Tactful, 'templates' | 'renderResult' | 'lint' | 'guard' | 'checkConversation' | 'locales'> & {
  /** The zone a day alone (`2026-12-01`) is that day in; an instance's own `timeZone`. */
  readonly timeZone?: string | undefined;
};

const LOCALE = { type: 'string', description: 'BCP 47 tag of the reply’s language: en, ro, ru, lv, lt, uk (lv-LV formats dates and money as in Latvia)' } as const;
const REGISTER = { type: 'string', enum: ['formal', 'informal'], description: 'formal (default) or informal address' } as const;

/**
 * The catalog and the checks as five tools a model can call: `list_templates`, `render_template`,
 * `lint_reply`, `guard_reply` and `check_conversation`. The MCP server (`tactful mcp`) offers these.
 *
 * @example
 * ```ts
 * toolDefinitions().map((tool) => tool.name);
 * // ['list_templates', 'render_template', 'lint_reply', 'guard_reply', 'check_conversation']
 * ```
 */
export function toolDefinitions(): ToolDefinition[] {
  return [
    {
      name: 'list_templates',
      description: 'List the reply templates (greetings, apologies, escalations, price changes, closings…), each with its id, what it is for and the JSON Schema of its variables. Filter to find the right one.',
      parameters: {
        type: 'object',
        properties: {
          search: { type: 'string', description: 'words that must all appear in the id, description or tags, e.g. "late delivery"' },
          category: { type: 'string', description: 'greeting, inquiry, apology, update, no-immediate-fix, price-change, negative-feedback, escalation, resolution, closing, community' },
          locale: LOCALE,
        },
        additionalProperties: false,
      },
    },
    {
      name: 'render_template',
      description: 'Write a reply from a template: the customer gets text written and reviewed by people who speak the language. Fill in the variables the template lists; dates are ISO 8601, money is { amount, currency }.',
      parameters: {
        type: 'object',
        properties: {
          id: { type: 'string', description: 'the template id from list_templates, e.g. apology.late-delivery' },
          variables: { type: 'object', description: 'the template’s variables (see its schema in list_templates)' },
          locale: LOCALE,
          register: REGISTER,
          channel: { type: 'string', enum: ['text', 'html', 'markdown'] },
          variant: { type: 'string', description: 'a phrasing by index ("0", "1"), or a seed such as the conversation id' },
        },
        required: ['id'],
        additionalProperties: false,
      },
    },
    {
      name: 'lint_reply',
      description: 'Check a reply for what hurts a support conversation (hiding behind policy, "I don’t know", blame, placeholders left in…): each finding says why and what to write instead.',
      parameters: { type: 'object', properties: { text: { type: 'string' }, locale: LOCALE, register: REGISTER }, required: ['text'], additionalProperties: false },
    },
    {
      name: 'guard_reply',
      description: 'Decide whether a reply may be sent: "send", "revise" (rewrite it with the reasons given) or "block". Applies safe fixes; promises of refunds, compensation, discounts, replacements, dates and guarantees are held unless allowed.',
      parameters: {
        type: 'object',
        properties: {
          text: { type: 'string' },
          locale: LOCALE,
          register: REGISTER,
          allow: { type: 'array', items: { type: 'string', enum: COMMITMENT_KINDS }, description: 'kinds of promise the bot may make' },
          facts: {
            type: 'object',
            properties: { refundDays: { type: 'number' }, replacementDays: { type: 'number' }, deliveryDays: { type: 'number' }, maxDiscountPercent: { type: 'number' } },
            additionalProperties: false,
            description: 'what the company really offers; a promise must agree with it',
          },
        },
        required: ['text'],
        additionalProperties: false,
      },
    },
    {
      name: 'check_conversation',
      description: 'Score a conversation against a support-quality checklist (greeted, used the name, acknowledged the problem, gave a time estimate, offered more help, thanked…).',
      parameters: {
        type: 'object',
        properties: {
          transcript: {
            type: 'array',
            description: 'the messages in order (the transcript as text, "Customer: …" and "Agent: …" lines, is read too)',
            items: {
              type: 'object',
              properties: { from: { type: 'string', enum: ['customer', 'agent', 'bot'] }, text: { type: 'string' }, at: { type: 'string', description: 'ISO 8601 time' } },
              required: ['from', 'text'],
              additionalProperties: false,
            },
          },
          locale: LOCALE,
          medium: { type: 'string', enum: ['chat', 'email', 'social', 'phone'] },
        },
        required: ['transcript'],
        additionalProperties: false,
      },
    },
  ];
}

/**
 * One tool per template, for APIs where a model picks a function: `apology_late_delivery` with the
 * template's variables as its parameters. Call `render_template` with the id in `description`.
 */
export function templateToolDefinitions(host: Pick<Tactful, 'templates'>, filter: Parameters<Tactful['templates']>[0] = {}): ToolDefinition[] {
  if (typeof host?.templates !== 'function') throw new InvalidOptionsError('host', 'a tactful instance (createTactful)', host);
  return host.templates(filter).map((template) => ({
    name: template.id.replace(/[^A-Za-z0-9_-]/g, '_'),
    description: `${template.description} (template ${template.id})`,
    parameters: variablesJsonSchema(template.variables),
  }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A problem with the arguments, said so a model can fix its call. */
class ArgumentProblem extends Error {}

function optionalString(args: Record<string, unknown>, name: string): string | undefined {
  const value = args[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ArgumentProblem(`"${name}" must be a string, received ${JSON.stringify(value)}`);
  return value;
}

function requiredString(args: Record<string, unknown>, name: string): string {
  const value = optionalString(args, name);
  if (value === undefined) throw new ArgumentProblem(`"${name}" is required`);
  return value;
}

function register(args: Record<string, unknown>): 'formal' | 'informal' | undefined {
  const value = optionalString(args, 'register');
  if (value !== undefined && value !== 'formal' && value !== 'informal') throw new ArgumentProblem(`"register" must be "formal" or "informal", received "${value}"`);
  return value;
}

/** A locale the instance has, else the instance's default (the tools never fail on an unknown tag: they fall back and say so). */
function locale(_host: ToolHost, args: Record<string, unknown>): string | undefined {
  return optionalString(args, 'locale');
}

/**
 * Runs one of the tools of `toolDefinitions` with a model's arguments. Never throws: wrong
 * arguments come back as `{ ok: false, error }` naming the argument or variable and what was
 * wrong, for the model to correct its call.
 *
 * @example
 * ```ts
 * callTool(tactful, 'render_template', { id: 'greeting.welcome', variables: { customerName: '' } });
 * // → { ok: false, error: 'invalid variables for template "greeting.welcome": "customerName": must not be empty' }
 * ```
 */
export function callTool(host: ToolHost, name: string, input: unknown): ToolOutcome {
  try {
    const args = input === undefined || input === null ? {} : input;
    if (!isRecord(args)) throw new ArgumentProblem(`the arguments must be an object, received ${JSON.stringify(args)}`);
    return { ok: true, value: run(host, name, args) };
  } catch (error) {
    if (error instanceof ArgumentProblem || error instanceof TactfulError) return { ok: false, error: error.message };
    return { ok: false, error: `${typeof name === 'string' ? name : 'the tool'} failed: ${error instanceof Error ? error.message : describeValue(error)}` };
  }
}

/** Refuses an argument the tool's schema does not have: a model's `strict: true` or misspelt `locle` is not silently ignored. */
function checkArguments(name: string, args: Record<string, unknown>): void {
  const definition = toolDefinitions().find((tool) => tool.name === name);
  const properties = definition?.parameters.properties as Record<string, unknown> | undefined;
  if (!properties) return;
  const known = Object.keys(properties);
  for (const key of Object.keys(args)) {
    if (!Object.hasOwn(properties, key)) throw new ArgumentProblem(`${name} has no argument "${key}": its arguments are ${known.map((k) => `"${k}"`).join(', ')}`);
  }
}

function run(host: ToolHost, name: string, args: Record<string, unknown>): unknown {
  checkArguments(name, args);
  switch (name) {
    case 'list_templates': {
      const filter = { search: optionalString(args, 'search'), category: optionalString(args, 'category'), locale: locale(host, args) };
      return host.templates(Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined))).map((t) => ({
        id: t.id,
        category: t.category,
        description: t.description,
        variables: variablesJsonSchema(t.variables),
        example: toJsonValue(t.example),
      }));
    }
    case 'render_template': {
      const id = requiredString(args, 'id');
      const template = host.templates().find((t) => t.id === id);
      if (!template) {
        // The instance's own error, with its suggestions of the nearest ids.
        host.renderResult(id as never, {} as never);
        throw new TemplateNotFoundError(id, []);
      }
      const variables = args.variables ?? {};
      if (!isRecord(variables)) throw new ArgumentProblem(`"variables" must be an object of the template’s variables, received ${JSON.stringify(variables)}`);
      const raw = args.variant;
      if (raw !== undefined && typeof raw !== 'number' && typeof raw !== 'string') throw new ArgumentProblem('"variant" must be an index or a seed string');
      const variant = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
      const channel = optionalString(args, 'channel') as 'text' | 'html' | 'markdown' | undefined;
      const result = host.renderResult(id as never, fromJsonVariables(variables, template.variables, { timeZone: host.timeZone, templateId: id }) as never, {
        locale: locale(host, args),
        register: register(args),
        ...(channel ? { channel } : {}),
        ...(variant !== undefined ? { variant } : {}),
      });
      return { text: result.text, locale: result.locale, register: result.register, fallback: result.fallback };
    }
    case 'lint_reply': {
      const text = requiredString(args, 'text');
      return host.lint(text, { locale: locale(host, args), register: register(args) }).map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        text: d.text,
        message: d.message,
        suggestions: d.suggestions,
        ...(d.kind ? { kind: d.kind } : {}),
      }));
    }
    case 'guard_reply': {
      const text = requiredString(args, 'text');
      const allow = args.allow;
      if (allow !== undefined && (!Array.isArray(allow) || !allow.every((kind) => (COMMITMENT_KINDS as readonly unknown[]).includes(kind)))) {
        throw new ArgumentProblem(`"allow" must be a list of ${COMMITMENT_KINDS.join(', ')}, received ${JSON.stringify(allow)}`);
      }
      const facts = args.facts;
      if (facts !== undefined && (!isRecord(facts) || !Object.values(facts).every((value) => typeof value === 'number'))) {
        throw new ArgumentProblem(`"facts" must be an object of numbers such as { "refundDays": 5 }, received ${JSON.stringify(facts)}`);
      }
      const result = host.guard(text, {
        locale: locale(host, args),
        register: register(args),
        commitments: { ...(allow ? { allow: allow as CommitmentKind[] } : {}), ...(facts ? { facts: facts as CommitmentFacts } : {}) },
      });
      return { verdict: result.verdict, text: result.text, locale: result.locale, reasons: result.reasons, changes: result.changes };
    }
    case 'check_conversation': {
      // The transcript as text ("Customer: …" lines, or JSON), as the CLI and parseTranscript read it, is
      // taken too: an MCP client driven by a person often pastes it so.
      const transcript = typeof args.transcript === 'string' ? parseTranscript(args.transcript) : args.transcript;
      if (!Array.isArray(transcript) || !transcript.every((m) => isRecord(m) && typeof m.text === 'string' && typeof m.from === 'string')) {
        throw new ArgumentProblem('"transcript" must be a list of { "from": "customer" | "agent" | "bot", "text": "…" }, or the transcript as "Customer: …" / "Agent: …" lines');
      }
      const medium = optionalString(args, 'medium');
      const card = host.checkConversation(transcript as unknown as TranscriptMessage[], {
        ...(locale(host, args) ? { locale: locale(host, args) } : {}),
        ...(medium ? { medium: medium as never } : {}),
      });
      return { score: card.score, items: card.items.map((item) => ({ id: item.id, status: item.status, explanation: item.explanation, suggestion: item.suggestion })) };
    }
    default:
      throw new ArgumentProblem(`unknown tool "${name}": the tools are ${toolDefinitions().map((t) => t.name).join(', ')}`);
  }
}


