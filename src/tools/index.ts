/**
 * `tactful/tools`: the catalog and the checks as tools for an LLM — JSON Schema for every
 * template's variables, tool definitions an LLM API accepts, and `callTool` to run them (the MCP
 * server `tactful mcp` is built on these).
 *
 * @packageDocumentation
 */
export { callTool, templateToolDefinitions, toolDefinitions } from './tools';
export type { ToolDefinition, ToolHost, ToolOutcome } from './tools';
export { fromJsonVariables, toJsonValue, variableJsonSchema, variablesJsonSchema } from './schema';
export type { JsonSchema } from './schema';
