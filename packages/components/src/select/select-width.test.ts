import { expect, fixture, html } from '@open-wc/testing';
import './qc-select.js';
import { tokenPx, withStylesheet } from '../internal/test/page.js';

describe('qc-select width with the opt-in base styles', () => {
  it('keeps its width token when @qc-ds/styles base.css caps controls at 100 %', async () => {
    await withStylesheet('/packages/styles/dist/base.css', async () => {
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
    });
  });
});
