// The comparison dashboard: selectors → four typed GraphQL operations → ECharts. Each chart links to its query in the IDE.
import { downloadCsv, execute, ideLink } from './api';
import { drawAggregate } from './charts/aggregateChart';
import { drawCompare } from './charts/compareCharts';
import { resizeAll } from './charts/echarts';
import { drawIndicators, indicatorLabel } from './charts/indicatorChart';
import { target } from './format';
import {
  CompareSubjectsDocument,
  DashboardChoicesDocument,
  ExpenditureAggregateDocument,
  IndicatorTargetsDocument,
  type BudgetFilterInput,
  type CompareSubjectsQueryVariables,
  type DashboardChoicesQuery,
  type ExpenditureAggregateQueryVariables,
  type IndicatorTargetsQueryVariables,
} from './generated/graphql';
import { missingUnits, unitsOf } from './missing';
import { levels, selectionFromAddress, selectionToAddress, type Selection } from './selection';

const byId = <T extends HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
};

const form = byId<HTMLFormElement>('choices');
const unitsBox = byId<HTMLFieldSetElement>('units');
const levelSelect = byId<HTMLSelectElement>('level');
const subjectSelect = byId<HTMLSelectElement>('subject');
const yearSelect = byId<HTMLSelectElement>('year');
const indicatorInput = byId<HTMLInputElement>('indicator');
const status = byId<HTMLParagraphElement>('status');

let choices: DashboardChoicesQuery | null = null;
/** What each CSV button downloads: the operation and variables of the chart as last drawn. */
const csvDownloads = new Map<string, () => Promise<void>>();
let generation = 0;

/** body[data-state] is loading | ready | error, and body[data-renders] counts finished renders (the browser test waits on them). */
function setState(state: 'loading' | 'ready' | 'error', message = ''): void {
  document.body.dataset.state = state;
  status.textContent = message;
  status.classList.toggle('error', state === 'error');
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  element.selected = selected;
  return element;
}

function fillSubjects(level: string, selected: string | null): void {
  const subjects = (choices?.subjects ?? []).filter((subject) => subject.level === level);
  subjectSelect.replaceChildren(
    option('', `All subjects of this level (${subjects.length})`, selected === null),
    ...subjects.map((subject) => option(subject.code, `${subject.code} ${subject.name}`, subject.code === selected)),
  );
}

function buildForm(data: DashboardChoicesQuery, initial: Selection): void {
  const units = unitsOf(data);
  unitsBox.replaceChildren(unitsBox.querySelector('legend')!, ...units.map((unit) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'unit';
    box.value = unit.slug;
    box.checked = initial.units.includes(unit.slug);
    const years = unit.budgets.map((budget) => budget.year).join(', ');
    label.append(box, ` ${unit.shortName} `);
    const detail = document.createElement('small');
    detail.textContent = `${unit.district?.name ?? ''} ${years}`;
    label.append(detail);
    return label;
  }));
  levelSelect.replaceChildren(...levels.map((l) => option(l.level, l.label, l.level === initial.level)));
  fillSubjects(initial.level, initial.subject);
  const years = [...new Set(units.flatMap((unit) => unit.budgets.map((budget) => budget.year)))].sort();
  yearSelect.replaceChildren(option('', 'All years', initial.year === null), ...years.map((year) => option(String(year), String(year), year === initial.year)));
  indicatorInput.value = initial.indicatorTerm;
}

function readSelection(): Selection {
  const units = [...unitsBox.querySelectorAll<HTMLInputElement>('input[name=unit]:checked')].map((box) => box.value);
  const level = levels.find((l) => l.level === levelSelect.value)?.level ?? 'CATEGORY';
  return {
    units,
    level,
    subject: subjectSelect.value || null,
    year: yearSelect.value ? Number(yearSelect.value) : null,
    indicatorTerm: indicatorInput.value.trim(),
  };
}

