import type { ActiveRecord } from "../rules/store";

/** What the admin app needs from the Worker's env. */
export type AdminBindings = {
  RULES: KVNamespace;
  /** Secret: one token, or a comma-separated list of `label:token` entries (see auth.ts). Unset = admin disabled. */
  ADMIN_TOKEN?: string;
  /** The reports database (GET /admin/reports, stats, campaigns, feedback); absent = those answer 503 and the console says so. */
  DB?: D1Database;
};

export type AdminEnv = {
  Bindings: AdminBindings;
  Variables: {
    /** The label of the token that authenticated this request ("admin" for a bare token). */
    who: string;
    /** The active record as read by the If-Match check (mutating routes). */
    current: ActiveRecord;
  };
};
