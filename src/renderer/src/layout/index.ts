export { MainLayout } from './MainLayout';
export { PublicFrame } from './PublicFrame';