async function render(selection: Selection): Promise<void> {
  const mine = ++generation;
  history.replaceState(null, '', selectionToAddress(selection));
  if (selection.units.length === 0) {
    setState('ready', 'Choose at least one unit.');
    return;
  }
  setState('loading', 'Loading…');

  const years = selection.year === null ? null : [selection.year];
  const compareVariables: CompareSubjectsQueryVariables = {
    subjectCodes: selection.subject ? [selection.subject] : null,
    unitSlugs: selection.units,
    years,
    level: selection.level,
  };
  const where: BudgetFilterInput = { unit: { slug: { in: selection.units } }, ...(selection.year === null ? {} : { year: { eq: selection.year } }) };
  const districtVariables: ExpenditureAggregateQueryVariables = { by: 'DISTRICT', level: selection.level, where };
  const yearVariables: ExpenditureAggregateQueryVariables = { by: 'YEAR', level: selection.level, where };
  const indicatorVariables: IndicatorTargetsQueryVariables = { nameContains: selection.indicatorTerm, unitSlugs: selection.units, years };

  byId<HTMLAnchorElement>('compare-query').href = ideLink(CompareSubjectsDocument, compareVariables);
  byId<HTMLAnchorElement>('district-query').href = ideLink(ExpenditureAggregateDocument, districtVariables);
  byId<HTMLAnchorElement>('year-query').href = ideLink(ExpenditureAggregateDocument, yearVariables);
  byId<HTMLAnchorElement>('indicator-query').href = ideLink(IndicatorTargetsDocument, indicatorVariables);
  csvDownloads.set('compare-csv', () => downloadCsv(CompareSubjectsDocument, compareVariables));
  csvDownloads.set('district-csv', () => downloadCsv(ExpenditureAggregateDocument, districtVariables));
  csvDownloads.set('year-csv', () => downloadCsv(ExpenditureAggregateDocument, yearVariables));
  csvDownloads.set('indicator-csv', () => downloadCsv(IndicatorTargetsDocument, indicatorVariables));

  try {
    const [compared, byDistrict, byYear, indicators] = await Promise.all([
      execute(CompareSubjectsDocument, compareVariables),
      execute(ExpenditureAggregateDocument, districtVariables),
      execute(ExpenditureAggregateDocument, yearVariables),
      selection.indicatorTerm === '' ? Promise.resolve({ indicatorComparison: [] }) : execute(IndicatorTargetsDocument, indicatorVariables),
    ]);
    if (mine !== generation) return; // a newer selection is being drawn

    drawCompare(byId('compare-total'), byId('compare-share'), compared.compare);
    const subjectName = choices?.subjects.find((s) => s.code === selection.subject)?.name ?? null;
    const missing = missingUnits(selection, unitsOf(choices), compared.compare, subjectName);
    byId('missing').replaceChildren(...(missing.length === 0
      ? [Object.assign(document.createElement('li'), { textContent: 'Every chosen unit is included.' })]
      : missing.map((unit) => {
        const item = document.createElement('li');
        item.dataset.unit = unit.unitSlug;
        const code = document.createElement('code');
        code.textContent = unit.reasonCode;
        item.append(`${unit.unitShortName}${unit.year === null ? '' : ` ${unit.year}`}: ${unit.reason} `, code);
        return item;
      })));
    drawAggregate(byId('aggregate-district'), byDistrict.expenditureAggregate);
    drawAggregate(byId('aggregate-year'), byYear.expenditureAggregate);
    drawIndicators(byId('indicators'), indicators.indicatorComparison);
    const qualitative = indicators.indicatorComparison.filter((row) => row.numericTarget === null || row.numericTarget === undefined);
    byId('qualitative').textContent = qualitative.length === 0 ? ''
      : 'Qualitative targets 定性指标: ' + qualitative.map((row) => `${indicatorLabel(row)}: ${target(row.operator, null, row.textTarget, null)}`).join('; ');

    document.body.dataset.renders = String(Number(document.body.dataset.renders ?? '0') + 1);
    setState('ready', `${compared.compare.length} compared rows · ${missing.length} not included · ${indicators.indicatorComparison.length} indicators`);
  } catch (error) {
    if (mine !== generation) return;
    setState('error', error instanceof Error ? error.message : String(error));
  }
}

async function start(): Promise<void> {
  setState('loading', 'Loading…');
  try {
    choices = await execute(DashboardChoicesDocument, {});
  } catch (error) {
    setState('error', error instanceof Error ? error.message : String(error));
    return;
  }
  const fromAddress = selectionFromAddress(window.location.search);
  const initial: Selection = {
    units: fromAddress.units ?? unitsOf(choices).map((unit) => unit.slug),
    level: fromAddress.level ?? 'CATEGORY',
    subject: fromAddress.subject ?? null,
    year: fromAddress.year ?? null,
    indicatorTerm: fromAddress.indicatorTerm ?? '满意',
  };
  buildForm(choices, initial);
  levelSelect.addEventListener('change', () => fillSubjects(levelSelect.value, null));
  form.addEventListener('change', () => void render(readSelection()));
  form.addEventListener('submit', (event) => { event.preventDefault(); void render(readSelection()); });
  window.addEventListener('resize', resizeAll);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.csv')) {
    button.addEventListener('click', () => {
      const download = csvDownloads.get(button.id);
      download?.().catch((error: unknown) => setState('error', error instanceof Error ? error.message : String(error)));
    });
  }
  await render(initial);
}

void start();
