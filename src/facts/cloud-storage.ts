/**
 * Amazon S3's endpoints, where anyone can put a page up in a bucket of their own: besides the global
 * s3.amazonaws.com (listed in rules/domains.json's hosting list), every region has its own — written
 * with a dot or a dash, as a website endpoint or dual-stack: bucket.s3.eu-west-1.amazonaws.com,
 * s3-us-west-2.amazonaws.com/bucket/…, bucket.s3-website-us-east-1.amazonaws.com,
 * bucket.s3.dualstack.ap-south-1.amazonaws.com. A list cannot keep up with the regions; their shape
 * can. Other AWS hosts (ec2-….compute-1.amazonaws.com, a service's API) are no S3 endpoint.
 */
const S3_ENDPOINT = /(?:^|\.)(s3(?:-website)?(?:[.-](?:dualstack|accelerate|external-\d|[a-z]{2}(?:-gov)?-[a-z]+-\d))*\.amazonaws\.com(?:\.cn)?)$/;

/** The S3 endpoint `host` is in or under (the part a bucket's owner does not choose), or undefined. */
export function s3Endpoint(host: string): string | undefined {
  return host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn") ? S3_ENDPOINT.exec(host)?.[1] : undefined;
}
