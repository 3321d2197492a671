const stringify = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '[Unserializable]';
  }
};

const asText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return stringify(value);
  try {
    return String(value);
  } catch {
    return '[Unreadable]';
  }
};

/**
 * printf-style formatting with pino's placeholders (`%s %d %i %f %j %o %O %%`);
 * arguments without a placeholder are ignored, as pino does. Runs in one
 * pass over the template, so its cost is linear in the template's length.
 */
export const formatMessage = (template: string, args: readonly unknown[]): string => {
  if (args.length === 0) return template;
  let out = '';
  let next = 0;
  let last = 0;
  for (let i = 0; i < template.length - 1; i++) {
    if (template.charCodeAt(i) !== 37) continue;
    const code = template[i + 1];
    let piece: string | undefined;
    if (code === '%') piece = '%';
    else if (next < args.length) {
      const arg = args[next];
      if (code === 's') piece = asText(arg);
      else if (code === 'd' || code === 'f') piece = String(Number(arg));
      else if (code === 'i') piece = String(Math.trunc(Number(arg)));
      else if (code === 'j' || code === 'o' || code === 'O') piece = stringify(arg);
      if (piece !== undefined) next++;
    }
    if (piece === undefined) continue;
    out += template.slice(last, i) + piece;
    last = i + 2;
    i++;
  }
  return out + template.slice(last);
};
