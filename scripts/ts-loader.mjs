// Lets Node's own test runner import TypeScript sources: esbuild strips the types, nothing else.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
