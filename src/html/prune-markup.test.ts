import { describe, expect, it } from 'vitest';
import { parseDocument, wholeDocument } from './dom.js';
import { pruneMarkup } from './prune-markup.js';

describe('pruneMarkup', () => {
  it('cuts scripts, styles, comments and never-text elements', () => {
    expect(pruneMarkup('<p>a<script>x()</script><style>p{}</style><!-- c --><button>b</button></p>')).toBe('<p>a</p>');
  });

  it('cuts nested furniture up to its matching close tag and keeps self-closed or unclosed tags', () => {
    expect(pruneMarkup('<nav><nav>x</nav>y</nav><p>z</p>')).toBe('<p>z</p>');
    expect(pruneMarkup('<svg/><p>z</p></svg>')).toBe('<svg/><p>z</p></svg>');
    expect(pruneMarkup('<aside>never closed<p>z</p>')).toBe('<aside>never closed<p>z</p>');
  });
});

describe('wholeDocument', () => {
  it('makes <html>, <head> and <body> explicit so fragments parse into a body', () => {
    expect(parseDocument('<p>نص</p>').body?.textContent).toBe('نص');
    expect(parseDocument('<html lang="ar"><head><title>t</title></head><p>نص</p></html>').body?.textContent).toBe('نص');
    expect(wholeDocument('<html><body><p>x</p></body></html>')).toBe('<html><body><p>x</p></body></html>');
  });
});
