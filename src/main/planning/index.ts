export { createPlanningHandlers } from './app';
