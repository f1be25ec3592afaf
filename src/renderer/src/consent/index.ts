export { ConsentSection } from './ConsentSection';
export { ReleaseCheck } from './ReleaseCheck';
