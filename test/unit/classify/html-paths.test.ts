/**
 * HTML → text has a fast path (an indexOf walk over simple tags) and the full htmlparser2 tokenizer; the
 * fast path must give exactly the tokenizer's text whenever it answers, and step aside otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breaksToBlankLines, htmlPaths, htmlToText } from '../../../src/classify/text.js';

const TAGS = ['p', 'div', 'br', 'b', 'i', 'a', 'span', 'li', 'ul', 'td', 'th', 'tr', 'table', 'h2', 'em', 'strong', 'section', 'img', 'script', 'style', 'my-tag'];
const word = fc.constantFrom('Mali', 'leave', 'Level 4:', 'Do Not Travel', 'U.S.', 'citizens', 'Bamako', ' ', '  ', '\n', '\t', '.', ',', '"', "'", '>', '&');
const entity = fc.constantFrom('&amp;', '&lt;', '&gt;', '&nbsp;', '&eacute;', '&#39;', '&#x27;', '&amp', '&copy', '&notanentity;', '&#233;', '&');
const attr = fc
  .tuple(fc.constantFrom('href', 'class', 'data-x', 'title', 'style', 'id'), fc.constantFrom('"x"', "'y'", 'z', '"a>b"', "'c<d'", '"e f"', '""'))
  .map(([k, v]) => ` ${k}=${v}`);
const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 2 }), fc.boolean(), fc.boolean())
  .map(([t, as, self, upper]) => `<${upper ? t.toUpperCase() : t}${as.join('')}${self ? '/' : ''}>`);
const closeTag = fc.constantFrom(...TAGS).map((t) => `</${t}>`);
const odd = fc.constantFrom('<!-- c -->', '<![CDATA[x]]>', '<!DOCTYPE html>', '<?xml v?>', '< p>', 'a<b', '</ p>', '<p', '<3');
const piece = fc.oneof({ weight: 4, arbitrary: word }, { weight: 2, arbitrary: entity }, { weight: 3, arbitrary: openTag }, { weight: 2, arbitrary: closeTag }, { weight: 1, arbitrary: odd });

describe('HTML to text: fast path and tokenizer agree', () => {
  it('GIVEN an RSS item whose description is HTML in CDATA, or escaped HTML WHEN converted THEN the inner HTML is read too', () => {
    const cdata = '<item><title>Vanuatu</title><description><![CDATA[<p><strong>SafeTravel</strong></p><p>We advise <b>avoid non-essential travel</b>.</p>]]></description></item>';
    const text = htmlToText(cdata);
    expect(text).not.toMatch(/<\/?(?:p|strong|b)>/);
    expect(text).toContain('We advise avoid non-essential travel.');
    const escaped = '<description>&lt;p&gt;Leave &lt;strong&gt;now&lt;/strong&gt;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description>';
    expect(htmlToText(escaped).trim().split(/\n\n+/)).toEqual(['Leave now.', 'Second.']);
  });

  it('GIVEN random feed-like HTML WHEN the fast path answers THEN its text equals the tokenizer text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        const fast = htmlPaths.fast(html);
        if (fast !== null) expect(fast).toBe(htmlPaths.tokenized(html));
        // (text that still holds tags after one reading is read once more: escaped HTML)
        const once = fast ?? htmlPaths.tokenized(html);
        if (!/<\/?(?:p|br|div|span|strong|em|b|i|a|ul|ol|li|h[1-6]|table|tr|td)\b[^<>]{0,200}>/i.test(once)) expect(htmlToText(html)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('GIVEN a comment, a script or a stray "<" WHEN converted THEN the tokenizer path is used and the text is right', () => {
    expect(htmlPaths.fast('<p>a</p><!-- x --><p>b</p>')).toBeNull();
    expect(htmlToText('<p>a</p><!-- x --><p>b</p>').trim()).toBe('a\n\nb');
    expect(htmlToText('<p>x</p><script>var leave = 1;</script><p>y &amp; z</p>').trim()).toBe('x\n\ny & z');
    expect(htmlToText('<p>1 < 2 &lt; 3</p>')).toBe(htmlPaths.tokenized('<p>1 < 2 &lt; 3</p>'));
  });

  it('GIVEN plain feed HTML WHEN converted THEN the fast path answers', () => {
    const html = '<p>Mali - Level 4: <b>Do Not Travel</b></p><ul><li>Leave <a href="https://x.test/?a=1&amp;b=2">now</a>.</li></ul>';
    expect(htmlPaths.fast(html)?.trim()).toBe('Mali - Level 4: Do Not Travel\n\nLeave now.');
  });
});

describe('HTML to text: block breaks become blank lines', () => {
  it('GIVEN any text of letters, spaces and block-break marks WHEN breaks are turned into blank lines THEN the result is the reference regular expression replace', () => {
    const reference = (t: string) => t.replace(/(?: ?\u0001 ?)+/g, '\n\n');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '  ', '\u0001', '\n'), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        expect(breaksToBlankLines(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
