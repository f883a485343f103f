import { describe, expect, it } from 'vitest';
import { htmlToText, markdownToText, paragraphsOf, prepare, splitSentences } from '../../../src/classify/text.js';

const split = (p: string) => splitSentences(p).map(([a, b]) => p.slice(a, b).trim());

describe('sentence splitting', () => {
  it('GIVEN abbreviations like U.S., Gen., No., St., Dr. WHEN splitting THEN they do not end sentences', () => {
    const p = 'The U.S. Embassy in Bamako met Gen. Diarra and Dr. Smith at No. 5 St. Louis Road. Mr. J. K. Rowling left. It rained.';
    expect(split(p)).toEqual([
      'The U.S. Embassy in Bamako met Gen. Diarra and Dr. Smith at No. 5 St. Louis Road.',
      'Mr. J. K. Rowling left.',
      'It rained.',
    ]);
  });

  it('GIVEN e.g. and a quoted sentence end WHEN splitting THEN the quote closes the sentence', () => {
    const p = 'Leave by any means, e.g. by road. Italy said "leave as soon as possible." The embassy agreed.';
    expect(split(p)).toEqual(['Leave by any means, e.g. by road.', 'Italy said "leave as soon as possible."', 'The embassy agreed.']);
  });

  it('GIVEN "U.S." at the end of a sentence followed by "The" WHEN splitting THEN it splits there', () => {
    expect(split('They flew back to the U.S. The embassy closed.')).toEqual(['They flew back to the U.S.', 'The embassy closed.']);
  });
});

describe('HTML and Markdown', () => {
  it('GIVEN HTML with script, style, entities and block elements WHEN converted THEN text keeps paragraph breaks only', () => {
    const t = htmlToText('<div><p>Do&nbsp;not travel &amp; leave</p><script>var x="leave now"</script><style>p{}</style><ul><li>One</li><li>Two</li></ul></div>');
    const paras = paragraphsOf(t);
    expect(paras).toEqual(['Do\u00a0not travel & leave'.replace(/\u00a0/, ' '), 'One', 'Two']);
  });

  it('GIVEN 100k nested divs WHEN converted THEN it does not blow the stack', () => {
    const html = '<div>'.repeat(100_000) + 'Leave now.' + '</div>'.repeat(100_000);
    expect(htmlToText(html).includes('Leave now.')).toBe(true);
  }, 60_000);

  it('GIVEN Markdown with headings, links and emphasis WHEN stripped THEN the words remain', () => {
    const t = markdownToText('# Mali\n\n**Do not travel** to [Mali](https://x.y) _now_.\n\n- item one');
    expect(t).toContain('Mali');
    expect(t).toContain('Do not travel to Mali now.');
    expect(t).toContain('• item one');
  });
});

describe('prepare', () => {
  it('GIVEN curly quotes and NBSP WHEN prepared THEN the matching form is straight but the evidence keeps the original', () => {
    const p = prepare('Italy\u2019s ministry said \u201cleave\u00a0now\u201d. Next.');
    const s = p.sentences[0]!;
    expect(s.text).toContain('\u2019');
    expect(s.plain).toContain("Italy's");
    expect(s.low).toContain('"leave now"');
  });

  it('GIVEN a US advisory description WHEN prepared THEN the change-note paragraph is detected', () => {
    const p = prepare('<p><b>Reissued after periodic review with minor edits.</b></p><p>Exercise normal precautions in Portugal.</p>', { format: 'html' });
    expect(p.changeNote).toBe('Reissued after periodic review with minor edits.');
    expect(p.sentences[0]!.changeNote).toBe(true);
    expect(p.sentences[1]!.changeNote).toBe(false);
  });

  it('GIVEN a hard-wrapped plain-text paragraph WHEN prepared THEN the lines are joined into one sentence', () => {
    const p = prepare('The embassy urged citizens to\nleave the country immediately.\nA new paragraph.');
    expect(p.sentences.map((s) => s.text)).toEqual(['The embassy urged citizens to leave the country immediately.', 'A new paragraph.']);
  });
});
