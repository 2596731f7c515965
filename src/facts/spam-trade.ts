import type { Original } from "../original/types";
import { headText } from "./head-text";

/**
 * The three trades of classic junk mail, by their own vocabulary — what survives when a mail is
 * forwarded inline and the provider's spam stamp is gone:
 * - pharma: prescription drugs sold without prescription (Viagra, Cialis, "online pharmacy");
 * - casino: bonuses on your deposit and free spins;
 * - dating: "lonely wives near you", sex dating.
 * A trade counts when at least two of its word families appear: a chemist's newsletter says
 * 医薬品, a lottery says jackpot, a dating app says "new match" — none says two of these.
 */
export type Trade = "pharma" | "casino" | "dating";

export const TRADES: Readonly<Record<Trade, readonly RegExp[]>> = {
  pharma: [
    /\b(?:viagra|cialis|levitra|sildenafil|tadalafil|vardenafil|kamagra)\b|バイアグラ|シアリス|レビトラ/i,
    // A second drug name: "Viagra & Cialis", the price list of these shops.
    /\b(viagra|cialis|levitra|kamagra)\b[\s\S]{0,300}?\b(?!\1\b)(?:viagra|cialis|levitra|kamagra)\b/i,
    /\b(?:without (?:a |any |the need for a )?(?:doctor'?s? )?prescription|no prescription(?: needed| required)?|prescription[- ]free|rezeptfrei|ohne rezept|sans ordonnance|sem receita|sin receta|zonder recept)\b|処方箋?(?:なし|不要|なしで)/i,
    /\b(?:online (?:pharmacy|drugstore|meds)|(?:canadian|generic|discount|express) (?:pharmacy|meds|pills|drugs)|pharmacy (?:online|discount)|(?:cheap|best) (?:meds|pills))\b|\$\s?\d+(?:[.,]\d+)?\s?(?:\/|per) ?pill\b/i,
    /\b(?:erectile|erection|erektion|erectil\w*|impoten\w*|penis enlarge\w*|male enhancement|potenzmittel|last longer in bed|harder,? longer)\b|勃起|精力剤|ED治療薬/i,
  ],
  casino: [
    /\b(?:casinos?|kasinos?|cassinos?|online slots|slot (?:machines?|games?)|spielautomat\w*|roulette|blackjack)\b|カジノ|スロット/i,
    /\b(?:free ?spins?|freispiele|gratis ?spins?|giros gr[áa]tis|rodadas gr[áa]tis|tours gratuits|tiradas gratis)\b|\+ ?\d{2,3} ?fs\b|フリースピン/i,
    /\b(?:welcome (?:bonus|pack(?:age)?)|(?:willkommens|einzahlungs)bonus|welkomstbonus|b[ôo]nus de boas[- ]vindas|bono de bienvenida|\d{2,4} ?% bonus|b0nus)\b|入金ボーナス/i,
    /\b(?:(?:deposit|no[- ]deposit|match) bonus|bonus (?:on|at|with) (?:your |every |each )?(?:first )?deposit|(?:first|1st) deposit|(?:erste[rn]? |ohne )einzahlung|eerste storting|b[ôo]nus de dep[óo]sito)\b|初回入金/i,
    /\b(?:jackpot|wager(?:ing)?|bet now|place your bets?|spin (?:the|to) win|cash ?out your winnings|(?:max(?:imum)? )?payout (?:limit|verification|ready|approved))\b/i,
  ],
  dating: [
    /\b(?:lonely (?:wives|women|housewives|girls|ladies|milfs?)|\d{1,3} ?(?:miles|km) (?:from|away from) you|(?:women|girls|ladies|singles|milfs?|wives|profiles) (?:near you|in your (?:area|city)|nearby)|(?:frauen|singles|m[äa]dchen|profile) in (?:deiner|ihrer) (?:n[äa]he|unmittelbaren umgebung)|vrouwen in (?:jouw|uw) buurt|(?:thousands of|tausende|duizenden) (?:\w+ )?(?:women|frauen|vrouwen|singles)|alleenstaande vrouwen)\b|近所の(?:人妻|女性)/i,
    /\b(?:sex ?dating|adult dating|casual (?:sex|encounters?)|hook ?-?ups?|one[- ]night stand|fuck ?buddy|sexkontakte|seitensprung|neuken|naughty (?:girls|women|wives)|nude (?:photos|pics)|nackt\w*|naaktfoto\S*|site for sex|sex site|intimate services)\b|セフレ|人妻|出会い系/i,
    /\b(?:looking for (?:a )?(?:lover|man|partner|sex|fun)|(?:i )?(?:miss|want|crave) your body|wants? to (?:meet|date|chat with) you|private (?:photos|pics|videos)|private fotos|privates foto|(?:she|girls?) (?:sent|sends?) you (?:a )?(?:message|photo)s?|(?:\d{2}|years?) old (?:girl|woman|lady)|\d{2} jahre? alt|(?:girls|frauen|m[äa]dchen|women|ladies) (?:warten auf dich|are waiting for you)|100 ?% (?:diskret|discreet|anonym\w*)|(?:no|geen|keine) (?:fake|nep) ?-?profiel\w*|no fake profiles|(?:female|weibliche) (?:members|mitglieder)|hot and passionate night)\b/i,
    /\b(?:(?:russian|ukrainian|ukrainische|slawische|slavic|asian|latin) (?:singles|girls|women|frauen|beauty|brides|ladies)|hot (?:singles|girls))\b/i,
  ],
};

/**
 * Exact pre-tests, one per trade: a trade counts only when two of its expressions match, so at least one
 * of any all-but-one of them matches. Each pre-test lists, for all of a trade's expressions but the one
 * with the commonest words (pharma: the shop's "online pharmacy … pills"; casino: the deposit; dating:
 * the long list of come-ons), a piece that every alternative of that expression contains as written
 * ("sildenafil" and "vardenafil" contain "denafil", "erectil\w*" contains "erect", "sex ?dating",
 * "sexkontakte" and "sex site" contain "sex", "\+ ?\d{2,3} ?fs" is kept whole), with the same flags (/i
 * without /u: the same case folding). So when a pre-test finds nothing, that trade's expressions find
 * at most one family, and the trade is not tried. tests/unit/spam-trade-gate.test.ts checks each
 * pre-test against every phrase its expressions are written for.
 */
export const TRADE_GATES: Readonly<Record<Trade, RegExp>> = {
  pharma:
    /viagra|cialis|levitra|denafil|tadalafil|kamagra|バイアグラ|シアリス|レビトラ|prescription|rezept|ordonnance|receita|receta|recept|処方|erect|erektion|impoten|penis|male enhancement|potenzmittel|longer in bed|harder|勃起|精力剤|治療薬/i,
  casino:
    /casino|kasino|cassino|slot|spielautomat|roulette|blackjack|カジノ|スロット|spin|freispiele|giros gr|rodadas gr|tours gratuits|tiradas gratis|\+ ?\d{2,3} ?fs|フリースピン|bonus|welcome pack|nus de boas|bono de|b0nus|入金ボーナス|jackpot|wager|bet now|place your bet|winnings|payout/i,
  dating:
    /lonely|miles|km|near you|in your area|in your city|nearby|in deiner|in ihrer|buurt|thousands of|tausende|duizenden|alleenstaande|近所の|sex|adult dating|casual encounter|hook|night stand|fuck|seitensprung|neuken|naughty|nude|nackt|naaktfoto|intimate services|セフレ|人妻|出会い系|russian|ukrainian|ukrainische|slawische|slavic|asian|latin|hot singles|hot girls/i,
};

/** The text read: junk mail says what it sells at once. */
const READ = 6000;

/** The trade the mail's own words sell, with the words quoted, or undefined. */
export function spamTrade(original: Original): { trade: Trade; words: string[] } | undefined {
  const text = headText(original, READ, true);
  for (const trade of Object.keys(TRADES) as Trade[]) {
    if (!TRADE_GATES[trade].test(text)) continue;
    const words = TRADES[trade].map((re) => re.exec(text)?.[0]).filter((w): w is string => !!w);
    if (words.length >= 2) return { trade, words };
  }
  return undefined;
}
