import type { Language } from "../verdict/language";

/** Every fixed sentence of the reply, in both languages. Reasons' sentences live in the reason catalogue (src/reasons/), rendered by reasons.ts. */
export const WORDS = {
  ja: {
    subject: { dangerous: "危険", suspicious: "要注意", no_signs: "兆候なし", unreadable: "読み取れず" },
    subjectPrefix: "判定",
    headline: {
      dangerous: "これは詐欺メール（フィッシング）です。リンクや添付ファイルは開かないでください。",
      suspicious: "このメールは詐欺（フィッシング）の疑いがあります。リンクや添付ファイルは開かないでください。",
      no_signs: "このメールに詐欺（フィッシング）の特徴は見つかりませんでした。ただし、安全だと言い切れるわけではありません。",
      unreadable: "このメールを読み取れませんでした。",
    },
    checked: (subject: string, from: string) => `調べたメール：「${subject}」（差出人 ${from}）`,
    why: "理由",
    weakSigns: "気になった点（これだけでは詐欺とは言えない弱いものです）",
    good: "安心材料",
    nothingFound: "差出人、リンクの行き先、文面を調べましたが、詐欺メールによくある特徴はありませんでした。",
    todo: "今すぐすること",
    steps: {
      dontClick: "メールのリンクを開かず、添付ファイルも開かず、返信もしないでください。",
      checkBrand: (brand: string, domain: string) =>
        `${brand}の状況を確かめたいときは、メールのリンクではなく、${brand}の公式アプリを開くか、アドレス（${domain}）を自分で入力してください。`,
      checkGeneric: "相手の会社に確かめたいときは、メールのリンクではなく、公式アプリやブックマーク、自分で入力したアドレスを使ってください。",
      ifEntered:
        "すでにパスワードを入力してしまった場合：すぐにそのサービスのパスワードを変え、同じパスワードを使っている他のサービスも変えてください。カード番号を入力した場合は、カード裏面の電話番号でカード会社に連絡し、カードを止めてもらってください。",
      report: "報告する場合は、このメールをフィッシング対策協議会（info@antiphishing.jp）に転送してください。そのあと、メールは削除してかまいません。",
      stillUnsure: "それでも不安なときは、メールのリンクは使わず、公式アプリや自分で入力したアドレスから確認してください。",
      stillUnsureSender: "それでも不安なときは、メールのリンクは使わず、自分で入力した公式サイトのアドレスや、前から知っている電話番号で差出人に確かめてください。",
      stillUnsureBrand: (brand: string, domain: string) =>
        `それでも不安なときは、メールのリンクは使わず、${brand}の公式アプリか、自分で入力したアドレス（${domain}）から確認してください。`,
      signIn: (brand: string, domain: string) =>
        `このログインに心当たりがないときは、メールのボタンは使わず、${brand}の公式アプリか、自分で入力したアドレス（${domain}）からアカウントのセキュリティのページを開き、最近のログインを確かめてください。心当たりがあれば、何もする必要はありません。`,
      retry: "「添付ファイルとして転送」するなど、転送の方法を変えてもう一度お送りください。それまでは、リンクや添付ファイルを開かないでください。",
    },
    tooBig: (mb: number) => `このメールは大きすぎて調べられませんでした（上限 ${mb} MB）。`,
    tooMany: "短い時間にたくさんのメールが届いたため、しばらく調べるのを止めています。少し時間をおいてから、もう一度お送りください。",
    footer: "phishcheck による自動の判定です。判定が誤っていることもあります。",
    otherLanguage: "English below",
  },
  en: {
    subject: { dangerous: "phishing", suspicious: "suspicious", no_signs: "no signs found", unreadable: "unreadable" },
    subjectPrefix: "Verdict",
    headline: {
      dangerous: "This is a phishing (scam) mail. Do not open its links or attachments.",
      suspicious: "This mail looks suspicious: it may be phishing. Do not open its links or attachments.",
      no_signs: "We found no signs of phishing in this mail. That does not prove it is safe.",
      unreadable: "We could not read this mail.",
    },
    checked: (subject: string, from: string) => `Mail checked: "${subject}" (from ${from})`,
    why: "Why",
    weakSigns: "Weak signs we saw (not enough on their own to call it phishing)",
    good: "In its favour",
    nothingFound: "We looked at the sender, where the links go and the wording, and found nothing typical of phishing.",
    todo: "What to do now",
    steps: {
      dontClick: "Do not open its links or attachments, and do not reply.",
      checkBrand: (brand: string, domain: string) =>
        `To check your ${brand} account, don't use the mail: open its official app, or type the address (${domain}) yourself.`,
      checkGeneric: "To check with the company, don't use the mail: use its app, a bookmark, or an address you type yourself.",
      ifEntered:
        "If you already entered a password: change it now on the real site, and on every other site where you use the same one. If you entered a card number: call the number on the back of your card and ask to block it.",
      report: "To report it, forward it to reportphishing@apwg.org. Then you can delete it.",
      stillUnsure: "If you still feel unsure, don't use the mail's links: use the company's app or an address you type yourself.",
      stillUnsureSender: "If you still feel unsure, don't use the mail's links: ask the sender through its website, at an address you type yourself, or on a phone number you already know.",
      stillUnsureBrand: (brand: string, domain: string) =>
        `If you still feel unsure, don't use the mail's links: open the official ${brand} app, or type the address (${domain}) yourself.`,
      signIn: (brand: string, domain: string) =>
        `If you don't recognise this sign-in, don't use the mail's button: open the security page of your ${brand} account in the official ${brand} app, or by typing the address (${domain}) yourself, and check the recent sign-ins there. If it was you, there is nothing to do.`,
      retry: "Please forward it again another way (for example \"forward as attachment\"). Until then, do not open its links or attachments.",
    },
    tooBig: (mb: number) => `This mail is too large for us to check (the limit is ${mb} MB).`,
    tooMany: "We received many mails from you in a short time, so we paused checking. Please try again in a few minutes.",
    footer: "This is an automatic check by phishcheck. It can be wrong.",
    otherLanguage: "日本語は下にあります",
  },
} as const;

export type Words = (typeof WORDS)[Language];
