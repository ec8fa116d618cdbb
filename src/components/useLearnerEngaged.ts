import { useEffect, useState } from 'react';

// What tells that a learner is at the page, not just a page that loaded: they scroll, move the pointer, touch or type.
const ENGAGING_EVENTS = ['scroll', 'wheel', 'pointermove', 'pointerdown', 'touchstart', 'keydown'] as const;

let engaged = false;
const waiting = new Set<() => void>();

function onEngaged() {
  engaged = true;
  for (const event of ENGAGING_EVENTS) window.removeEventListener(event, onEngaged, { capture: true });
  for (const notify of waiting) notify();
  waiting.clear();
}

/**
 * True once the learner has scrolled, moved the pointer, touched or typed on this page (or on an earlier
 * one: the site is a single-page app). Lets heavy parts that are on screen from the start, like
 * an exercise's editor and sandbox, wait until someone is there to use them, instead of
 * competing with the lesson's first paint and keeping the main thread busy while it loads.
 */
export function useLearnerEngaged(): boolean {
  const [now, setNow] = useState(engaged);
  useEffect(() => {
    // A page opened scrolled (a reload, a link to a heading) or scrolled before this ran has a learner.
    if (!engaged && window.scrollY > 0) onEngaged();
    if (engaged) {
      setNow(true);
      return;
    }
    const notify = () => setNow(true);
    if (waiting.size === 0) {
      for (const event of ENGAGING_EVENTS) window.addEventListener(event, onEngaged, { capture: true, passive: true });
    }
    waiting.add(notify);
    return () => {
      waiting.delete(notify);
    };
  }, []);
  return now;
}
