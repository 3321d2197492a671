/** `ALARM("name")`, `OK(name)`, `INSUFFICIENT_DATA(arn)`: one bounded token per match, no nested quantifiers. */
const REFERENCE = /\b(?:ALARM|OK|INSUFFICIENT_DATA)\(\s*("[^"]*"|[^\s()]+)\s*\)/g;

/**
 * Alarm names (or ARNs, reduced to names) a composite rule refers to.
 *
 * @example
 * ```ts
 * compositeReferences('ALARM("a") OR NOT OK(b)'); // ['a', 'b']
 * ```
 */
export function compositeReferences(rule: string): string[] {
  const names: string[] = [];
  for (const match of rule.matchAll(REFERENCE)) {
    const raw = (match[1] ?? '').replace(/^"|"$/g, '');
    const alarmArn = raw.indexOf(':alarm:');
    names.push(alarmArn >= 0 ? raw.slice(alarmArn + ':alarm:'.length) : raw);
  }
  return names;
}

/**
 * Orders composites so every alarm comes after the composites of the same set
 * it refers to (children first): the order for creates. Reverse it for deletes.
 * A cycle (which CloudWatch refuses anyway) keeps the remaining input order.
 *
 * @example
 * ```ts
 * childrenFirst([{ name: 'p', rule: 'ALARM("c")' }, { name: 'c', rule: 'ALARM("m")' }]); // ['c', 'p']
 * ```
 */
export function childrenFirst(alarms: { name: string; rule: string }[]): string[] {
  const names = new Set(alarms.map((a) => a.name));
  const pending = new Map(
    alarms.map((a) => [a.name, compositeReferences(a.rule).filter((n) => names.has(n) && n !== a.name)]),
  );
  const done = new Set<string>();
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, refs]) => refs.every((r) => done.has(r))).map(([name]) => name);
    const batch = ready.length > 0 ? ready : [pending.keys().next().value as string];
    for (const name of batch) {
      pending.delete(name);
      done.add(name);
      order.push(name);
    }
  }
  return order;
}
