import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './qc-select.js';

const tokenPx = (name: string) => parseFloat(getComputedStyle(document.documentElement).getPropertyValue(name)) * 16;

describe('qc-select width with the opt-in base styles', () => {
  it('keeps its width token when @qc-ds/styles base.css caps controls at 100 %', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/packages/styles/dist/base.css';
    const loaded = oneEvent(link, 'load');
    document.head.append(link);
    try {
      await loaded;
      const wrapper = await fixture(
        html`<div class="qc-ds" style="width: 1000px">
          <qc-select label="Province" width="sm"
            ><select name="p">
              <option>Québec</option>
            </select></qc-select
          >
        </div>`,
      );
      const select = wrapper.querySelector('select')!;
      expect(select.getBoundingClientRect().width).to.be.closeTo(tokenPx('--qc-size-max-width-sm'), 0.5);
    } finally {
      link.remove();
    }
  });
});
