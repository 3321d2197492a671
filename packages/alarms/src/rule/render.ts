import type { RuleNode } from '../types/config.js';

/**
 * Renders a rule tree into CloudWatch's `AlarmRule` syntax, turning alarm ids
 * into alarm names with `nameOf`. Names are quoted because they may contain
 * characters the unquoted form does not allow.
 *
 * @example
 * ```ts
 * renderRule(any(alarm('a'), not(alarm('b'))), (id) => `shop-prod-${id}`);
 * // '(ALARM("shop-prod-a") OR NOT (ALARM("shop-prod-b")))'
 * ```
 */
export function renderRule(node: RuleNode, nameOf: (id: string) => string): string {
  if ('state' in node) return `${node.state}("${nameOf(node.alarm)}")`;
  if ('constant' in node) return node.constant ? 'TRUE' : 'FALSE';
  if (node.op === 'NOT') return `NOT (${renderRule(node.rule, nameOf)})`;
  if (node.rules.length === 1) return renderRule(node.rules[0]!, nameOf);
  return `(${node.rules.map((rule) => renderRule(rule, nameOf)).join(` ${node.op} `)})`;
}

/**
 * Every alarm id a rule refers to, in order of appearance.
 *
 * @example
 * ```ts
 * ruleReferences(all(alarm('a'), ok('b'))); // ['a', 'b']
 * ```
 */
export function ruleReferences(node: RuleNode): string[] {
  if ('state' in node) return [node.alarm];
  if ('constant' in node) return [];
  if (node.op === 'NOT') return ruleReferences(node.rule);
  return node.rules.flatMap(ruleReferences);
}
