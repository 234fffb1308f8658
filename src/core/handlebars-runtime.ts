import HandlebarsRuntime from 'handlebars/runtime.js';
import type HandlebarsFull from 'handlebars';

/**
 * The library's own Handlebars runtime environment. Built-in structures are precompiled at build
 * time and bound to it, so rendering needs neither the compiler nor `eval`; nothing is registered
 * on the global Handlebars object a host application may also use. (The runtime's own typings
 * declare nothing, so it is typed as the full package, whose runtime half it is.)
 */
export const handlebarsRuntime: typeof HandlebarsFull = (HandlebarsRuntime as unknown as typeof HandlebarsFull).create();
