import type { CompiledRules } from "../rules/compile";
import type { Original } from "../original/types";
import { addressDomain } from "../text/host";
import { emailsIn } from "../text/strings";
import { domainFacts } from "./domain-facts";

/**
 * Lures whose only call to action is a mail to a free mailbox that is not the sender's — no link, no
 * sum in millions (src/facts/advance-fee.ts takes those): the "lonely woman" who will send her photo
 * from her gmail address, the grant or compensation "issued to you" that you claim by writing to a
 * gmail address. They come from hijacked accounts of schools and town halls, or from one free mailbox
 * and point to another: the conversation, and the fee or the card, moves where no filter follows.
 * - romance: two kinds of the come-on (a lonely, unmarried woman; looking for a man; "what state are
 *   you from"; her photo promised), so a friend who writes "I'm lonely here" from a new address is not one;
 * - windfall: money or a prize said to be yours already, to be claimed by writing (a grant "issued to
 *   you", "for quick claims", "you will be greatly rewarded"), without a sum: a short teaser;
 * - loan: "we offer loans at an interest rate of 2%", apply by mail — the advance-fee loan, whose
 *   "processing fee" is the scam; a lender takes applications on its own site;
 * - teaser: nothing but "I have been trying to reach you … email me for details" and the other address,
 *   a few lines from a hijacked account.
 */

export type ContactLureKind = "romance" | "windfall" | "loan" | "teaser";

