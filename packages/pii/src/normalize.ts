/** Latin letters that NFD leaves whole, and the base letter people type for them. */
const BASE: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ı: 'i' };
const HAS_STROKE = /[łøđħŧı]/;
const STROKES = /[łøđħŧı]/g;

/**
 * Normalizes a key the way key rules see it: decomposed so accents and other
 * marks drop out (`contraseña`, `teléfono`, `パスワード` meet their rule),
 * lower-cased, letters with a stroke read as their base (`hasło` is `haslo`),
 * and every character that is not a letter or digit of some
 * script removed (`X-Forwarded-For`, `x_forwarded_for` and `xForwardedFor`
 * are one key).
 *
 * @example
 * ```ts
 * normalizeKey('X-Forwarded-For'); // 'xforwardedfor'
 * normalizeKey('Дата рождения'); // 'датарождения'
 * ```
 */
export const normalizeKey = (key: string): string => {
  const letters = key
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  // `hasło` is typed `haslo` as often: Latin letters with a stroke have no decomposition to drop.
  return HAS_STROKE.test(letters) ? letters.replace(STROKES, (c) => BASE[c] as string) : letters;
};
