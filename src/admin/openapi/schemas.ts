import { z } from "@hono/zod-openapi";
import { RuleSetSchema } from "../../rules/schema";
import { ConfirmSchema, PatchOpSchema, patchBodyOf } from "../patch";

/**
 * zod 4 gives a schema the `.openapi()` method when it is constructed, and only once
 * @hono/zod-openapi has been loaded; the rule schemas may be built before that (the email handler
 * imports them first), so they are cloned here, after the import, to be named in the document.
 */
const named = <T extends z.ZodType>(schema: T, id: string, meta?: Parameters<T["openapi"]>[1]): T => schema.clone().openapi(id, meta);

/**
 * Request and response schemas of the admin API. Bodies are validated with these (and the rule
 * set with src/rules/schema.ts's RuleSetSchema itself); /admin/openapi.json is generated from them.
 */

export const RuleSet = named(RuleSetSchema, "RuleSet");
/** PUT body: a whole rule set. Unknown top-level keys are refused, so a misspelt list is never silently dropped. */
export const Confirm = ConfirmSchema.clone().openapi("Confirm", {
  description: 'Send "weakens_detection" to make a change that the dry run says makes a bundled phishing sample no longer dangerous (otherwise 409 weakens_detection). Same as the header X-Confirm: weakens_detection.',
});
export const PutBody = named(RuleSetSchema.extend({ confirm: Confirm.optional() }).strict(), "PutRulesBody");
export const PatchOp = named(PatchOpSchema, "PatchOp");
export const PatchBody = patchBodyOf(PatchOp).openapi("PatchRulesBody", {
  example: { ops: [{ op: "add_domain", brand: "amazon", domain: "amazon-notice.example.jp" }, { op: "add_tld", tld: "zip" }] },
});
/** validate: exactly what you would PUT, or exactly what you would PATCH (an object with "ops"). */
export const ValidateBody = z.union([PatchBody, PutBody]).openapi("ValidateBody");
export const RollbackBody = z.object({ version: z.number().int().min(0).openapi({ example: 3 }), confirm: Confirm.optional() }).strict().openapi("RollbackBody");

export const Issue = z.object({ path: z.string().openapi({ example: "brands.3.domains.0" }), message: z.string() }).openapi("Issue");
export const ErrorBody = z
  .object({
    error: z.string().openapi({ example: "invalid_body" }),
    message: z.string().optional(),
    issues: z.array(Issue).optional(),
    version: z.number().optional(),
  })
  .openapi("Error");

const VerdictValues = z.enum(["dangerous", "suspicious", "no_signs", "unreadable"]);
export const Weakening = z
  .object({ id: z.string(), description: z.string(), before: VerdictValues, after: VerdictValues })
  .openapi("Weakening", { description: "a bundled phishing sample that is dangerous now and would not be after the change" });
export const WeakensBody = z
  .object({ error: z.literal("weakens_detection"), message: z.string(), impact: z.array(Weakening) })
  .openapi("WeakensDetection");

export const Health = z.object({ ok: z.boolean(), rulesVersion: z.number().int() }).openapi("Health");

export const ActiveRules = z
  .object({
    version: z.number().int(),
    etag: z.string().openapi({ example: '"v4-1a2b3c4d5e6f"' }),
    activatedAt: z.string().openapi({ description: "ISO time; empty for version 0, the rules bundled with the worker" }),
    rules: RuleSet,
  })
  .openapi("ActiveRules");

export const ChangeResult = z
  .object({
    changed: z.boolean().openapi({ description: "false when the result equals the active set: nothing was written" }),
    version: z.number().int(),
    etag: z.string(),
    activatedAt: z.string(),
    summary: z.string().openapi({ example: "PATCH: +domain amazon-notice.example.jp to amazon; +tld zip" }),
  })
  .openapi("ChangeResult");

export const Change = z
  .object({
    version: z.number().int().openapi({ description: "the version this change activated" }),
    at: z.string(),
    author: z.string().openapi({ description: "label of the admin token used" }),
    action: z.enum(["put", "patch", "rollback"]),
    summary: z.string(),
    previous: z.number().int().openapi({ description: "the version that was active before" }),
  })
  .openapi("Change");

export const Versions = z
  .object({ active: z.number().int(), versions: z.array(Change.extend({ action: z.enum(["put", "patch", "rollback", "embedded"]) })) })
  .openapi("Versions");
export const StoredVersion = z
  .object({ version: z.number().int(), createdAt: z.string(), author: z.string(), action: z.string(), summary: z.string(), rules: RuleSet })
  .openapi("StoredVersion");
export const Audit = z.object({ entries: z.array(Change) }).openapi("Audit");

const VerdictEnum = z.enum(["dangerous", "suspicious", "no_signs", "unreadable"]);
export const SampleImpact = z
  .object({ id: z.string(), description: z.string(), before: VerdictEnum, after: VerdictEnum, changed: z.boolean() })
  .openapi("SampleImpact");
export const ValidateReport = z
  .object({
    valid: z.boolean(),
    kind: z.enum(["put", "patch"]),
    error: z.string().optional(),
    issues: z.array(Issue),
    summary: z.string().optional(),
    counts: z
      .object({ brands: z.number(), phrases: z.number(), abusedTlds: z.number(), allowDomains: z.number(), blockDomains: z.number() })
      .optional(),
    impact: z.object({ changed: z.number().int(), samples: z.array(SampleImpact) }).optional(),
    weakens: z.array(Weakening).optional().openapi({ description: "phishing samples that would no longer be dangerous: PUT/PATCH would answer 409 weakens_detection unless confirmed" }),
  })
  .openapi("ValidateReport");

export const CheckJson = z
  .object({
    file: z.literal("request"),
    verdict: VerdictEnum,
    score: z.number().openapi({ description: "summed points (dangerous ≥ 5, suspicious ≥ 3)" }),
    language: z.enum(["ja", "en"]),
    reasons: z.array(z.object({ code: z.string(), severity: z.string(), message: z.string() })),
  })
  .openapi("CheckResult", { description: "the same JSON line as `npm run check -- --json`, with file \"request\"" });

export const VersionParam = z.object({
  version: z.coerce.number().int().min(0).openapi({ param: { name: "version", in: "path" }, example: 3 }),
});
export const IfMatchHeader = z.object({
  "if-match": z.string().openapi({ description: "the ETag of GET /admin/rules (412 when stale, 428 when absent)", example: '"v4-1a2b3c4d5e6f"' }),
  "x-confirm": z
    .string()
    .optional()
    .openapi({ description: 'weakens_detection: apply even though a bundled phishing sample would no longer be dangerous (same as "confirm" in the body)', example: "weakens_detection" }),
});
export const ConfirmHeader = IfMatchHeader.pick({ "x-confirm": true });

/** An OpenAPI response with a JSON body of `schema`. */
export const jsonResponse = <T>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
/** An error response (`ErrorBody`). */
export const errorResponse = (description: string) => jsonResponse(ErrorBody, description);
