/**
 * Issue 11, session 7: scams still missed once forwarded inline. Amazon S3's regional endpoints as pages
 * anyone can make (src/facts/cloud-storage.ts). Hand-written; no corpus mail.
 */
import { describe, expect, it } from "vitest";
import { s3Endpoint } from "../../src/facts/cloud-storage";
import { domainFacts } from "../../src/facts/domain-facts";
import { check, link, rules } from "../signal-helpers";

describe("S3 endpoints in every region are pages anyone can make (link_free_hosting)", () => {
  it("reads the endpoint from virtual-host, path, website and dual-stack forms", () => {
    expect(s3Endpoint("prize-de.s3.eu-central-1.amazonaws.com")).toBe("s3.eu-central-1.amazonaws.com");
    expect(s3Endpoint("s3-us-west-2.amazonaws.com")).toBe("s3-us-west-2.amazonaws.com");
    expect(s3Endpoint("promo.s3-website-us-east-1.amazonaws.com")).toBe("s3-website-us-east-1.amazonaws.com");
    expect(s3Endpoint("promo.s3-website.eu-west-3.amazonaws.com")).toBe("s3-website.eu-west-3.amazonaws.com");
    expect(s3Endpoint("b.s3.dualstack.ap-south-1.amazonaws.com")).toBe("s3.dualstack.ap-south-1.amazonaws.com");
    expect(s3Endpoint("b.s3.cn-north-1.amazonaws.com.cn")).toBe("s3.cn-north-1.amazonaws.com.cn");
  });

  it("leaves other AWS hosts and look-alike names alone", () => {
    for (const h of ["ec2-3-4-5-6.compute-1.amazonaws.com", "sns.us-east-1.amazonaws.com", "news-s3.amazonaws.com", "s3.example.com", "my-s3.eu-west-1.example.org"])
      expect(s3Endpoint(h), h).toBeUndefined();
  });

  it("gives the endpoint as the platform, so the bucket's own name is what precedes it", () => {
    expect(domainFacts(rules, "paypal-verify.s3.us-east-2.amazonaws.com").hosting).toBe("s3.us-east-2.amazonaws.com");
    expect(domainFacts(rules, "sns.us-east-1.amazonaws.com").hosting).toBeUndefined();
  });

  it("a link into a regional bucket is link_free_hosting; a region-less one already was", () => {
    for (const href of ["https://mkrous.s3.us-east-2.amazonaws.com/index.html", "https://s3-us-west-2.amazonaws.com/gift-de/win.html", "https://gift.s3.amazonaws.com/a.html"]) {
      const r = check({ text: "Jetzt teilnehmen", links: [link(href, "Jetzt teilnehmen")] });
      expect(r.codes, href).toContain("link_free_hosting");
    }
    expect(check({ text: "Status", links: [link("https://sns.us-east-1.amazonaws.com/unsubscribe.html", "unsubscribe")] }).codes).not.toContain("link_free_hosting");
  });
});
