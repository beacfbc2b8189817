/**
 * The chart of the report (share of indicators met, by group) as a PNG from the Charts service,
 * for DocumentApp. The same figures as the .docx chart (src/core/report/chartRaster.ts).
 */
import type { ChartBlock } from '../core/report/document';
import { barLabel, barShare } from '../core/report/chartRaster';

/** Millimetres → pixels at the 96 dpi the Charts service draws at. */
const PX_PER_MM = 96 / 25.4;

export function reportChartImage(block: ChartBlock): GoogleAppsScript.Base.Blob {
  const data = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, 'Nhóm')
    .addColumn(Charts.ColumnType.NUMBER, 'Tỷ lệ chỉ tiêu đạt (%)');
  for (const bar of block.bars) data.addRow([barLabel(bar), Math.round(barShare(bar) * 100)]);
  return Charts.newColumnChart()
    .setDataTable(data)
    .setTitle(`${block.title} (%)`)
    .setRange(0, 100)
    .setColors(['#2E5496'])
    .setLegendPosition(Charts.Position.NONE)
    .setDimensions(Math.round(block.widthMm * PX_PER_MM), Math.round(block.heightMm * PX_PER_MM))
    .build()
    .getAs('image/png');
}
