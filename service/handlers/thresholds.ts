import { thresholdTable, type ThresholdPeriod } from '../../core/index.js';
import type { HandlerContext } from '../context.js';

/** The threshold table the rules apply here: the shipped periods, with those the office entered laid over them. */
export function thresholdTableFor(_ctx: HandlerContext): ThresholdPeriod[] {
  return thresholdTable();
}
