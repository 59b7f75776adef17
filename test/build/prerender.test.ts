import { describe, expect, it } from 'vitest';
import { finishPrerender } from '../../build/prerender';

describe('finishing the prerendered page', () => {
  const markup = '<a href="#figures">Skip</a><a href="https://example.org/x">out</a>'
    + '<section id="figures" aria-labelledby="h1 h2" data-testid="figure-x"><h3 id="h1">T</h3><label for="f">F</label>'
    + '<div class="chart-frame__chart" data-prerender-slot="1"></div><div class="tile-grid" style="min-height:440px" data-prerender-slot="2"></div></section>';
  const slots = new Map([['1', '<svg id="clip"><g/></svg>'], ['2', '<svg><rect/></svg>']]);
  const html = finishPrerender(markup, slots);

  it('gives the drawing its own ids, references included, and drops the test ids', () => {
    expect(html).toContain('<a href="#pre-figures">');
    expect(html).toContain('id="pre-figures" aria-labelledby="pre-h1 pre-h2"');
    expect(html).toContain('<h3 id="pre-h1">');
    expect(html).toContain('for="pre-f"');
    expect(html).toContain('href="https://example.org/x"');
    expect(html).not.toContain('data-testid');
  });
  it('puts each chart in its slot, its own ids untouched', () => {
    expect(html).toContain('data-prerender-slot="1"><svg id="clip"><g/></svg></div>');
    expect(html).toContain('data-prerender-slot="2"><svg><rect/></svg></div>');
  });
});