const ROMANCE: readonly RegExp[] = [
  // She describes herself.
  /\b(?:i(?:'m| am) (?:a |an )?(?:\w+ )?(?:lonely|unmarried|single|divorced|widowed)\b|lonely (?:ordinary |beautiful |young |russian |ukrainian )?(?:woman|women|girl|lady|female)|(?:unmarried|single|beautiful|pretty|charming) (?:\d{2} ?(?:yo|y\.o\.?|years? old) )?(?:\w+ )?(?:woman|girl|lady|female)|\d{2} ?(?:yo|y\.o\.?|years? old) (?:\w+ )?(?:woman|girl|lady|female)|(?:sou|estou) (?:uma )?(?:mulher )?(?:solteira|sozinha))\b/i,
  // She looks for a man.
  /\b(?:(?:looking|searching|seeking|waiting|trying to find) (?:for )?(?:a |an |my |the )?(?:\w+ )?(?:man|men|guy|male|gentleman|husband|boyfriend|buddy|partner|soulmate|soul mate)|(?:sir|mister|dear) handsome|handsome (?:man|guy|sir)|hot (?:guy|man|male)|(?:procuro|procurando) (?:um )?(?:homem|namorado))\b/i,
  // Where are you from.
  /\b(?:what (?:state|country|city|part of the world) (?:are|r) (?:you|u) (?:from|in|living)|where (?:are|r) (?:you|u) from|from (?:the )?united states\)?|de (?:que|qual) (?:estado|pa[íi]s) (?:você|voce) [ée])\b/i,
  // Her photo, promised for an answer.
  /\b(?:(?:send|reply|show|attach)(?: to)? (?:you |u )?(?:my |a |some )?(?:photos?|pictures?|pics?)|my (?:photos?|pictures?|pics?)\b(?! of (?:the|our))|minhas? fotos?)\b/i,
  // Small talk.
  /\b(?:small talk|to get acquainted|get to know (?:each other|you better)|chat with (?:you|u)\b(?! about)|conhecer voc[êe])\b/i,
];

/** Money or a prize that is already yours, to claim by writing. */
const WINDFALL =
  /\b(?:(?:grant|fund|funds|compensation|donation|payment|prize|award|inheritance|reward|winnings|sum|cheque|check|bonus)s? (?:has|have) been (?:issued|awarded|approved|released|allocated|assigned|transferred|credited|granted|donated|reserved) (?:to|for|in favou?r of) (?:you|your)|for (?:your |a |the )?(?:quick|fast|immediate|speedy) claims?\b|to claim (?:your|the) (?:grant|fund|funds|compensation|donation|payment|prize|award|inheritance|reward|winnings)|you (?:will|shall) be (?:greatly|immensely|richly|handsomely|hugely) (?:rewarded|compensated)|você será (?:imensamente|muito bem|grandemente|generosamente) (?:recompensad[oa])|(?:you|your e-?mail(?: address)?) (?:ha(?:s|ve) been|were|was) (?:selected|chosen|picked) (?:to receive|as (?:a |the )?(?:beneficiary|winner|recipient))|seu e-?mail foi (?:selecionado|escolhido))\b/i;

/**
 * A lender's offer made to anyone: "we offer loans at a rate of 2%", "oferecemos empréstimos". A rate on
 * its own counts when it is the scam's impossible one (up to 3 %, or "only"): a realtor passing on a
 * lender's "30-year fixed at an interest rate of 6.125%" quotes the market.
 */
const LOAN =
  /\b(?:we (?:offer|give|grant|provide|lend) (?:\w+ ){0,4}?(?:loans?|financing|credit)|(?:loans?|financing) (?:at|with) (?:an? |the )?(?:low |fixed )?(?:interest )?rate of|(?:interest )?rate of (?:(?:only|just) \d[\d.,]*|[0-3](?:[.,]\d{1,3})?)\s?%|oferecemos (?:\S+ ){0,2}?(?:empr[ée]stimos?|financiamentos?|cr[ée]dito)|taxa de juros de (?:(?:apenas|s[óo]) \d|[0-3](?:[.,]\d{1,3})?\s?%)|ofrecemos (?:\S+ ){0,2}?(?:pr[ée]stamos?|financiaci[óo]n)|tasa de inter[ée]s del? (?:(?:solo|s[óo]lo) \d|[0-3](?:[.,]\d{1,3})?\s?%)|融資(?:を|いたします)|低金利で(?:融資|貸)|ローンを(?:ご提供|提供))/i;

/** The whole teaser: someone has been trying to reach you and wants a mail. */
const TEASER_WORDS =
  /\b(?:(?:i(?:'ve| have)? been |i am |i'm )?trying to (?:reach|contact|get in touch with) you|waiting (?:for|on) your (?:e-?mail|reply|response|answer)|did you (?:get|receive|see) (?:my|the|our) (?:e-?mail|message|mail|letter)|e-?mail me (?:for|with) (?:more |further )?(?:details|information|info)|te mandei um e-?mail|voc[êe] recebeu (?:o )?meu e-?mail)\b/i;

/** A teaser is a few lines. */
const TEASER_ONLY = 400;

/** Words that send the reader to write to an address just after them. */
const WRITE = /\b(?:e-?mail|mail|write|contact|reply|respond|reach|message|send|claims?|details)\b|contato|escreva|responda|返信|連絡|メール/i;

/** The text read: these lures are short. */
const READ = 3000;

/**
 * A windfall teaser is a few lines: a real award (a travel grant, a prize draw) comes with its
 * conditions, dates and the organiser's site, and is longer than this.
 */
const TEASER = 1000;

export type ContactLure = { kind: ContactLureKind; words: string; address: string };

/** The free mailbox the text or Reply-To sends answers to, when it is not the sender's. */
function writeTo(rules: CompiledRules, original: Original, text: string): string | undefined {
  const from = (original.from?.address ?? "").toLowerCase();
  const free = (a: string) => {
    const d = addressDomain(a);
    return !!d && a !== from && domainFacts(rules, d).freemail;
  };
  const written = emailsIn(text, 10)
    .filter((m) => WRITE.test(text.slice(Math.max(0, m.index - 60), m.index)))
    .map((m) => m[0].toLowerCase());
  return [...written, ...original.replyTo.map((r) => r.address.toLowerCase())].find(free);
}

/** The lure and where it wants the answer, or undefined. */
export function contactLure(rules: CompiledRules, original: Original): ContactLure | undefined {
  const text = `${original.subject}\n${original.text.slice(0, READ)}`;
  if (!text.includes("@") && original.replyTo.length === 0) return undefined;
  // (Where the answer is to go first: without a free mailbox to write to, the lure's words are not read.)
  const address = writeTo(rules, original, text);
  if (!address) return undefined;
  const found = lure(original, text);
  return found ? { ...found, address } : undefined;
}

/** Local parts that name a mailbox, not a person. */
const NOT_A_NAME = /^(?:info|mail|admin|contact|support|office|sales|hello|team|user|service|noreply|phishing)$/;

/**
 * Whether the mail opens by the reader's own first name ("Emma dear, …", "Dear Priya,"), read from the
 * recipient's address (emma.miller@…): someone who knows the reader. The hijacked account's teaser, the
 * romance and the windfall go out in bulk to addresses, not to people.
 */
function greetsReader(original: Original, text: string): boolean {
  const words = new Set(text.slice(text.indexOf("\n") + 1).slice(0, 80).toLowerCase().match(/\p{L}+/gu) ?? []);
  return original.recipients.slice(0, 5).some((a) => {
    const first = /^[a-z]{3,20}(?=[._-]|$)/.exec(a.split("@")[0]!.toLowerCase())?.[0];
    return !!first && !NOT_A_NAME.test(first) && words.has(first);
  });
}

function lure(original: Original, text: string): { kind: ContactLureKind; words: string } | undefined {
  const loan = LOAN.exec(text)?.[0];
  if (greetsReader(original, text)) return loan ? { kind: "loan", words: loan } : undefined;
  const romance = ROMANCE.map((re) => re.exec(text)?.[0]).filter((w): w is string => !!w);
  // One of them must be the stranger's: she looks for a man, or asks where you are from. A friend who
  // writes from a new address that she is lonely since the move and will send photos of the flat is not.
  if (romance.length >= 2 && (ROMANCE[1]!.test(text) || ROMANCE[2]!.test(text)))
    return { kind: "romance", words: romance.slice(0, 2).join("\u0000") };
  if (loan) return { kind: "loan", words: loan };
  if (original.text.length > TEASER) return undefined;
  const windfall = WINDFALL.exec(text)?.[0];
  if (windfall) return { kind: "windfall", words: windfall };
  const teaser = original.text.trim().length <= TEASER_ONLY ? TEASER_WORDS.exec(text)?.[0] : undefined;
  return teaser ? { kind: "teaser", words: teaser } : undefined;
}
