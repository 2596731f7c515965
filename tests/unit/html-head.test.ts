/**
 * Mail HTML that opens <head> and never closes it: a browser starts the body at the first body
 * element, and so must we, or the whole mail reads as empty (2005 PayPal phishing did this).
 */
import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/mail/html";

describe("an unclosed <head>", () => {
  it("ends at the first body element; its text and links are read", () => {
    const doc = readHtml(`<html><head>\n<table><tr><td><a href="http://evil.example/paypal">Log in</a></td></tr></table><p>Dear valued PayPal member</p>`);
    expect(doc.text).toContain("Dear valued PayPal member");
    expect(doc.links).toEqual([{ href: "http://evil.example/paypal", text: "Log in" }]);
  });

  it("what belongs in a head stays out of the text: title, style, meta, Office XML", () => {
    const doc = readHtml(`<html><head><title>Newsletter</title><meta charset="utf-8"><style>p{color:red}</style><xml><o:OfficeDocumentSettings>96</o:OfficeDocumentSettings></xml></head><body><p>Hello</p></body></html>`);
    expect(doc.text).toBe("Hello");
  });
});

describe("<noframes>", () => {
  it("is raw text up to </noframes>: an unclosed <style> inside it does not hide the body", () => {
    const doc = readHtml(`<html><head></head>\n<noframes><xml><style></xml></noframes>\n<center><a href="http://evil.example/r.php">Claim your reward</a></center>`);
    expect(doc.text).toBe("Claim your reward");
    expect(doc.links).toEqual([{ href: "http://evil.example/r.php", text: "Claim your reward" }]);
  });

  it("never closed, it is read as markup (a browser would hide the rest; a reader must not)", () => {
    const doc = readHtml(`<noframes><noframes> <p>Your mailbox is full</p><a href="http://evil.example/login">Upgrade</a>`);
    expect(doc.text).toContain("Your mailbox is full");
    expect(doc.links).toHaveLength(1);
  });
});
