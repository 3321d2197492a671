export { fixtures, type PiiFixtures } from './fixtures.js';
export { createPiiMatchers, matchers, type PiiMatchers, piiMatchers } from './matchers.js';
