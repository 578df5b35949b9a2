import { z } from 'zod';
import { isValidIsoDate } from '../rules/dates.js';

export const isoDate = z.string().refine(isValidIsoDate, { message: 'invalidDate' });
export const id = z.number().int().positive();
export const text = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** No line break: a field shown on one line (a title, a name, a running header), and so in a bundle or a spreadsheet. */
const ONE_LINE = /^[^\r\n]*$/;
export const line = (max: number) => text(max).regex(ONE_LINE, { message: 'singleLine' });
export const requiredLine = (max: number) => requiredText(max).regex(ONE_LINE, { message: 'singleLine' });
/** NOK, whole kroner, excluding VAT. */
export const nok = z.number().int().min(0).max(1_000_000_000_000);
