import { describe, expect, it } from 'vitest';
import { chromiumSkipReason } from './browser.js';

describe('chromiumSkipReason', () => {
  const missing = '/nonexistent/chromium';

  it('lets the tests run when the browser is there', () => {
    expect(chromiumSkipReason(process.execPath, { CI: 'true' })).toBeNull();
  });

  it('skips with a message on a machine without the browser', () => {
    expect(chromiumSkipReason(missing, {})).toMatch(/^skipped: .*apt-get install -y chromium/);
  });

  it('fails under CI, which installs the browser', () => {
    expect(() => chromiumSkipReason(missing, { CI: 'true' })).toThrow(/^CI: /);
  });
});
