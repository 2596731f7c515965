/**
 * Memory and cold compile time of one synthetic rule set, in a fresh process (as a new isolate
 * would build it): node --import tsx cli/bench-rules-child.ts DOMAINS PHRASES. Prints one JSON line.
 */
import { compileRules } from "../src/rules/compile";
import { rulePacks } from "../src/rules/default";
import { RuleSetSchema } from "../src/rules/schema";
import { syntheticRules } from "./bench-gen";
import { gc } from "./bench-stats";

const [d, p] = process.argv.slice(2).map(Number);
// What KV hands the worker: JSON text of the rule set.
const json = JSON.stringify(syntheticRules(rulePacks(), d!, p!));
gc();
const heap0 = process.memoryUsage().heapUsed;
let t0 = performance.now();
const rs = RuleSetSchema.parse(JSON.parse(json));
const validate = performance.now() - t0;
t0 = performance.now();
const compiled = compileRules(rs, 1);
const compile = performance.now() - t0;
gc();
const heap = process.memoryUsage().heapUsed - heap0;
console.log(JSON.stringify({ jsonBytes: json.length, validate, compile, heap, brands: compiled.brands.length }));
