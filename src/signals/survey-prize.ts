import { reason } from "../reasons/catalogue";
import { surveyPrize } from "../facts/survey-prize";
import { lureCanApply, strangerLink } from "../facts/stranger-link";
import { linksHome } from "../facts/links-home";
import { hostInfo, linkHost } from "../text/host";
import type { Signal, SignalContext } from "./types";

/**
 * Survey platforms companies run their own customer surveys on (royalmail.eu.qualtrics.com): a
 * "you have been selected for our survey, win a voucher" there is the company's own. The lure's
 * landing pages are the scammers' own sites. (forms.gle is Google Forms' own short address for the forms on
 * docs.google.com, Google's official site: a gym's or a club's survey sent from Gmail.)
 */
const SURVEY_PLATFORMS = new Set(["forms.gle", "qualtrics.com", "surveymonkey.com", "surveymonkey.de", "surveymonkey.co.uk", "medallia.com", "medallia.eu", "questionpro.com", "alchemer.com", "smartsurvey.co.uk", "surveygizmo.com", "typeform.com", "confirmit.com", "decipherinc.com"]);

/**
 * The survey-prize lure (src/facts/survey-prize.ts): "you have been chosen — answer a few questions
 * (or confirm your details) and the €500 voucher is yours", with a link to a stranger's site.
 * Suspicious: the survey leads to a form for card details or a "small shipping fee". Not on a
 * mailing list, not from a brand's own domain, not to a survey platform, not from a sender that links to its
 * own site as well.
 */
export function surveyPrizeSignals({ original, rules, sender }: SignalContext): Signal[] {
  if (!lureCanApply(original, sender, rules)) return [];
  // (The link first: without a stranger's site the words are not read at all.)
  const stranger = strangerLink(rules, original, sender);
  const host = stranger ? hostInfo(linkHost(stranger.href) ?? "") : undefined;
  if (!stranger || !host || SURVEY_PLATFORMS.has(host.domain)) return [];
  const words = surveyPrize(original);
  if (!words) return [];
  // A shop's, a dealer's or a magazine's own survey links to its own pages too (the order, the draw's terms,
  // the imprint); the lure sends its reader only to a stranger's (facts/links-home).
  if (linksHome(rules, original, sender)) return [];
  return [reason("prize_survey", { words: words.join("\u0000"), url: stranger.href.slice(0, 200), domain: host.host })];
}
