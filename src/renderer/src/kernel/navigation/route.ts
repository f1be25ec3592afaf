/**
 * Where the signed-in user is. The window never navigates (the shell forbids it); the app keeps
 * this value in state. Feature areas add their screens here.
 */
/** Fields of the case form another screen may open it at. */
export type CaseFormField = 'birthDate' | 'countryOfOrigin' | 'benefits' | 'intakeDate';

export type CaseSection = 'overview' | 'status' | 'deadlines' | 'journal' | 'documents' | 'planning' | 'closure' | 'privacy';

/** The parts of the statistics screen: export, history, combining exports, recipient profiles. */
export type StatisticsView = 'export' | 'history' | 'combine' | 'profiles';

export type Route =
  | { page: 'home' }
  | { page: 'cases' }
  | { page: 'caseNew' }
  /** `newEntryRequest` (a new number each time) opens the quick journal entry on arrival (Strg+K). */
  | { page: 'case'; caseId: string; section?: CaseSection; newEntryRequest?: number }
  /** `focus`: a field of the case form to start in (the statistics' data-quality list links to it). */
  | { page: 'caseEdit'; caseId: string; focus?: CaseFormField }
  | { page: 'deadlines' }
  | { page: 'search'; query: string }
  | { page: 'partners' }
  | { page: 'structuralNotes' }
  | { page: 'statistics'; view?: StatisticsView }
  | { page: 'import' }
  | { page: 'audit' }
  | { page: 'accounts' }
  | { page: 'settings' }
  | { page: 'dataProtection' }
  | { page: 'exit' };

export type PageOf<R extends Route = Route> = R['page'];
