import type { Bilingual } from "./types";

/**
 * What a quoted pressure phrase is about, so the explanation fits it: a deadline ("within 24
 * hours"), an account stopped or limited, a fraud or sign-in warning, a parcel on hold, a prize.
 */
type Pressure = "deadline" | "suspended" | "fraud" | "delivery" | "reward" | "other";
const DEADLINE = /\d|within|hours?\b|today|expire|deadline|以内|期限|本日|期間内|今日中|horas|stunden|heures|\b\d+h\b/i;
const SUSPENDED = /suspen|lock|limit|restrict|disabl|deactivat|clos|terminat|frozen|block|on hold|delet|lose access|停止|ロック|制限|凍結|規制|失効|sperr|bloque|bloqueio|suspens/i;
const FRAUD = /unauthori|suspicious|unusual|irregular|fraud|compromis|hack|sign-?in|login|device|不正|不審|異常|身に覚え|betrug|fraude/i;

function pressureKind(text: string, kind: string): Pressure {
  if (kind === "delivery") return "delivery";
  if (kind === "reward") return "reward";
  if (kind === "urgency" && DEADLINE.test(text)) return "deadline";
  if (SUSPENDED.test(text)) return "suspended";
  if (FRAUD.test(text)) return "fraud";
  return "other";
}

const EXPLAIN: Record<Pressure, Bilingual> = {
  deadline: {
    ja: "本物の会社が、このように短い期限を切って手続きを迫ることはほとんどありません。",
    en: "Real companies rarely demand that you act within a deadline like this.",
  },
  suspended: {
    ja: "アカウントが止められたと知らせてリンクを開かせるのは、詐欺メールで最もよくある手口です。本当に止められているなら、公式アプリやサイトにも表示されます。",
    en: "Saying your account is stopped or limited, so that you open the link, is the most common phishing trick. If it were true, the official app or website would show it too.",
  },
  fraud: {
    ja: "本物のカード会社や銀行も不正利用の連絡をしますが、本物なら、メールのリンクを使わずに公式アプリやカード裏面の電話番号で確かめられます。",
    en: "Real banks and card companies do send such warnings, but a real one can be checked without the mail: in the official app, or by calling the number on the back of your card.",
  },
  delivery: {
    ja: "宅配業者を装った偽の不在通知は、とても多い詐欺です。本物なら、業者の公式アプリやサイトで伝票番号から確かめられます。",
    en: "Fake delivery notices are one of the most common scams. A real one can be checked on the courier's own app or website with the tracking number.",
  },
  reward: {
    ja: "思いがけない当選や特典は、個人情報やカード情報を入力させるための餌です。",
    en: "Unexpected prizes and rewards are bait to get your personal or card details.",
  },
  other: {
    ja: "慌てさせて、よく考えずに操作させるための言葉です。",
    en: "Words like these are meant to make you act before you think.",
  },
};

const ORDER: Pressure[] = ["deadline", "suspended", "fraud", "delivery", "reward", "other"];

/**
 * Said among a "no signs" reply's weak signs, where the mail may well be genuine (a city's 督促, a bank's
 * 直ちに, a bill's 支払期限): true of either, not that the words are there to trick.
 */
const WEAK_EXPLAIN: Bilingual = {
  ja: "本物のお知らせでも使われる言葉ですが、詐欺メールは慌てさせるために使います。",
  en: "Genuine notices use such words too; phishing uses them to rush you.",
};

/** The pressure reason's opening and explanation, chosen by what was quoted (`phrases` and their `kinds`); `weak` as a weak sign. */
export function pressureWords(phrases: string | undefined, kinds: string | undefined, weak = false): { intro: Bilingual; explain: Bilingual } {
  const texts = (phrases ?? "").split("\u0000");
  const kindList = (kinds ?? "").split("\u0000");
  const found = new Set(texts.map((t, i) => pressureKind(t, kindList[i] ?? "")));
  const main = ORDER.find((k) => found.has(k)) ?? "other";
  const only = (k: Pressure) => found.size === 1 && found.has(k);
  const intro: Bilingual = only("reward")
    ? { ja: "当選や特典で気を引こうとしています", en: "It dangles a prize or reward" }
    : only("delivery")
      ? { ja: "荷物が届けられなかったと知らせています", en: "It says a parcel could not be delivered" }
      : weak
        ? { ja: "急がせたり、不安にさせたりする言葉があります", en: "It has words that can rush or worry you" }
        : { ja: "急がせたり、不安にさせたりする言葉があります", en: "It tries to rush or scare you" };
  // (Deadline and "other" say the words are there to trick: not said of what may be a genuine notice.)
  return { intro, explain: weak && (main === "deadline" || main === "other") ? WEAK_EXPLAIN : EXPLAIN[main] };
}
