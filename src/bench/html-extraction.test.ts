import { describe, expect, it } from 'vitest';
import { sharedSkipReason } from '../eval/shared-material.js';
import { renderTable } from './bench-table.js';
import { measureHtmlExtraction } from './html-extraction.js';

const skip = sharedSkipReason('bench', 'article-extraction') ?? sharedSkipReason('corpus', 'html-ar');
if (skip) console.warn(`HTML extraction benchmark ${skip}`);

describe.skipIf(skip !== null)('HTML extraction on the shared pages', () => {
  it('beats plain Readability on the 181-page benchmark, at no lower speed, and reads the Arabic pages whole', () => {
    const report = measureHtmlExtraction();
    console.log(renderTable(report.rows));
    expect(report.pages).toHaveLength(181);
    const mean = (k: 'rasid' | 'readability'): number => report.pages.reduce((a, p) => a + p[k].f1, 0) / report.pages.length;
    // measured 0.978 (Readability alone 0.953); the floor leaves room for rounding only
    expect(mean('rasid')).toBeGreaterThanOrEqual(0.975);
    expect(mean('rasid')).toBeGreaterThan(mean('readability'));
    // measured about 1.25 times Readability's pages per second; timing on a shared machine is
    // noisy, so the test guards against a real slowdown and the benchmark reports the figure
    expect(report.pagesPerSecond.rasid).toBeGreaterThanOrEqual(0.9 * report.pagesPerSecond.readability);
    expect(report.arabic).toHaveLength(2);
    for (const page of report.arabic) expect(page.rasid.f1, page.id).toBeGreaterThanOrEqual(0.99);
  });
});

describe('measureHtmlExtraction without the shared material', () => {
  it('returns one row saying why it was skipped', () => {
    const saved = process.env['RASID_SHARED'];
    process.env['RASID_SHARED'] = '/nonexistent-rasid-shared';
    try {
      const report = measureHtmlExtraction();
      expect(report.skipped).toMatch(/not present/);
      expect(report.rows).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env['RASID_SHARED'];
      else process.env['RASID_SHARED'] = saved;
    }
  });
});
