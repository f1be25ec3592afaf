import type { HandlersFor } from '../session/handlers';
import { counsellorToday, supervisorToday } from './service';

/** "Heute": the start page after unlocking, for either role (issue 10). */
export function createHomeHandlers(): HandlersFor<'home'> {
  return {
    'home:today': (_input, session) => (session.actor.role === 'supervisor' ? supervisorToday(session) : counsellorToday(session)),
  };
}
