/** @jsxImportSource hono/jsx */
import { defangDomain, defangText } from "../../reply/defang";
import { getCampaign, getStats, listCampaigns, listFeedback } from "../../reports/queries";
import { readActive } from "../../rules/store";
import { PatchOpSchema } from "../patch";
import { type C, type ConsoleApp, page } from "./context";
import { CampaignPage, type BlockChoice } from "./pages/campaign";
import { MessagePage } from "./pages/login";
import { OverviewPage } from "./pages/overview";

/** The reports pages: the overview (also the console's home) and one campaign with its block form. Returns the overview handler. */
export function reportRoutes(app: ConsoleApp) {
  const overview = async (c: C) => {
    const p = page(c);
    const db = c.env.DB;
    let data = null;
    if (db) {
      try {
        const [stats, campaigns, disputed] = await Promise.all([getStats(db, 14), listCampaigns(db, { limit: 5 }), listFeedback(db, { limit: 10, reviewed: false })]);
        data = { stats, campaigns: campaigns.campaigns, disputed: disputed.feedback };
      } catch (e) {
        console.error(JSON.stringify({ event: "console_reports_error", error: e instanceof Error ? e.message.slice(0, 200) : "error" }));
      }
    }
    return c.html(<OverviewPage p={p} data={data} />);
  };
  app.get("/", overview);

  app.get("/campaigns/:key", async (c) => {
    const p = page(c);
    const db = c.env.DB;
    const campaign = db ? await getCampaign(db, c.req.param("key")).catch(() => null) : null;
    if (!campaign) return c.html(<MessagePage p={p} title={p.t.campaign.title(defangText(c.req.param("key"), 80))} text={p.t.campaign.notFound} />, 404);
    const { rules } = await readActive(c.env.RULES);
    const choices: BlockChoice[] = [];
    for (const raw of campaign.suggestedOps) {
      const op = PatchOpSchema.safeParse(raw);
      if (!op.success) continue;
      const target = "domain" in op.data ? op.data.domain : "tld" in op.data ? op.data.tld : "";
      choices.push({ value: JSON.stringify(op.data), label: `${op.data.op} ${defangDomain(String(target))}`, checked: true });
    }
    const tld = campaign.senderDomain?.split(".").pop();
    if (tld && /^[a-z]{2,24}$/.test(tld) && !rules.abusedTlds?.includes(tld))
      choices.push({ value: JSON.stringify({ op: "add_tld", tld }), label: p.t.campaign.blockTld(tld), checked: false });
    return c.html(<CampaignPage p={p} c={campaign} choices={choices} />);
  });
  return overview;
}
