/**
 * Sample mails bundled into the worker for POST /admin/rules/validate: the verdict of each under
 * the active rules and under the proposed ones shows what a change would do before it is made.
 * Plain strings, so wrangler (esbuild) and vitest (vite) both bundle them; the first two are copies
 * of tests/fixtures/forwards/gmail-ja.eml and tests/fixtures/misc/genuine-amazon-attached.eml.
 * Keep them small: each validate request checks every sample twice.
 */
/** `phishing`: a real phishing pattern; a change that makes it no longer "dangerous" needs a confirmation (see changes.ts). */
export type SampleMail = { id: string; description: string; phishing?: boolean; raw: string };

export const SAMPLE_MAILS: SampleMail[] = [
  {
    id: "amazon-campaign-gmail-forward",
    phishing: true,
    description: "The 2021 Amazon.co.jp account-suspension campaign (emailamazoncojp.cf), forwarded inline from Gmail",
    raw: `From: =?UTF-8?B?5bGx55Sw5aSq6YOO?= <taro.yamada@gmail.com>
Date: Tue, 2 Mar 2021 10:02:11 +0900
Message-ID: <CAGmail-fwd-ja-1@mail.gmail.com>
Subject: =?UTF-8?B?RndkOiDjgajjgabjgoLmrovlv7XjgafjgZnvvIFBbWF6b27jgqLjgqvjgqbjg7Pjg4jjgavnlbDluLjjgYzjgYLjgorjgb7jgZnjgII=?=
To: check@phishcheck.example
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000abcdef"

--000000000000abcdef
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

44GT44KM44Gj44Gm5pys54mp44Gn44GZ44GL77yfCgotLS0tLS0tLS0tIEZvcndhcmRlZCBtZXNz
YWdlIC0tLS0tLS0tLQrlt67lh7rkuro6IEFtYXpvbi5jby5qcCA8YW1hem9uanBAZW1haWxhbWF6
b25jb2pwLmNmPgpEYXRlOiAyMDIx5bm0M+aciDLml6Uo54GrKSA5OjE0ClN1YmplY3Q6IOOBqOOB
puOCguaui+W/teOBp+OBme+8gUFtYXpvbuOCouOCq+OCpuODs+ODiOOBq+eVsOW4uOOBjOOBguOC
iuOBvuOBmeOAggpUbzogPHRhcm8ueWFtYWRhQGV4YW1wbGUuanA+CgoK44GK5a6i5qeYCgrmrovl
v7XjgarjgYzjgolBbWF6b27jg4Hjg7zjg6Djga/jgYLjgarjgZ/jga7jgqLjgqvjgqbjg7Pjg4jj
gYznlbDluLjnirbmhYvjgavjgYLjgovjgZPjgajjgpLnmbropovjgZfjgb7jgZfjgZ/jgILjgqLj
gqvjgqbjg7Pjg4jjgpLlvJXjgY3ntprjgY3kvb/nlKjjgZnjgovjgavjga/jgIFBbWF6b24g566h
55CG44Kz44Oz44K944O844Or44Gr44Ot44Kw44Kk44Oz44GX44CB5omA5a6a44Gu5omL6aCG44Gr
5b6T44Gj44Gm5oOF5aCx44Gu5L+h6aC85oCn44KS6Ki85piO44GZ44KL44CCCgo35pel5Lul5YaF
44Gr44Ki44Kr44Km44Oz44OI44Gu5omA5pyJ5qip44KS6Ki85piO44GX44Gq44GE5aC05ZCI44CB
44GC44Gq44Gf44GuYW1hem9u44Ki44Kr44Km44Oz44OI44Gv6Ieq5YuV55qE44Gr5YmK6Zmk44GV
44KM44G+44GZ44Gu44Gn44GU5rOo5oSP44GP44Gg44GV44GE44CCCgoyNOaZgumWk+S7peWGheOB
q+aDheWgseaknOiovOOCkuWujOS6huOBl+OBpuOBj+OBoOOBleOBhOOAggoK5omA5pyJ6ICF44Gu
6Ki85piOIDxodHRwczovL2FtYXpvbi1qcC1vd25lci1jaGVjay5tbC9hcC9zaWduaW4/bWFpbD10
YXJvLnlhbWFkYUBleGFtcGxlLmpwJmlkPTgzOTIxPgoKQW1hem9uLmNvLmpwIOOCq+OCueOCv+OD
nuODvOOCteODvOODk+OCuQo=
--000000000000abcdef
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9Imx0ciI+44GT44KM44Gj44Gm5pys54mp44Gn44GZ44GL77yfPGJyPjxicj48ZGl2
IGNsYXNzPSJnbWFpbF9xdW90ZSI+PGRpdiBkaXI9Imx0ciIgY2xhc3M9ImdtYWlsX2F0dHIiPi0t
LS0tLS0tLS0gRm9yd2FyZGVkIG1lc3NhZ2UgLS0tLS0tLS0tPGJyPuW3ruWHuuS6ujogPHN0cm9u
ZyBjbGFzcz0iZ21haWxfc2VuZGVybmFtZSIgZGlyPSJhdXRvIj5BbWF6b24uY28uanA8L3N0cm9u
Zz4gPHNwYW4gZGlyPSJhdXRvIj4mbHQ7PGEgaHJlZj0ibWFpbHRvOmFtYXpvbmpwQGVtYWlsYW1h
em9uY29qcC5jZiI+YW1hem9uanBAZW1haWxhbWF6b25jb2pwLmNmPC9hPiZndDs8L3NwYW4+PGJy
PkRhdGU6IDIwMjHlubQz5pyIMuaXpSjngaspIDk6MTQ8YnI+U3ViamVjdDog44Go44Gm44KC5q6L
5b+144Gn44GZ77yBQW1hem9u44Ki44Kr44Km44Oz44OI44Gr55Ww5bi444GM44GC44KK44G+44GZ
44CCPGJyPlRvOiAmbHQ7PGEgaHJlZj0ibWFpbHRvOnRhcm8ueWFtYWRhQGV4YW1wbGUuanAiPnRh
cm8ueWFtYWRhQGV4YW1wbGUuanA8L2E+Jmd0Ozxicj48L2Rpdj48YnI+PGJyPjxkaXY+PGltZyBz
cmM9Imh0dHBzOi8vbS5tZWRpYS1hbWF6b24uY29tL2ltYWdlcy9HLzA5L2xvZ28ucG5nIiBhbHQ9
IkFtYXpvbi5jby5qcCI+PHA+44GK5a6i5qeYPC9wPgo8cD7mrovlv7XjgarjgYzjgolBbWF6b27j
g4Hjg7zjg6Djga/jgYLjgarjgZ/jga7jgqLjgqvjgqbjg7Pjg4jjgYznlbDluLjnirbmhYvjgavj
gYLjgovjgZPjgajjgpLnmbropovjgZfjgb7jgZfjgZ/jgILjgqLjgqvjgqbjg7Pjg4jjgpLlvJXj
gY3ntprjgY3kvb/nlKjjgZnjgovjgavjga/jgIFBbWF6b24g566h55CG44Kz44Oz44K944O844Or
44Gr44Ot44Kw44Kk44Oz44GX44CB5omA5a6a44Gu5omL6aCG44Gr5b6T44Gj44Gm5oOF5aCx44Gu
5L+h6aC85oCn44KS6Ki85piO44GZ44KL44CCPC9wPgo8cD435pel5Lul5YaF44Gr44Ki44Kr44Km
44Oz44OI44Gu5omA5pyJ5qip44KS6Ki85piO44GX44Gq44GE5aC05ZCI44CB44GC44Gq44Gf44Gu
YW1hem9u44Ki44Kr44Km44Oz44OI44Gv6Ieq5YuV55qE44Gr5YmK6Zmk44GV44KM44G+44GZ44Gu
44Gn44GU5rOo5oSP44GP44Gg44GV44GE44CCPC9wPgo8cD4yNOaZgumWk+S7peWGheOBq+aDheWg
seaknOiovOOCkuWujOS6huOBl+OBpuOBj+OBoOOBleOBhOOAgjwvcD4KPHA+PGEgaHJlZj0iaHR0
cHM6Ly9hbWF6b24tanAtb3duZXItY2hlY2subWwvYXAvc2lnbmluP21haWw9dGFyby55YW1hZGFA
ZXhhbXBsZS5qcCZhbXA7aWQ9ODM5MjEiIHN0eWxlPSJiYWNrZ3JvdW5kOiNmMGMxNGIiPuaJgOac
ieiAheOBruiovOaYjjwvYT48L3A+PHA+QW1hem9uLmNvLmpwIOOCq+OCueOCv+ODnuODvOOCteOD
vOODk+OCuTwvcD48L2Rpdj48L2Rpdj48L2Rpdj4=
--000000000000abcdef--
`,
  },
  {
    id: "amazon-genuine-attached",
    description: "A genuine, DMARC-passing shipping notice from amazon.co.jp, forwarded as an attachment",
    raw: `From: Taro Yamada <taro.yamada@gmail.com>
To: check@phishcheck.example
Subject: Fwd: Amazon
Date: Tue, 02 Mar 2021 10:01:00 +0900
Message-ID: <fwd-genuine-1@mail.gmail.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=UTF-8

check please

--outer
Content-Type: message/rfc822
Content-Disposition: attachment; filename="original.eml"

Authentication-Results: mx.google.com;
       dkim=pass header.i=@amazon.co.jp header.s=rjv7u2iytqugcmyqqeqv5wvbrwmtqjdo header.b=Xx1y2z3w;
       spf=pass (google.com: domain of 20210302001500abc@bounces.amazon.co.jp designates 52.95.48.10 as permitted sender) smtp.mailfrom=20210302001500abc@bounces.amazon.co.jp;
       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.co.jp
From: "Amazon.co.jp" <shipment-tracking@amazon.co.jp>
To: taro.yamada@gmail.com
Subject: =?UTF-8?B?QW1hem9uLmNvLmpwOiDjgZTms6jmlofjga7llYblk4HjgpLnmbrpgIHjgZfjgb7jgZfjgZ8=?=
Date: Tue, 02 Mar 2021 00:15:00 +0000
Message-ID: <0100017df00a-genuine@email.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000abcdef"

--000000000000abcdef
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

QW1hem9uLmNvLmpwIOOBlOWIqeeUqOOBguOCiuOBjOOBqOOBhuOBlOOBluOBhOOBvuOBmeOAggoK
44GU5rOo5paH44Gu5ZWG5ZOB44KS55m66YCB44GX44G+44GX44Gf44CC44GK5bGK44GR5LqI5a6a
OiAz5pyINOaXpQoK5rOo5paH55Wq5Y+3OiAyNDktMTIzNDU2Ny03NjU0MzIxCuazqOaWh+OBruip
s+e0sDogaHR0cHM6Ly93d3cuYW1hem9uLmNvLmpwL2dwL2Nzcy9vcmRlci1kZXRhaWxzP29yZGVy
SUQ9MjQ5LTEyMzQ1NjctNzY1NDMyMQoKQW1hem9uLmNvLmpwCg==
--000000000000abcdef
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PGltZyBzcmM9Imh0dHBzOi8vbS5tZWRpYS1hbWF6b24uY29tL2ltYWdlcy9H
LzA5L3gtbG9jYWxlL2NzL3RlL2xvZ28ucG5nIiBhbHQ9IkFtYXpvbi5jby5qcCI+PHA+44GU5rOo
5paH44Gu5ZWG5ZOB44KS55m66YCB44GX44G+44GX44Gf44CC44GK5bGK44GR5LqI5a6aOiAz5pyI
NOaXpTwvcD48cD48YSBocmVmPSJodHRwczovL3d3dy5hbWF6b24uY28uanAvZ3AvY3NzL29yZGVy
LWRldGFpbHM/b3JkZXJJRD0yNDktMTIzNDU2Ny03NjU0MzIxIj7ms6jmlofjga7oqbPntLDjgpLo
povjgos8L2E+PC9wPjxwPjxhIGhyZWY9Imh0dHBzOi8vd3d3LmFtYXpvbi5jby5qcC9ncC9oZWxw
L2N1c3RvbWVyL2Rpc3BsYXkuaHRtbCI+d3d3LmFtYXpvbi5jby5qcC9oZWxwPC9hPjwvcD48L2Jv
ZHk+PC9odG1sPg==
--000000000000abcdef--

--outer--
`,
  },
  {
    id: "amazon-claim-unofficial-domain",
    description: "Claims to be Amazon.co.jp about the account, sent from and linking to a domain that is not Amazon's",
    raw: `From: "Amazon.co.jp" <info@amazon-notice.example.jp>
To: taro.yamada@example.jp
Subject: Amazonアカウントの確認のお願い
Date: Tue, 02 Mar 2021 09:30:00 +0900
Message-ID: <sample-unofficial-1@amazon-notice.example.jp>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

お客様

Amazonアカウントの情報を確認してください。
https://amazon-notice.example.jp/account

Amazon.co.jp
`,
  },
  {
    id: "personal-ja",
    description: "A plain personal mail in Japanese, no links",
    raw: `From: 佐藤花子 <hanako.sato@example.ne.jp>
To: taro.yamada@example.jp
Subject: 週末の予定
Date: Wed, 03 Mar 2021 20:10:00 +0900
Message-ID: <sample-personal-1@example.ne.jp>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

太郎さん

土曜日のお昼、駅前のお店でどうですか。12時に改札で待っています。

花子
`,
  },
  {
    id: "paypal-lookalike-en",
    phishing: true,
    description: "An English PayPal 'account limited' mail linking to a lookalike domain on an abused TLD",
    raw: `From: "PayPal" <service@paypa1-support.tk>
To: john@example.com
Subject: Your account has been limited
Date: Thu, 04 Mar 2021 08:00:00 +0000
Message-ID: <sample-paypal-1@paypa1-support.tk>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Dear customer,

We noticed unusual activity and your PayPal account has been limited.
Verify your account within 24 hours or it will be suspended:
https://paypa1-support.tk/signin

PayPal
`,
  },
  {
    id: "newsletter-en",
    description: "An ordinary English newsletter from its own domain with a link to the same site",
    raw: `From: "Example Weekly" <news@weekly.example.org>
To: john@example.com
Subject: This week: ten recipes for spring
Date: Fri, 05 Mar 2021 07:00:00 +0000
Message-ID: <sample-news-1@weekly.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Hello,

Our spring issue is out: https://weekly.example.org/2021/spring

See you next week,
Example Weekly
`,
  },
];
