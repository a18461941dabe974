import type { Punctuation } from '../language.js';

/**
 * Sentence punctuation in Arabic news. ۔ is the Urdu full stop, met in text typed on Persian and
 * Urdu keyboards. Quotation marks: «» is the Arabic norm, “” and "" are common on the web; the
 * splitter keeps a short quotation in one sentence, so brackets are paired the same way.
 */
export const arabicPunctuation: Punctuation = {
  sentenceEnders: '.!?؟۔‼⁇⁈⁉…',
  ellipses: '…',
  pairs: [
    ['«', '»'],
    ['“', '”'],
    ['‹', '›'],
    ['"', '"'],
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
    ['﴾', '﴿'],
  ],
};
