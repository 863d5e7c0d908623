/** Synthesizes Terraform constructs in memory for unit tests, through cdktf's Testing helpers. */
import type { Construct } from 'constructs';
import { TerraformTesting } from '../../constructs/cdktf.js';

/** The synthesized stack JSON of whatever `build` adds to a fresh test stack, parsed. */
export interface SynthesizedStack {
  /** The JSON text, for cdktf's Testing matchers. */
  readonly json: string;
  readonly parsed: {
    resource?: Record<string, Record<string, Record<string, unknown>>>;
    data?: Record<string, Record<string, Record<string, unknown>>>;
    output?: Record<string, Record<string, unknown>>;
  };
  /** The only resource of `type` (fails when there are none or several). */
  only(type: string): Record<string, unknown>;
  /** Every resource of `type`, by logical id. */
  all(type: string): Record<string, Record<string, unknown>>;
}

export function synthScope(build: (scope: Construct) => void): SynthesizedStack {
  return parsedStack(TerraformTesting.synthScope((scope) => build(scope)));
}

export function parsedStack(json: string): SynthesizedStack {
  const parsed = JSON.parse(json) as SynthesizedStack['parsed'];
  const all = (type: string) => parsed.resource?.[type] ?? {};
  return {
    json,
    parsed,
    all,
    only(type) {
      const found = Object.values(all(type));
      if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
      return found[0] as Record<string, unknown>;
    },
  };
}
