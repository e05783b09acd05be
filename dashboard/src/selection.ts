// What the reader chose, read from the form and kept in the address (so a view can be linked and reloaded).
import type { SubjectLevel } from './generated/graphql';

export interface Selection {
  /** Unit slugs, e.g. ["chaoyang", "nanping"]. */
  units: string[];
  level: SubjectLevel;
  /** One subject code of that level, or null for every subject of the level. */
  subject: string | null;
  /** One fiscal year, or null for every year. */
  year: number | null;
  /** The term indicator names contain, e.g. 满意. */
  indicatorTerm: string;
}

export const levels: ReadonlyArray<{ level: SubjectLevel; label: string }> = [
  { level: 'CATEGORY', label: '类 category' },
  { level: 'SECTION', label: '款 section' },
  { level: 'ITEM', label: '项 item' },
];

export function selectionFromAddress(search: string): Partial<Selection> {
  const parameters = new URLSearchParams(search);
  const partial: Partial<Selection> = {};
  const units = parameters.get('units');
  if (units) partial.units = units.split(',').filter((slug) => slug !== '');
  const level = parameters.get('level');
  if (level === 'CATEGORY' || level === 'SECTION' || level === 'ITEM') partial.level = level;
  const subject = parameters.get('subject');
  if (subject) partial.subject = subject;
  const year = Number(parameters.get('year'));
  if (Number.isInteger(year) && year > 0) partial.year = year;
  const term = parameters.get('indicator');
  if (term) partial.indicatorTerm = term;
  return partial;
}

export function selectionToAddress(selection: Selection): string {
  const parameters = new URLSearchParams();
  parameters.set('units', selection.units.join(','));
  parameters.set('level', selection.level);
  if (selection.subject) parameters.set('subject', selection.subject);
  if (selection.year !== null) parameters.set('year', String(selection.year));
  parameters.set('indicator', selection.indicatorTerm);
  return `?${parameters.toString()}`;
}
