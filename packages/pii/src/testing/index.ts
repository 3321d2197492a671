export { fixtures } from './fixtures.js';
