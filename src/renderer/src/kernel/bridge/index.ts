export { callCore } from './callCore';
