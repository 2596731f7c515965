import type { ActiveRecord } from "../rules/store";

/**
 * What the admin app needs from the Worker's env (generated `Env`, see worker/index.ts). ADMIN_TOKEN
 * is a secret: one token, or a comma-separated list of `label:token` entries (see auth.ts); it may be
 * unset in a deployment, and then the admin API is disabled. DB: the reports database (GET /admin/reports,
 * stats, campaigns, feedback, the console); absent = those answer 503 and the console says so.
 */
export type AdminBindings = Pick<Env, "RULES"> & Partial<Pick<Env, "ADMIN_TOKEN" | "DB">>;

export type AdminEnv = {
  Bindings: AdminBindings;
  Variables: {
    /** The label of the token that authenticated this request ("admin" for a bare token). */
    who: string;
    /** The active record as read by the If-Match check (mutating routes). */
    current: ActiveRecord;
  };
};
