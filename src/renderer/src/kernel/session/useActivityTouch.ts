import { useEffect } from 'react';
import { useSession } from './SessionProvider';

const TOUCH_INTERVAL_MS = 15_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Tells the core that a person is working, so the auto-lock timer restarts. Only real input counts
 * (the status poll does not), and at most every 15 seconds, so typing does not flood the IPC.
 */
export function useActivityTouch(): void {
  const { call } = useSession();
  useEffect(() => {
    // Unlocking was activity too; the first touch is due 15 s from now.
    let lastTouch = Date.now();
    function handleActivity() {
      const now = Date.now();
      if (now - lastTouch < TOUCH_INTERVAL_MS) return;
      lastTouch = now;
      void call((api) => api.session.touch());
    }
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, handleActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, handleActivity, { capture: true });
    };
  }, [call]);
}
