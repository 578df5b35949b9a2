import { describe, expect, it } from 'vitest';
import {
  defineMessages,
  fileNameWords,
  locales,
  pickLocale,
  printWords,
  render,
  reportWords,
  serviceMessages,
  summaryWords,
  translator,
  type Words,
} from '../../core/index.js';
import { briefingSectionDefs } from '../../core/reference/briefing.js';
import { bundleTableWords } from '../../core/reference/bundleWords.js';
import { followupKindDefs, riskLevelDefs, sanctionDefs } from '../../core/reference/contracts.js';
import { confidentialityBasisDefs, dialogueFormDefs } from '../../core/reference/dialogue.js';
import { goalMeasureDefs } from '../../core/reference/goals.js';
import { groundDefs, groundSetDefs } from '../../core/reference/grounds.js';
import { kindDefs } from '../../core/reference/kinds.js';
import { caseColumns, contractColumns, listSheetNames, supplierColumns } from '../../core/reference/listExports.js';
import {
  complaintColumns,
  deadlineColumns,
  deadlineKindWords,
  nearMaximumSheetName,
  runningColumns,
  runningSheetName,
} from '../../core/reference/deadlineExports.js';
import { apprenticeDecisionDefs, paySectorDefs } from '../../core/reference/payConditions.js';
import { phaseDefs } from '../../core/reference/phases.js';
import { procedureDefs } from '../../core/reference/procedures.js';
import { protocolItemDefs, protocolSectionDefs } from '../../core/reference/protocol.js';
import { regimeDefs } from '../../core/reference/regimes.js';
import { baselineKindDefs } from '../../core/reference/savings.js';
import { themeDefs } from '../../core/reference/themes.js';
import { openProblemWords } from '../../db/errors.js';
import { kindWords, saveDialogWords } from '../../electron/saveDialog.js';
import { shellWords } from '../../electron/shellWords.js';
import { catalogueProblems, labelProblems } from '../helpers/catalogues.js';

describe('one i18n system', () => {
  it('makes a message without one of its languages a compile error', () => {
    // @ts-expect-error: no nynorsk
    defineMessages({ saved: { nb: 'Lagret.', en: 'Saved.' } });
    defineMessages({
      cases: {
        nb: { one: '{n} sak', other: '{n} saker' },
        // @ts-expect-error: a plural needs both forms
        nn: { other: '{n} saker' },
        en: { one: '{n} case', other: '{n} cases' },
      },
    });
    const say = translator(
      defineMessages({ status: { select: 'status', options: { open: { nb: 'Åpen', nn: 'Open', en: 'Open' } } } }),
    );
    // @ts-expect-error: a choice takes only the options it has
    say('status', 'nb', { status: 'closed' });
    expect(say('status', 'nn', { status: 'open' })).toBe('Open');
  });

  it('chooses plurals by Intl.PluralRules, fills placeholders and groups {n:int} as each language does', () => {
    const say = translator(
      defineMessages({
        rows: {
          nb: { one: '{n} rad', other: '{n:int} rader' },
          nn: { one: '{n} rad', other: '{n:int} rader' },
          en: { one: '{n} row', other: '{n:int} rows' },
        },
      }),
    );
    expect(say('rows', 'nb', { n: 1 })).toBe('1 rad');
    expect(say('rows', 'nn', { n: 0 })).toBe('0 rader');
    expect(say('rows', 'nn', { n: 12_000 })).toBe('12\u00a0000 rader');
    expect(say('rows', 'en', { n: 12_000 })).toBe('12,000 rows');
    // A choice's option from a newer version's data is shown as itself.
    expect(render({ select: 'x', options: {} }, 'nb', { x: 'somethingNew' })).toBe('somethingNew');
  });

  it('picks the language a browser asks for, nynorsk included', () => {
    expect(pickLocale('nn-NO,nb;q=0.9')).toBe('nn');
    expect(pickLocale('en-GB')).toBe('en');
    expect(pickLocale('nb')).toBe('nb');
    expect(pickLocale('de-DE')).toBe('nb');
    expect(pickLocale(undefined)).toBe('nb');
  });

  it('has every message of core in every language, with the same placeholders, and nynorsk that is nynorsk', () => {
    const problems = [
      ...catalogueProblems('serviceMessages', serviceMessages),
      ...catalogueProblems('reportWords', reportWords),
      ...catalogueProblems('printWords', printWords),
      ...catalogueProblems('fileNameWords', fileNameWords),
      ...catalogueProblems('summaryWords', summaryWords),
      ...catalogueProblems('listSheetNames', {
        ...listSheetNames,
        nearMaximum: nearMaximumSheetName,
        running: runningSheetName,
      }),
      ...catalogueProblems('deadlineKindWords', deadlineKindWords),
      ...catalogueProblems('bundleTableWords', bundleTableWords),
      // The layers' own: the database's refusals, the desktop shell's menu and dialogs.
      ...catalogueProblems('openProblemWords', openProblemWords),
      ...catalogueProblems('shellWords', shellWords),
      ...catalogueProblems('saveDialogWords', saveDialogWords),
      ...catalogueProblems('kindWords', kindWords),
    ];
    const lists: [string, readonly ({ code: string } & Words<string>)[]][] = [
      ['phases', phaseDefs],
      ['procedures', procedureDefs],
      ['kinds', kindDefs],
      ['themes', themeDefs],
      ['regimes', regimeDefs],
      ['grounds', groundDefs],
      ['groundSets', groundSetDefs],
      ['briefingSections', briefingSectionDefs],
      ['followupKinds', followupKindDefs],
      ['riskLevels', riskLevelDefs],
      ['sanctions', sanctionDefs],
      ['dialogueForms', dialogueFormDefs],
      ['confidentialityBases', confidentialityBasisDefs],
      ['goalMeasures', goalMeasureDefs],
      ['paySectors', paySectorDefs],
      ['apprenticeDecisions', apprenticeDecisionDefs],
      ['protocolSections', protocolSectionDefs],
      ['protocolItems', protocolItemDefs],
      ['baselineKinds', baselineKindDefs],
    ];
    for (const [name, defs] of lists) problems.push(...labelProblems(name, defs));
    problems.push(
      ...labelProblems(
        'groundRefs',
        groundDefs.map((g) => ({ code: g.code, ...g.ref })),
      ),
    );
    problems.push(
      ...labelProblems(
        'groundShort',
        groundSetDefs.map((g) => ({ code: g.code, ...g.short })),
      ),
    );
    problems.push(
      ...labelProblems(
        'laws',
        confidentialityBasisDefs.map((b) => ({ code: b.code, ...b.law })),
      ),
    );
    for (const [name, cols] of [
      ['caseColumns', caseColumns],
      ['supplierColumns', supplierColumns],
      ['contractColumns', contractColumns],
      ['deadlineColumns', deadlineColumns],
      ['complaintColumns', complaintColumns],
      ['runningColumns', runningColumns],
    ] as const) {
      problems.push(
        ...labelProblems(
          name,
          cols.map((c, i) => ({ code: String(i), nb: c.nb, nn: c.nn, en: c.en })),
        ),
      );
    }
    expect(problems).toEqual([]);
    expect(locales).toEqual(['nb', 'nn', 'en']);
  });
});
