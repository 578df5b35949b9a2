import { z } from 'zod';
import { isValidIsoDate } from '../rules/dates.js';

export const isoDate = z.string().refine(isValidIsoDate, { message: 'invalidDate' });
export const id = z.number().int().positive();
export const text = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** NOK, whole kroner, excluding VAT. */
export const nok = z.number().int().min(0).max(1_000_000_000_000);
