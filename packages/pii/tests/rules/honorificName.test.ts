import { scrubString } from '@valine/pii';
import { describe, expect, it } from 'vitest';

describe('names before a Japanese or Korean honorific', () => {
  it.each([
    ['{"title":"田中 雄一さんから新しいメッセージ"}', '{"title":"[name]さんから新しいメッセージ"}'],
    ['山田花子様（連絡待ち）', '[name]様（連絡待ち）'],
    ['고객 문의: 김민준 님 결제 오류', '고객 문의: [name] 님 결제 오류'],
  ])('replaces %j', (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each(['お客様各位', '皆さん こんにちは', '고객님 환영합니다', '会員様限定', 'ご担当者様'])('keeps %j', (input) => {
    expect(scrubString(input)).toBe(input);
  });
});
