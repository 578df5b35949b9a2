// The CPV codes of the regulation's annexes 2 (særlige tjenester) and 3
// (helse- og sosialtjenester), as FOA (FOR-2016-08-12-974) lists them
// (Lovdata's consolidated text, last change FOR-2024-03-21-572). "from–to"
// is a range the annex itself gives (every code between, by number); a
// single code is that code only (annex 2 lists 64000000 and then a few of
// its sub-codes: telecoms are not special services). Used to suggest the
// kind of a case from its CPV code; the buyer can always choose otherwise.
// Education (80000000–80660000) is annex 3 in Norway, not annex 2.

type Entry = string | readonly [string, string];

export const serviceAnnexes = {
  source: 'FOA vedlegg 2 og 3, https://lovdata.no/forskrift/2016-08-12-974',
  /** Vedlegg 3. Helse- og sosialtjenester. */
  annex3: [
    ['85000000', '85323000'],
    '85321000',
    '85322000',
    '98133100',
    ['98513000', '98514000'],
    '75121000',
    '75122000',
    '75123000',
    '75231200',
    ['75231210', '75231230'],
    '75231240',
    ['80000000', '80660000'],
  ] as readonly Entry[],
  /** Vedlegg 2. Særlige tjenester. */
  annex2: [
    '75200000',
    '79611000',
    '79622000',
    '79624000',
    '79625000',
    '98133000',
    '98200000',
    '98500000',
    '75000000',
    '75124000',
    '79995000',
    '79995100',
    '79995200',
    ['92000000', '92700000'],
    '79950000',
    '79951000',
    '79952000',
    '79952100',
    '79953000',
    '79954000',
    '79955000',
    '79956000',
    '79957000',
    '75300000',
    '75310000',
    '75311000',
    '75312000',
    '75313000',
    '75313100',
    '75314000',
    '75320000',
    '75330000',
    '75340000',
    '98000000',
    '98120000',
    '98132000',
    '98133110',
    '98130000',
    '98131000',
    ['55100000', '55410000'],
    ['55521000', '55521200'],
    '55521100',
    '55521200',
    '55520000',
    '55522000',
    '55523000',
    '55524000',
    '55510000',
    '55511000',
    '55512000',
    '55523100',
    ['79100000', '79140000'],
    '75231100',
    ['75100000', '75120000'],
    ['75125000', '75131000'],
    ['75200000', '75231000'],
    ['75240000', '75252000'],
    '79430000',
    '98113100',
    ['79700000', '79723000'],
    '98900000',
    '98910000',
    '64000000',
    '64100000',
    '64110000',
    '64111000',
    '64112000',
    '64113000',
    '64114000',
    '64115000',
    '64116000',
    '64122000',
    '50116510',
    '71550000',
  ] as readonly Entry[],
} as const;

const inList = (code: string, list: readonly Entry[]) =>
  list.some((e) => (typeof e === 'string' ? e === code : e[0] <= code && code <= e[1]));

/** Which annex a CPV code (eight digits, no check digit) is in, if any. Annex 3 first: its codes are the narrower. */
export function serviceAnnexOf(code: string): 2 | 3 | null {
  if (inList(code, serviceAnnexes.annex3)) return 3;
  if (inList(code, serviceAnnexes.annex2)) return 2;
  return null;
}
