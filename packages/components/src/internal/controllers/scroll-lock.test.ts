import { expect } from '@open-wc/testing';
import { isScrollLocked, lockScroll, unlockScroll } from './scroll-lock.js';

const overflow = () => document.documentElement.style.overflow;

describe('scroll lock', () => {
  afterEach(() => {
    document.documentElement.style.overflow = '';
  });

  it('counts owners: the page scrolls again when the last one releases', () => {
    const [a, b] = [{}, {}];
    lockScroll(a);
    lockScroll(b);
    expect(overflow()).to.equal('hidden');
    unlockScroll(a);
    expect([isScrollLocked(), overflow()]).to.deep.equal([true, 'hidden']);
    unlockScroll(b);
    expect([isScrollLocked(), overflow()]).to.deep.equal([false, '']);
  });

  it('locking twice for one owner counts once; releasing an unknown owner does nothing', () => {
    const a = {};
    lockScroll(a);
    lockScroll(a);
    unlockScroll({});
    expect(isScrollLocked()).to.equal(true);
    unlockScroll(a);
    expect(isScrollLocked()).to.equal(false);
  });

  it('puts back the page’s own inline overflow and scrollbar gutter', () => {
    const { style } = document.documentElement;
    style.overflow = 'clip';
    style.setProperty('scrollbar-gutter', 'stable both-edges');
    const a = {};
    lockScroll(a);
    expect(overflow()).to.equal('hidden');
    unlockScroll(a);
    expect(overflow()).to.equal('clip');
    expect(style.getPropertyValue('scrollbar-gutter')).to.equal('stable both-edges');
    style.removeProperty('scrollbar-gutter');
  });
});
