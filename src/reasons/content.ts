import { pressureWords } from "./pressure";
import type { ReasonSpec } from "./types";
import { WHERE_EN, WHERE_JA } from "./words";

/** Phrase reasons: medium when their phrases weigh 3 points or more together (before the cap), else low. */
const PHRASES_SEVERITY = { heavy: "medium", light: "low" } as const;

/** What a junk-mail trade sells, as spam_offer names it. */
const SPAM_TRADE: Readonly<Record<string, { ja: string; en: string }>> = {
  pharma: { ja: "処方箋のいらない薬", en: "medicines without prescription" },
  casino: { ja: "オンラインカジノのボーナス", en: "online casino bonuses" },
  dating: { ja: "出会いやアダルトサイト", en: "dating or adult sites" },
  credit: { ja: "申し込んでもいない「審査済み」のローンやカード", en: 'loans or cards "approved" without your asking' },
};

/** What the mail says and carries: pressure, requests for secrets, templates, attachments. */
export const CONTENT = {
  pressure: {
    topic: "content",
    severity: PHRASES_SEVERITY,
    points: "phrases",
    brandsOwn: true,
    say: (p, { quotes }) => {
      const { intro, explain } = pressureWords(p.phrases, p.kinds, p.weak === "1");
      return { ja: `${intro.ja}：${quotes(p.phrases, "ja")}。${explain.ja}`, en: `${intro.en}: ${quotes(p.phrases, "en")}. ${explain.en}` };
    },
  },
  asks_secrets: {
    topic: "content",
    severity: PHRASES_SEVERITY,
    points: "phrases",
    brandsOwn: true,
    // (weak: said among a "no signs" reply's weak signs, where the mail may well be genuine: what its words are
    // about, not that it asks — a refund notice's 還付金を受け取, a pushTAN notice's TAN-Verfahren ask for nothing.)
    say: (p, { quotes }) =>
      (p.kinds ?? "").split("\u0000").every((k) => k === "payment")
        ? p.weak === "1"
          ? { ja: `支払いやカード情報に関わる言葉があります：${quotes(p.phrases, "ja")}。詐欺メールは、これらを入力させようとします。`, en: `It has words about payment or card details: ${quotes(p.phrases, "en")}. Phishing tries to get these typed in.` }
          : { ja: `カード情報や支払い方法の入力を求めています：${quotes(p.phrases, "ja")}。`, en: `It asks for your card or payment details: ${quotes(p.phrases, "en")}.` }
        : p.weak === "1"
          ? { ja: `パスワードやカード情報などに関わる言葉があります：${quotes(p.phrases, "ja")}。詐欺メールは、これらを入力させようとします。`, en: `It has words about passwords, cards or personal details: ${quotes(p.phrases, "en")}. Phishing tries to get these typed in.` }
          : { ja: `パスワードやカード情報などの入力を求めています：${quotes(p.phrases, "ja")}。`, en: `It asks for your password, card or personal details: ${quotes(p.phrases, "en")}.` },
  },
  pushes_action: {
    topic: "content",
    severity: PHRASES_SEVERITY,
    points: "phrases",
    brandsOwn: true,
    say: (p, { quotes }) => ({
      ja: `リンクを開かせたり、操作をさせたりしようとしています：${quotes(p.phrases, "ja")}。`,
      en: `It pushes you to click or act: ${quotes(p.phrases, "en")}.`,
    }),
  },
  template_blank: {
    topic: "content",
    severity: "low",
    points: 2,
    say: (p, { txt }) => ({
      ja: `${WHERE_JA[p.where ?? ""] ?? ""}に「${txt(p.text)}」という、一斉送信用のひな形の空欄が残っています。あなた宛てに書かれたものではなく、大量にばらまかれたメールです。`,
      en: `The ${WHERE_EN[p.where ?? ""] ?? "text"} still shows a blank from a mass-mailing template ("${txt(p.text)}"): this was sent in bulk, not written to you.`,
    }),
  },
  callback_invoice: {
    topic: "content",
    // "brand": a receipt naming a brand the sender's domain is not, with a phone number and no link at
    // all — the phone is the only way to answer it (src/facts/brand-callback.ts).
    severity: { freemail: "high", brand: "high", other: "medium" },
    points: { freemail: 4, brand: 4, other: 2.5 },
    persuasive: 0,
    say: (p, { txt }) => ({
      ja: `身に覚えのない支払いを知らせ、取り消すには電話するよう求めています（${txt(p.phone)}）。この番号に電話しないでください。電話でカード番号を聞き出したり、パソコンを遠隔操作させたりする手口です。`,
      en: `It reports a payment you did not make and asks you to phone ${txt(p.phone)} to stop it. Do not call: the call is the scam — they ask for card details or remote access to your computer.`,
    }),
  },
  // Added by the recall6 work (issue 11): the fake antivirus alarm (src/facts/security-scare.ts). With
  // `phone` (recall8): the tech-support scam that has you call instead of click — no link, a number only.
  security_scare: {
    topic: "content",
    severity: "medium",
    points: 3,
    say: (p, { txt, url }) =>
      p.phone
        ? {
            ja: `「${txt(p.words)}」と、パソコンのウイルス感染やセキュリティソフトの期限切れで不安にさせ、電話をかけさせようとしています（${txt(p.phone)}）。この番号に電話しないでください。メールや画面の警告でパソコンの感染がわかることはなく、本物のサポートはこのような連絡をしません。電話で遠隔操作ソフトを入れさせ、カード番号やネットバンキングのお金を奪うサポート詐欺の手口です。`,
            en: `It scares you about your computer or your antivirus ("${txt(p.words)}") and asks you to phone ${txt(p.phone)}. Do not call: no mail can know your computer is infected, and real support does not write like this. The call is the tech-support scam — they install remote-control software and take card details or bank money.`,
          }
        : {
      ja: `「${txt(p.words)}」と、パソコンのウイルス感染やセキュリティソフトの期限切れで不安にさせ、見知らぬサイト ${url(p.url)} に誘っています。セキュリティソフトの会社は、自社のサイト以外で更新や支払いをさせません。偽の更新ページでカード番号を盗んだり、偽のソフトを入れさせたりする手口です。`,
      en: `It scares you about your computer or your antivirus ("${txt(p.words)}") and sends you to an unknown site: ${url(p.url)}. Security companies have you renew on their own site; such pages take your card number or install fake software.`,
          },
  },
  picture_only: {
    topic: "content",
    severity: "medium",
    points: 3,
    say: () => ({
      ja: `本文がほとんどなく、画像とリンクだけのメールです。迷惑メールの検査に文章を読ませないための作りです。`,
      en: `The mail is little more than a picture and a link, made so that spam filters have no text to read.`,
    }),
  },
  text_truncated: {
    topic: "sender",
    severity: "info",
    points: 0,
    say: (p, { txt }) => ({
      ja: `本文が長いため、最初の${txt(p.chars)}文字だけを調べました。`,
      en: `The text is very long; only its first ${txt(p.chars)} characters were checked.`,
    }),
  },
  // Attachments
  attachment_dangerous: {
    topic: "attachment",
    severity: "high",
    points: 5,
    persuasive: 2,
    say: (p, { txt }) => ({
      ja: `添付ファイル「${txt(p.file)}」は、開くとプログラムや偽のページが動く種類のファイルです。`,
      en: `The attachment "${txt(p.file)}" is a kind of file that runs a program or opens a fake page when opened.`,
    }),
  },
  attachment_macro: {
    topic: "attachment",
    severity: "medium",
    points: 3,
    say: (p, { txt }) => ({
      ja: `添付ファイル「${txt(p.file)}」は、開くとプログラム（マクロ）が動くことがあるファイルです。`,
      en: `The attachment "${txt(p.file)}" can run hidden programs (macros) when opened.`,
    }),
  },
  attachment_archive: {
    topic: "attachment",
    severity: "low",
    points: 1,
    say: (p, { txt }) => ({
      ja: `添付ファイル「${txt(p.file)}」は圧縮ファイルで、中身を確認できません。`,
      en: `The attachment "${txt(p.file)}" is a compressed archive whose content we could not check.`,
    }),
  },
  // Added by the brands/recall work (issue 11): a prize that needs your card or a fee (src/signals/content.ts).
  prize_fee: {
    topic: "content",
    severity: "high",
    points: 4,
    persuasive: 0,
    say: (p, { txt }) => ({
      ja: `「当選した」と知らせながら、受け取るために「${txt(p.ask)}」と求めています。本物の当選通知が、賞品の受け取りにカード情報や送料・手数料の支払いを求めることはありません。`,
      en: `It says you have won something, yet asks "${txt(p.ask)}" to receive it. A real prize never needs your card details or a fee to be delivered.`,
    }),
  },
  // Added by the recall2 work (issue 11): account phishing that names no brand (src/signals/account-lures.ts).
  form_asks_password: {
    topic: "content",
    severity: "high",
    points: 4,
    persuasive: 0,
    say: (p, { txt, url }) => ({
      ja: `パスワードの入力を求めていますが（「${txt(p.words)}」）、リンク先 ${url(p.url)} は誰でも作れるフォームやページです。本物のサービスが、こうしたページでパスワードを集めることはありません。`,
      en: `It asks for a password ("${txt(p.words)}"), yet the link ${url(p.url)} is a form or page anyone can make. No real service collects its password through such a page.`,
    }),
  },
  mailbox_lure: {
    topic: "content",
    severity: { named: "high", anyone: "high", unnamed: "medium" },
    points: { named: 4, anyone: 4, unnamed: 2.5 },
    persuasive: 0,
    say: (p, { txt, url, host }) =>
      p.reader
        ? {
            ja: `あなたの組織（${host(p.reader)}）のメール管理者を装い、「${txt(p.words)}」と知らせていますが、送信元は組織の外（${host(p.domain)}）で、リンク ${url(p.url)} も組織の外です。メールボックスやパスワードの通知を装って、メールのパスワードを盗む手口です。`,
            en: `It poses as your own organisation's mail administrators (${host(p.reader)}) — "${txt(p.words)}" — but comes from outside it (${host(p.domain)}) and links outside it: ${url(p.url)}. Fake mailbox and password notices are made to steal your mail password.`,
          }
        : {
            ja: `あなたのメールボックスやパスワードについて「${txt(p.words)}」と知らせていますが、送信元（${host(p.domain)}）もリンク ${url(p.url)} も、あなたのメールを管理する組織のものではありません。メールのパスワードを盗む手口です。`,
            en: `It says "${txt(p.words)}" about your mailbox or password, but neither the sender (${host(p.domain)}) nor the link ${url(p.url)} belongs to whoever runs your mail. Such notices are made to steal your mail password.`,
          },
  },
  // Advance-fee letters, mostly without links (src/signals/advance-fee.ts).
  advance_fee: {
    topic: "content",
    severity: { elsewhere: "high", letter: "medium" },
    points: { elsewhere: 5, letter: 3 },
    persuasive: 0,
    say: (p, { txt, addr }) =>
      p.address
        ? {
            ja: `見知らぬ相手が「${txt(p.sum)}」もの大金を受け取れると持ちかけ、返事を差出人とは別のフリーメールのアドレス ${addr(p.address)} に送らせようとしています。遺産・寄付・補償金などを口実に、手数料や個人情報をだまし取る詐欺の典型です。返信しないでください。`,
            en: `A stranger offers you a fortune ("${txt(p.sum)}") and wants your answer at a free mailbox that is not the sender's: ${addr(p.address)}. Inheritance, donation and compensation stories like this are told to get fees and personal details out of you. Do not reply.`,
          }
        : {
            ja: `見知らぬ相手が「${txt(p.sum)}」もの大金を受け取れると持ちかけ、返事や個人情報を求めています。遺産・寄付・補償金などを口実に、手数料や個人情報をだまし取る詐欺の典型です。返信しないでください。`,
            en: `A stranger offers you a fortune ("${txt(p.sum)}") and asks for a reply or your personal details. Inheritance, donation and compensation stories like this are told to get fees and personal details out of you. Do not reply.`,
          },
  },
  // Junk-mail trades whose words survive an inline forward (src/signals/spam-trade.ts).
  spam_offer: {
    topic: "content",
    severity: "medium",
    points: 3,
    say: (p, { quotes, url }) => {
      const what = SPAM_TRADE[p.trade ?? ""] ?? SPAM_TRADE.pharma!;
      return {
        ja: `${what.ja}を売り込む迷惑メールの言葉があり（${quotes(p.words, "ja")}）、見知らぬサイト ${url(p.url)} に誘っています。こうしたサイトでは、カード情報を盗まれたり、偽物を売りつけられたりします。`,
        en: `It reads like junk mail selling ${what.en} (${quotes(p.words, "en")}) and leads to an unknown site: ${url(p.url)}. Such sites steal card details or sell fakes.`,
      };
    },
  },
  // The survey-prize lure (src/signals/survey-prize.ts).
  prize_survey: {
    topic: "content",
    severity: "medium",
    points: 3,
    say: (p, { quotes, url }) => ({
      ja: `「当選した」「選ばれた」と知らせ、賞品のためにアンケートへの回答や情報の確認を求めて（${quotes(p.words, "ja")}）、見知らぬサイト ${url(p.url)} に誘っています。こうした「アンケートで賞品」は、最後にカード情報や「送料」の支払いを求める手口です。`,
      en: `It says you have been chosen for a prize and asks you to answer a survey or confirm your details (${quotes(p.words, "en")}) on an unknown site: ${url(p.url)}. Such "prize surveys" end with a form asking for your card details or a "small shipping fee".`,
    }),
  },
  // Crypto-wallet lures (src/signals/wallet-lure.ts).
  wallet_lure: {
    topic: "content",
    severity: "medium",
    points: 3,
    say: (p, { txt, url }) => p.file ? {
      ja: `暗号資産（仮想通貨）のウォレットについて「${txt(p.words)}」と持ちかけ、フリーメールのアドレスから添付ファイル「${txt(p.file)}」を開かせようとしています。無料配布の受け取りやウォレットの確認を口実に、ウォレットの鍵（復元フレーズ）を入力させたり、資産を抜き取る操作を承認させたりする手口です。`,
      en: `It talks about your crypto wallet ("${txt(p.words)}") from a free mailbox and wants you to open the attachment "${txt(p.file)}". Free tokens to claim or a wallet to "verify" are how these scams get your recovery phrase, or a signature that empties the wallet.`,
    } : ({
      ja: `暗号資産（仮想通貨）のウォレットについて「${txt(p.words)}」と持ちかけ、見知らぬサイト ${url(p.url)} に誘っています。無料配布の受け取りやウォレットの確認を口実に、ウォレットの鍵（復元フレーズ）を入力させたり、資産を抜き取る操作を承認させたりする手口です。`,
      en: `It talks about your crypto wallet ("${txt(p.words)}") and sends you to an unknown site: ${url(p.url)}. Free tokens to claim or a wallet to "verify" are how these sites get your recovery phrase, or a signature that empties the wallet.`,
    }),
  },
  // Added by the recall7 work (issue 11): a crypto giveaway under a project's name from a domain that does not carry it (src/signals/project-name.ts).
  crypto_project_elsewhere: {
    topic: "sender",
    severity: "medium",
    points: 3,
    say: (p, { txt, host }) => ({
      ja: `暗号資産のプロジェクト「${txt(p.name)}」として（「${txt(p.quote)}」）無料配布や報酬の受け取りを持ちかけていますが（「${txt(p.words)}」）、送信元の ${host(p.domain)} はその名前と関係のないドメインです。本物のプロジェクトは自分のドメインから送ります。受け取りを口実に、ウォレットの鍵を入力させたり、資産を抜き取る操作を承認させたりする手口です。`,
      en: `It speaks for the crypto project "${txt(p.name)}" ("${txt(p.quote)}") and offers something to claim ("${txt(p.words)}"), but it comes from ${host(p.domain)}, a domain that has nothing to do with that name. A real project writes from its own domain. Free tokens or rewards to claim are how these scams get your wallet's keys, or a signature that empties it.`,
    }),
  },
  // Added by the recall4 work (issue 11): a PDF named like a button (src/signals/attachment-name.ts).
  attachment_button_name: {
    topic: "attachment",
    severity: "medium",
    points: 3,
    persuasive: 0,
    say: (p, { txt }) => ({
      ja: `添付ファイルの名前が「${txt(p.file)}」と、開くよう命じる言葉と番号だけです。中身は大きなリンクが一つあるだけのページで、メール本文を調べる検査をすり抜けて偽のサイトへ誘う手口です。開かないでください。`,
      en: `The attachment is called "${txt(p.file)}": nothing but an order to open it and a number. Such a file is a page with one big link on it, sent as an attachment so the link slips past the filters that read the mail. Do not open it.`,
    }),
  },
  // Added by the recall4 work (issue 11): a login handed over for an account with money in it (src/signals/given-account.ts).
  given_account: {
    topic: "content",
    severity: "medium",
    points: 3,
    persuasive: 0,
    say: (p, { txt }) => ({
      ja: `お金（「${txt(p.balance)}」）が入ったアカウントのログイン情報を、パスワードまで書いて送ってきています。見知らぬ人にお金の入ったアカウントを渡す人はいません。引き出そうとすると「手数料」や「保証金」を払わせる詐欺です。ログインしないでください。`,
      en: `It hands you the login, password included, of an account said to hold money ("${txt(p.balance)}"). Nobody gives a stranger an account with money in it: when you try to withdraw it, the site asks for a "fee" or a deposit first. Do not log in.`,
    }),
  },
  // Added by the recall4 work (issue 11): a scam's site typed into a real service's form (src/signals/planted-link.ts).
  planted_link: {
    topic: "content",
    severity: "medium",
    points: 3,
    persuasive: 0,
    say: (p, { txt }) => ({
      ja: `入金があったかのような言葉（「${txt(p.credit)}」）のそばに、リンクではなく文字でサイトのアドレス「${txt(p.site)}」が書かれています。詐欺グループが実在するサービスの登録フォームなどに書き込み、そのサービスの名前で送らせる手口です。このアドレスを開かないでください。`,
      en: `Next to words saying money came in for you ("${txt(p.credit)}"), a site is written out as text rather than linked: "${txt(p.site)}". Scammers type this into a real service's sign-up or contact form, so the service mails it under its own name. Do not open that address.`,
    }),
  },
  // Added by the recall4 work (issue 11): romance and windfall lures answered at a free mailbox (src/signals/contact-lure.ts).
  contact_lure: {
    topic: "content",
    severity: "medium",
    points: 3,
    persuasive: 0,
    say: (p, { quotes, addr }) =>
      p.kind === "loan"
        ? {
            ja: `見知らぬ相手が融資を持ちかけ（${quotes(p.words, "ja")}）、申し込みを差出人とは別のフリーメールのアドレス ${addr(p.address)} に送らせようとしています。「手数料」や「保証金」を先に払わせる融資詐欺の手口です。返信しないでください。`,
            en: `A stranger offers you a loan (${quotes(p.words, "en")}) and wants your application at a free mailbox that is not the sender's: ${addr(p.address)}. Loan scams like this ask for a "processing fee" up front and never lend. Do not reply.`,
          }
        : p.kind === "teaser"
        ? {
            ja: `${quotes(p.words, "ja")}とだけ書き、差出人とは別のフリーメールのアドレス ${addr(p.address)} に連絡させようとしています。乗っ取られたアカウントから送られる、詐欺のやり取りを始めるための短いメールです。返信しないでください。`,
            en: `It says little more than ${quotes(p.words, "en")} and wants you to write to a free mailbox that is not the sender's: ${addr(p.address)}. A few lines like these, sent from a hijacked account, open a scam conversation. Do not reply.`,
          }
        : p.kind === "romance"
        ? {
            ja: `見知らぬ相手が交際を持ちかけ（${quotes(p.words, "ja")}）、差出人とは別のフリーメールのアドレス ${addr(p.address)} に返事を送らせようとしています。親しくなってから送金や投資、カード情報を求める「ロマンス詐欺」の始まりです。返信しないでください。`,
            en: `A stranger seeks a relationship (${quotes(p.words, "en")}) and wants your answer at a free mailbox that is not the sender's: ${addr(p.address)}. This is how romance scams begin; later they ask for money, an "investment" or card details. Do not reply.`,
          }
        : {
            ja: `お金や賞品があなたのものになったと知らせ（${quotes(p.words, "ja")}）、受け取るには差出人とは別のフリーメールのアドレス ${addr(p.address)} に連絡するよう求めています。手数料や個人情報をだまし取る詐欺の手口です。返信しないでください。`,
            en: `It says money or a prize is yours (${quotes(p.words, "en")}) and that you claim it by writing to a free mailbox that is not the sender's: ${addr(p.address)}. Such offers are made to get fees and personal details out of you. Do not reply.`,
          },
  },
} as const satisfies Record<string, ReasonSpec>;
