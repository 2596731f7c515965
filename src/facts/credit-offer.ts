import type { Original } from "../original/types";

/**
 * Credit offered by junk mail, by its own vocabulary: an approval you never applied for (pre-approved,
 * instant approval, "you've been selected to apply", no credit check) for a loan, a mortgage, a credit
 * line or a card ("bad credit" alone is an article's topic; "bad credit OK" is the junk's promise). The link behind it leads to a form that takes your name, social security or tax number
 * and bank details — or a fee "to release the loan". Both families must be there: a bank's statement
 * says "credit card" and a shop says "payment approved", neither says "pre-approved" or "instant approval"
 * together with a loan or a card.
 */
const APPROVAL =
  /\b(?:pre-?approved|pre-?qualified|instant(?:ly)? (?:online )?approv\w*|guaranteed (?:approval|acceptance)|(?:you(?:'ve| have| are| were)?|you're) (?:been )?(?:(?:pre-?)?approved|selected to apply|granted (?:approval|a credit)|chosen to (?:apply|receive))\b|(?:application|request) (?:was|has been|is) (?:processed and )?approved|eligible for (?:a |an |up to )?(?:\$|us\$|r\$|€|£)? ?\d|no credit checks?|(?:bad|poor|no) credit(?: history)?,? (?:is )?(?:ok|okay|accepted|welcome|no problem)|regardless of (?:your )?credit|no employment (?:required|verification)|(?:cr[ée]dito|empr[ée]stimo) (?:pr[ée]-?aprovado|aprovado|liberado)|sem consulta (?:ao )?(?:spc|serasa))\b/i;

const PRODUCT =
  /\b(?:mortgage|re-?financ\w*|home (?:equity )?loans?|(?:personal|payday|cash|business|auto|car|student|instant) loans?|loan (?:amount|offer|approval|application)|credit ?line|line of credit|(?:visa|master ?card|gold|platinum|credit|stored[- ]value|prepaid) cards?|\d+(?:[.,]\d+)? ?%\s*(?:rate|apr|fixed|interest)|(?:low|fixed) (?:interest )?rate|empr[ée]stimos?|financiamentos?|cr[ée]dito pessoal|taxa de juros)\b/i;

/** The text read: the offer is made at once. */
const READ = 3000;

/**
 * The disclosures a regulated lender must print under its own offer: deposit insurance (Member FDIC,
 * NCUA, CDIC), Equal Housing Lender, an NMLS licence number, the prescreen opt-out notice of a "pre-approved"
 * card, a UK lender's "regulated by the Financial Conduct Authority" (or "authorised by the PRA and regulated by the FCA",
 * its "Financial Services Register No."), a Brazilian one's Ouvidoria and CET
 * (custo efetivo total). A bank's or a credit union's offer carries them in its footer, through whatever click tracker its
 * mail service uses; the junk that sells "instant approval" to anyone has no licence to name.
 */
const REGULATED =
  /\b(?:member fdic|(?:federally )?insured by (?:the )?ncua|equal housing (?:lender|opportunity)|nmls (?:id |#|no\.? )?\s?\d{3,}|prescreen(?:ed)? (?:&|and) opt-?out notice|optoutprescreen\.com|(?:authori[sz]ed (?:and regulated )?|regulated )by the (?:financial conduct authority|prudential regulation authority|fca|pra)\b|financial services register (?:no\.?|number)|member of cdic|cdic member|ouvidoria|custo efetivo total|cet (?:informado|de \d|a partir))\b/i;

/** The footer read for the disclosures: at the end of a long offer. */
const FOOTER = 20_000;

/** The two families' words, or undefined when the mail offers no credit this way. */
export function creditOffer(original: Original): string[] | undefined {
  const text = `${original.from?.name ?? ""}\n${original.subject}\n${original.text.slice(0, READ)}`;
  const approval = APPROVAL.exec(text)?.[0];
  if (!approval) return undefined;
  const product = PRODUCT.exec(text)?.[0];
  if (!product) return undefined;
  const all = original.text.length <= FOOTER ? original.text : `${original.text.slice(0, READ)}\n${original.text.slice(-FOOTER)}`;
  return REGULATED.test(all) ? undefined : [approval, product];
}
