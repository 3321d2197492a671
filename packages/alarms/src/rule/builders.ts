import type { RuleNode } from '../types/config.js';

/**
 * True while the referenced alarm (an id in this config) is in ALARM.
 *
 * @example
 * ```ts
 * rule: any(alarm('usersErrorRate'), alarm('apiLatency'))
 * ```
 */
export function alarm(id: string): RuleNode {
  return { state: 'ALARM', alarm: id };
}

/**
 * True while the referenced alarm is OK.
 *
 * @example
 * ```ts
 * rule: all(alarm('apiErrors'), ok('maintenanceWindow'))
 * ```
 */
export function ok(id: string): RuleNode {
  return { state: 'OK', alarm: id };
}

/**
 * True while the referenced alarm has insufficient data.
 *
 * @example
 * ```ts
 * rule: any(alarm('dbConnections'), insufficientData('dbConnections'))
 * ```
 */
export function insufficientData(id: string): RuleNode {
  return { state: 'INSUFFICIENT_DATA', alarm: id };
}

/**
 * AND of every rule.
 *
 * @example
 * ```ts
 * rule: all(alarm('apiLatency'), alarm('api5xx'))
 * ```
 */
export function all(...rules: RuleNode[]): RuleNode {
  return { op: 'AND', rules };
}

/**
 * OR of every rule.
 *
 * @example
 * ```ts
 * rule: any(alarm('usersErrorRate'), alarm('postsErrorRate'))
 * ```
 */
export function any(...rules: RuleNode[]): RuleNode {
  return { op: 'OR', rules };
}

/**
 * Negation of a rule.
 *
 * @example
 * ```ts
 * rule: all(alarm('api5xx'), not(alarm('deployInProgress')))
 * ```
 */
export function not(rule: RuleNode): RuleNode {
  return { op: 'NOT', rule };
}
