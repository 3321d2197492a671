import type { Command } from '../types.js';
import { synthCommand } from './synth.js';
import { validateCommand } from './validate.js';

/** Every CLI command, in the order `alarms --help` lists them. */
export const commands: Command[] = [validateCommand, synthCommand];
