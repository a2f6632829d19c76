export const WEEKLY: string;
export const WEEKLY_MONTHS: string[];
export function sundays( month: string ): string[];
export function weekRows( month: string ): string;
export function weeklyFileName( month: string ): string;
