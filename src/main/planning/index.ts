export { createPlanningHandlers } from './app';
// Bulk seeding of synthetic cases (training vaults).
export { insertGoal, insertReferral, saveAssessment } from './planRepository';
export { findPartnerByName, insertPartner } from './partnerRepository';
export { insertClosure, setCaseClosedOn } from './closureRepository';
