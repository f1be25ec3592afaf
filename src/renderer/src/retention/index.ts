export { RetentionSection } from './RetentionSection';
