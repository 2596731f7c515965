import { nfkc } from "../text/normalize";
import type { SenderFacts } from "./domain-facts";

/**
 * Words a phishing display name puts next to a brand's name ("Apple Support", "Netflix Billing Team", "Apple
 * Watch Giveaway"): a name with one of them is never taken for a business's own name below.
 */
const LURE_WORD =
  /^(?:support|service|services|account|accounts|security|secure|billing|bill|bills|id|login|signin|store|team|help|helpdesk|care|center|centre|verify|verification|update|official|customer|customers|online|pay|payment|payments|wallet|cloud|mail|email|inc|corp|corporation|notice|notification|notifications|alert|alerts|admin|info|desk|access|card|cards|bank|banking|member|members|membership|prime|gift|gifts|reward|rewards|refund|refunds|delivery|express|post|tracking|parcel|package|order|orders|invoice|receipt|subscription|subscriptions|premium|app|apps|device|devices|protect|protection|safety|fraud|department|dept|japan|global|international|usa|uk|jp|music|tv|icloud|itunes|points|point|market|marketplace|shopping|shop|giveaway|winner|winners|prize|prizes|bonus|free|offer|offers|promo|promotion|deal|deals|sale|claim|claims|survey|lottery|resolution|dispute|unit|legal|compliance|hq|headquarters|pedido|pedidos|rastreio|rastreamento|entrega|entregas|encomenda|cliente|clientes|atendimento|servicos|servico|conta|seguranca|cuenta|envio|envios|paquete|seguridad|colis|livraison|compte|konto|sendung|paket|kunden|kundenservice|zahlung|sicherheit)$/;

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
 * official domain, none of them a word a phishing name adds to a brand (LURE_WORD).
 */
export function ownBusinessName(sender: SenderFacts, name: string): boolean {
  if (!sender) return false;
  const f = sender.facts;
  if (f.freemail || f.abusedTld || f.hosting || f.official !== undefined || f.lookalike !== undefined) return false;
  const words = nfkc(name).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  // (Three words of three letters or more: "Bradesco S/A", "Pedido-Correios" or a brand's own two-word name is not this.)
  if (words.filter((w) => w.length >= 3).length < 3 || words.length > 6 || words.some((w) => LURE_WORD.test(w))) return false;
  if (words.some((w) => CASE_WORD.test(w))) return false;
  const compact = words.join("");
  return compact.length >= 8 && f.info.label.replace(/[^a-z0-9]/g, "").includes(compact);
}
