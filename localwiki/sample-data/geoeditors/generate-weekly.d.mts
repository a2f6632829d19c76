export const WEEKLY: string;
export const WEEKLY_MONTHS: string[];
export function sundays( month: string ): string[];
export function weekRows( month: string ): string;
export function weeklyFileName( month: string ): string;
export const EIGHT_COLUMN_MONTH: string;
export const MISSING_WEEK: string;
export const DOUBLED_WEEK: string;
