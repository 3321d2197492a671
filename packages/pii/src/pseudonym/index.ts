export { type PseudonymOptions, pseudonym } from './pseudonym.js';
export { hmacSha256, sha256 } from './sha256.js';
