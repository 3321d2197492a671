import type { Command } from '../types.js';
import { destroyCommand } from './destroy.js';
import { planCommand } from './plan.js';
import { syncCommand } from './sync.js';
import { synthCommand } from './synth.js';
import { validateCommand } from './validate.js';

/** Every CLI command, in the order `alarms --help` lists them. */
export const commands: Command[] = [validateCommand, synthCommand, planCommand, syncCommand, destroyCommand];
