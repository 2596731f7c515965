import { nfkc } from "../text/normalize";
import type { SenderFacts } from "./domain-facts";

/**
 * Words a phishing display name puts next to a brand's name ("Apple Support", "Netflix Billing Team", "Apple
 * Watch Giveaway"): a name with one of them is never taken for a business's own name below.
 */
const LURE_WORD =
  /^(?:support|service|services|account|accounts|security|secure|billing|bill|bills|id|login|signin|store|team|help|helpdesk|care|center|centre|verify|verification|update|official|customer|customers|online|pay|payment|payments|wallet|cloud|mail|email|inc|corp|corporation|notice|notification|notifications|alert|alerts|admin|info|desk|access|card|cards|bank|banking|member|members|membership|prime|gift|gifts|reward|rewards|refund|refunds|delivery|express|post|tracking|parcel|package|order|orders|invoice|receipt|subscription|subscriptions|premium|app|apps|device|devices|protect|protection|safety|fraud|department|dept|japan|global|international|usa|uk|jp|music|tv|icloud|itunes|points|point|market|marketplace|shopping|shop|giveaway|winner|winners|prize|prizes|bonus|free|offer|offers|promo|promotion|deal|deals|sale|claim|claims|survey|lottery|resolution|dispute|unit|legal|compliance|hq|headquarters|pedido|pedidos|rastreio|rastreamento|entrega|entregas|encomenda|cliente|clientes|atendimento|servicos|servico|conta|seguranca|cuenta|envio|envios|paquete|seguridad|colis|livraison|compte|konto|sendung|paket|kunden|kundenservice|zahlung|sicherheit)$/;

/**
 * Trade nouns a small business puts after its name ("Chase Plumbing", "Apple Dental", "Orange Bakery", "Target
 * Marketing"). Not a brand's own product line ("Target Optical", "Chase Auto", "Amazon Pharmacy", "Apple Music",
 * "Tesla Motors", "Amazon Studios"): none of those words is here.
 */
const TRADE =
  /^(?:plumbing|plumbers|marketing|bakery|bakehouse|dental|dentistry|orthodontics|law|lawyers|realty|realtors|roofing|electric|electrical|electricians|construction|builders|landscaping|catering|consulting|design|printing|garage|cleaning|flooring|painting|heating|hvac|veterinary|vets|cafe|coffee|bistro|kitchen|grill|pizza|pizzeria|florist|flowers|farm|farms|orchard|winery|brewery|salon|barbers|optometry|physio|chiropractic|pediatrics|accounting|architects|engineering|interiors|movers|tutoring|kennels|tires|tyres|hardware|lumber|furniture|carpets|locksmiths|pools|solar|smiles|eyecare|dentalcare)$/;

/**
 * More words of the kind, from the account scams a red team dressed as business names (red team 8: "Meta
 * Business Appeals Review", "PayPal Limitation Review", "Amazon Logistics Returns", "Sparkasse Kundenbetreuung
 * Zentrale"): an account's review, appeal, recovery or renewal, a parcel's return, a bank's customer desk.
 */
const CASE_WORD =
  /^(?:review|reviews|appeal|appeals|recovery|recover|restore|restoration|reactivation|unlock|limitation|limitations|limited|restricted|suspension|renewal|renewals|renew|return|returns|logistics|shipping|shipment|dispatch|courier|assistance|authentication|authentification|validation|confirmation|identity|case|cases|ticket|policy|violation|copyright|kundenbetreuung|kundencenter|zentrale|verifizierung|remboursement|reembolso|devoluciones|securite|verificacion)$/;

/**
 * The display name is the sender's own business name that merely contains a brand's word: "Apple Tree
 * Dental" from appletreedental.org, "Big Apple Bagels" from bigapplebagels-chicago.com. Three to six Latin
 * words whose letters are in the domain's own name, on an ordinary ending and not a free host or a brand's
 * official domain, none of them a word a phishing name adds to a brand (LURE_WORD). Or two words, a name and a
 * trade (TRADE), that are exactly the domain's own name: a phishing name of two words adds a lure word ("Apple
 * Support") or is the brand's own two-word name, and does not buy the name spelt out as its domain.
 */
export function ownBusinessName(sender: SenderFacts, name: string): boolean {
  if (!sender) return false;
  const f = sender.facts;
  if (f.freemail || f.abusedTld || f.hosting || f.official !== undefined || f.lookalike !== undefined) return false;
  // (Both readings below need the domain's name to hold six letters at least: two words of three.)
  if (f.info.label.replace(/[^a-z0-9]/g, "").length < 6) return false;
  const words = nfkc(name).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  // Two words, a name and a trade ("Apple Dental" from appledental.com): the domain's own name exactly, letter for letter.
  if (words.length === 2 && words.every((w) => w.length >= 3) && TRADE.test(words[1]!) && !LURE_WORD.test(words[0]!))
    return f.info.label.replace(/[^a-z0-9]/g, "") === words.join("");
  // (Three words of three letters or more: "Bradesco S/A", "Pedido-Correios" or a brand's own two-word name is not this.)
  if (words.filter((w) => w.length >= 3).length < 3 || words.length > 6 || words.some((w) => LURE_WORD.test(w))) return false;
  if (words.some((w) => CASE_WORD.test(w))) return false;
  const compact = words.join("");
  return compact.length >= 8 && f.info.label.replace(/[^a-z0-9]/g, "").includes(compact);
}
