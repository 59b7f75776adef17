import { describe, expect, it } from 'vitest';
import { drawScheduler, type DrawHost } from '../../src/views/frame/drawScheduler';

/** A page in miniature: targets are names, the test says where they are and when the page paints. */
function fakePage(msPerDraw = 0) {
  const reports = new Map<string, (target: string, near: boolean) => void>();
  const afterPaint: (() => void)[] = [];
  const soon: (() => void)[] = [];
  let clock = 0;
  const host: DrawHost<string> = {
    watch: (target, report) => void reports.set(target, report),
    unwatch: (target) => void reports.delete(target),
    afterPaint: (task) => void afterPaint.push(task),
    soon: (task) => void soon.push(task),
    now: () => clock,
  };
  const scheduler = drawScheduler(host);
  const drawn: string[] = [];
  const draw = (label: string) => () => {
    clock += msPerDraw;
    drawn.push(label);
  };
  const place = (target: string, near: boolean) => reports.get(target)?.(target, near);
  const runAll = (queue: (() => void)[]) => queue.splice(0).forEach((task) => task());
  return { scheduler, drawn, draw, place, reports, paint: () => runAll(afterPaint), yieldToPage: () => runAll(soon), queued: () => afterPaint.length + soon.length };
}

describe('drawScheduler', () => {
  it('draws a chart at once until the page has said where it is, and watches it from then on', () => {
    const page = fakePage();
    page.scheduler.request('trend', page.draw('trend v1'));
    expect(page.drawn).toEqual(['trend v1']);
    expect(page.reports.has('trend')).toBe(true);
  });

  it('draws charts near the screen at once and the others after the paint, in the order asked', () => {
    const page = fakePage();
    for (const target of ['map', 'victims', 'trend']) page.scheduler.request(target, page.draw(`${target} v1`));
    page.place('map', true);
    page.place('victims', false);
    page.place('trend', false);
    page.drawn.length = 0;
    for (const target of ['map', 'victims', 'trend']) page.scheduler.request(target, page.draw(`${target} v2`));
    expect(page.drawn).toEqual(['map v2']);
    page.paint();
    expect(page.drawn).toEqual(['map v2', 'victims v2', 'trend v2']);
    expect(page.queued()).toBe(0);
  });

  it('never draws a waiting chart that newer figures replaced, and drops one that was cancelled', () => {
    const page = fakePage();
    page.scheduler.request('victims', page.draw('v1'));
    page.scheduler.request('trend', page.draw('t1'));
    page.place('victims', false);
    page.place('trend', false);
    page.drawn.length = 0;
    page.scheduler.request('victims', page.draw('v2'));
    page.scheduler.request('victims', page.draw('v3'));
    const cancel = page.scheduler.request('trend', page.draw('t2'));
    cancel();
    page.paint();
    expect(page.drawn).toEqual(['v3']);
  });

  it('draws a waiting chart as soon as it comes near the screen', () => {
    const page = fakePage();
    page.scheduler.request('trend', page.draw('t1'));
    page.place('trend', false);
    page.scheduler.request('trend', page.draw('t2'));
    expect(page.drawn).toEqual(['t1']);
    page.place('trend', true);
    expect(page.drawn).toEqual(['t1', 't2']);
    page.paint();
    expect(page.drawn).toEqual(['t1', 't2']);
  });

  it('stops a slice after about 40 ms and goes on after the page has had its turn', () => {
    const page = fakePage(15);
    const targets = ['a', 'b', 'c', 'd', 'e'];
    for (const target of targets) page.scheduler.request(target, page.draw(`${target}1`));
    for (const target of targets) page.place(target, false);
    page.drawn.length = 0;
    for (const target of targets) page.scheduler.request(target, page.draw(`${target}2`));
    page.paint();
    expect(page.drawn).toEqual(['a2', 'b2', 'c2']); // 15 + 15 + 15 ms: the third crosses the budget
    page.yieldToPage();
    expect(page.drawn).toEqual(['a2', 'b2', 'c2', 'd2', 'e2']);
    expect(page.queued()).toBe(0);
  });

  it('says when every chart is drawn, and forgets a listener that unsubscribed', () => {
    const page = fakePage();
    const heard: string[] = [];
    page.scheduler.whenAllDrawn(() => heard.push('nothing waited'));
    expect(heard).toEqual(['nothing waited']);
    page.scheduler.request('trend', page.draw('t1'));
    page.place('trend', false);
    page.scheduler.request('trend', page.draw('t2'));
    page.scheduler.whenAllDrawn(() => heard.push('all drawn'));
    const stop = page.scheduler.whenAllDrawn(() => heard.push('unsubscribed'));
    stop();
    expect(heard).toEqual(['nothing waited']);
    page.paint();
    expect(heard).toEqual(['nothing waited', 'all drawn']);
  });

  it('draws everything at once for printing, and drops what a removed frame was waiting for', () => {
    const page = fakePage();
    for (const target of ['a', 'b']) page.scheduler.request(target, page.draw(`${target}1`));
    for (const target of ['a', 'b']) page.place(target, false);
    page.scheduler.request('a', page.draw('a2'));
    page.scheduler.request('b', page.draw('b2'));
    page.scheduler.release('b');
    expect(page.reports.has('b')).toBe(false);
    page.scheduler.drawAll();
    expect(page.drawn).toEqual(['a1', 'b1', 'a2']);
    page.paint();
    expect(page.drawn).toEqual(['a1', 'b1', 'a2']);
  });
});
