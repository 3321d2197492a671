/** A broken CloudWatch API constraint in one payload; `field` is a dotted payload path such as `Metrics.0.Id`. */
export interface PayloadIssue {
  field: string;
  message: string;
  hint?: string;
}

/** Context a payload check needs beyond the payload: where the alarm will live. */
export interface PayloadContext {
  /** When set, action ARNs must name this region (CloudWatch cannot notify across regions). */
  region?: string;
}
