export { PlanningSection } from './PlanningSection';
