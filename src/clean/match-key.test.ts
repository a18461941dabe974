import { describe, expect, it } from 'vitest';
import { lightStem, matchKey } from './match-key.js';

describe('matchKey', () => {
  it.each([
    ['«الأمنى»،  2024', 'الامني 2024'],
    ['إقرأ أيضاً:', 'اقرا ايضا'],
    ['الوزارة  المنتدبة', 'الوزاره المنتدبه'],
    ['٢٠٢٣/١٢/٠٦', '2023 12 06'],
    ['تـــــم نشرُه', 'تم نشره'],
    ['ﻻ بد', 'لا بد'],
    ['Headlines', 'headlines'],
    ['  ', ''],
    ['مرحبا 👍 بكم', 'مرحبا بكم'],
  ])('%s → %s', (input, key) => {
    expect(matchKey(input)).toBe(key);
  });

  it('strips clitics for line comparison only', () => {
    expect(lightStem('وبالجزائر')).toBe('جزائر');
    expect(lightStem('للسفارة')).toBe('سفارة');
    expect(lightStem('والي')).toBe('الي');
    expect(lightStem('بلد')).toBe('بلد');
  });
});
