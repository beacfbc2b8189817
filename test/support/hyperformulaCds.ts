/**
 * A thin adapter that registers the four custom functions in HyperFormula (GPL: test-only,
 * never bundled) around the same core the Apps Script functions call. It translates
 * HyperFormula's internal values into what Apps Script would pass (blank → '', a date →
 * Date, a percent → its number) and serial days back for dates.
 */
import { ArraySize, EmptyValue, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import { calendarDateOf, fromSerialDay, midnightIn, toSerialDay } from '../../src/core/date';
import { type DateCodec, danhGiaCells, hanChotCells, quaHanCells, tyLeDatCells } from '../../src/core/sheetFunctions';

interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}

function isRichNumber(v: unknown): v is RichNumberLike {
  return typeof v === 'object' && v !== null && 'val' in v && typeof (v as RichNumberLike).getDetailedType === 'function';
}

/** One HyperFormula value → what Apps Script would hand a custom function. */
function toSheetValue(v: unknown): unknown {
  if (v === EmptyValue) return '';
  if (isRichNumber(v)) return v.getDetailedType() === 'NUMBER_DATE' ? midnightIn(fromSerialDay(v.val), 'UTC') : v.val;
  if (typeof v === 'object' && v !== null) return String((v as { type?: string }).type ?? v);
  return v;
}

function toSheetArg(v: unknown): unknown {
  return v instanceof SimpleRangeValue ? v.data.map((row) => row.map(toSheetValue)) : toSheetValue(v);
}

/** Back to HyperFormula: a 2-D result becomes a spilled range. */
function toHfResult(result: unknown) {
  return Array.isArray(result) ? SimpleRangeValue.onlyValues(result as (string | number | boolean)[][]) : (result as string | number);
}

const codec = (today: Date): DateCodec => ({
  readDate: (v) => (v instanceof Date ? calendarDateOf(v, 'UTC') : undefined),
  writeDate: (date) => toSerialDay(date),
  today: () => calendarDateOf(today, 'UTC'),
});

const ANY = { argumentType: FunctionArgumentType.ANY, passSubtype: true };
const OPTIONAL = { ...ANY, optionalArg: true };

export class CdsPlugin extends FunctionPlugin {
  static today = new Date();

  private run(ast: { args: unknown[] }, state: unknown, name: string, fn: (...args: unknown[]) => unknown) {
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) =>
      toHfResult(fn(...args.map(toSheetArg))),
    );
  }

  cdsDanhGia(ast: { args: unknown[] }, state: unknown) {
    return this.run(ast, state, 'CDS_DANHGIA', (r, t) => danhGiaCells(r, t));
  }
  cdsTyLeDat(ast: { args: unknown[] }, state: unknown) {
    return this.run(ast, state, 'CDS_TYLEDAT', (r, t) => tyLeDatCells(r, t));
  }
  cdsHanChot(ast: { args: unknown[] }, state: unknown) {
    return this.run(ast, state, 'CDS_HANCHOT', (t, y, a) => hanChotCells(t, y, a, codec(CdsPlugin.today)));
  }
  cdsQuaHan(ast: { args: unknown[] }, state: unknown) {
    return this.run(ast, state, 'CDS_QUAHAN', (d, s, a) => quaHanCells(d, s, a, codec(CdsPlugin.today)));
  }

  /** The result has the shape of the first argument's range. */
  firstArgSize(ast: { args: { type: string; start?: { row: number; col: number }; end?: { row: number; col: number } }[] }) {
    const first = ast.args[0];
    if (first?.type === 'CELL_RANGE' && first.start && first.end) {
      return new ArraySize(first.end.col - first.start.col + 1, first.end.row - first.start.row + 1);
    }
    return ArraySize.scalar();
  }
}

CdsPlugin.implementedFunctions = {
  CDS_DANHGIA: { method: 'cdsDanhGia', sizeOfResultArrayMethod: 'firstArgSize', parameters: [ANY, ANY], vectorizationForbidden: true },
  CDS_TYLEDAT: { method: 'cdsTyLeDat', sizeOfResultArrayMethod: 'firstArgSize', parameters: [ANY, ANY], vectorizationForbidden: true },
  CDS_HANCHOT: { method: 'cdsHanChot', sizeOfResultArrayMethod: 'firstArgSize', parameters: [ANY, OPTIONAL, OPTIONAL], vectorizationForbidden: true },
  CDS_QUAHAN: { method: 'cdsQuaHan', sizeOfResultArrayMethod: 'firstArgSize', parameters: [ANY, ANY, OPTIONAL], vectorizationForbidden: true },
};

let registered = false;
export function buildWorkbook(sheets: Record<string, unknown[][]>): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(CdsPlugin, {
      enGB: { CDS_DANHGIA: 'CDS_DANHGIA', CDS_TYLEDAT: 'CDS_TYLEDAT', CDS_HANCHOT: 'CDS_HANCHOT', CDS_QUAHAN: 'CDS_QUAHAN' },
    });
    registered = true;
  }
  return HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', dateFormats: ['DD/MM/YYYY'] });
}
