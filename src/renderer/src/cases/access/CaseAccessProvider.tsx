import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AccessReason } from '@shared/cases/access';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useNavigation, type Route } from '../../kernel/navigation';
import { peekLookupNotice } from './lookupNotice';
import { ReasonDialog } from './ReasonDialog';

type Attempt = (reason: AccessReason) => Promise<Result<unknown>>;

interface Request {
  caseId: string;
  attempt: Attempt;
  promise: Promise<Result<unknown> | null>;
  resolve: (result: Result<unknown> | null) => void;
}

interface CaseAccessValue {
  /**
   * Asks for a reason and runs `attempt` with it until the core accepts it (or the person
   * cancels: then null, and the app goes back to the screen the case was opened from). Two asks
   * for the same case share one dialog.
   */
  openWithReason: (caseId: string, attempt: Attempt) => Promise<Result<unknown> | null>;
}

const CaseAccessContext = createContext<CaseAccessValue | null>(null);

/** Where "Abbrechen" leads: the last screen that was not a case (list, search, Fristen …). */
function useLastScreenOutsideCases(): () => Route {
  const { route } = useNavigation();
  const last = useRef<Route>({ page: 'cases' });
  useEffect(() => {
    if (route.page !== 'case' && route.page !== 'caseEdit') last.current = route;
  }, [route]);
  return useCallback(() => last.current, []);
}

export function CaseAccessProvider({ children }: { children: ReactNode }) {
  const { navigate } = useNavigation();
  const backTarget = useLastScreenOutsideCases();
  const [request, setRequest] = useState<Request | null>(null);
  const requestRef = useRef<Request | null>(null);

  const openWithReason = useCallback((caseId: string, attempt: Attempt) => {
    const current = requestRef.current;
    if (current && current.caseId === caseId) return current.promise;
    let resolve: (result: Result<unknown> | null) => void = () => undefined;
    const promise = new Promise<Result<unknown> | null>((done) => {
      resolve = done;
    });
    const next: Request = { caseId, attempt, promise, resolve };
    requestRef.current = next;
    setRequest(next);
    return promise;
  }, []);

  const finish = useCallback((result: Result<unknown> | null) => {
    const current = requestRef.current;
    requestRef.current = null;
    setRequest(null);
    current?.resolve(result);
  }, []);

  async function confirm(reason: AccessReason): Promise<AppErrorData | null> {
    const current = requestRef.current;
    if (!current) return null;
    const result = await current.attempt(reason);
    // Anything but a refused reason ends the dialog; the case screen shows other errors itself.
    if (!result.ok && result.error.code === 'INVALID_INPUT') return result.error;
    finish(result);
    return null;
  }

  function cancel() {
    navigate(backTarget());
    finish(null);
  }

  const value = useMemo<CaseAccessValue>(() => ({ openWithReason }), [openWithReason]);
  return (
    <CaseAccessContext.Provider value={value}>
      {children}
      {request ? (
        <ReasonDialog key={request.caseId} lookup={peekLookupNotice(request.caseId)} onConfirm={confirm} onCancel={cancel} />
      ) : null}
    </CaseAccessContext.Provider>
  );
}

export function useCaseAccess(): CaseAccessValue {
  const value = useContext(CaseAccessContext);
  if (!value) throw new Error('useCaseAccess() needs a <CaseAccessProvider> above it');
  return value;
}
