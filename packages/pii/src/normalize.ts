/**
 * Normalizes a key the way key rules see it: decomposed so accents and other
 * marks drop out (`contraseña`, `teléfono`, `パスワード` meet their rule),
 * lower-cased, and every character that is not a letter or digit of some
 * script removed (`X-Forwarded-For`, `x_forwarded_for` and `xForwardedFor`
 * are one key).
 *
 * @example
 * ```ts
 * normalizeKey('X-Forwarded-For'); // 'xforwardedfor'
 * normalizeKey('Дата рождения'); // 'датарождения'
 * ```
 */
export const normalizeKey = (key: string): string =>
  key
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
