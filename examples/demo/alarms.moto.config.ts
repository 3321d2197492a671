import { type AlarmDefinition, defineAlarms } from '@valine/alarms';
import config from '../alarms/alarms.config.js';

/**
 * The example's alarms config as the demo syncs it into moto: moto 5 does
 * not emulate composite alarms (PutCompositeAlarm), so they are left out
 * here and only here. Against LocalStack (`--endpoint-url`) or AWS, the
 * demo and CI use `examples/alarms/alarms.config.ts` unchanged.
 */
const withoutComposites = Object.fromEntries(
  Object.entries(config.alarms).filter(([, alarm]: [string, AlarmDefinition]) => alarm.kind !== 'composite'),
);

export default defineAlarms({ ...config, alarms: withoutComposites });

/** The names of the alarms left out, for the demo to say so. */
export const leftOut: string[] = Object.keys(config.alarms).filter((name) => !(name in withoutComposites));
