/**
 * The longest text read as a target, a result or a timing.
 *
 * The longest in real plans are targets written as a sentence, about 120 characters
 * ("$\geq 90\%$ giáo viên được tập huấn bài bản về kỹ năng số, …"); timings are under 20
 * ("Quý II-III", "<b>Tháng 4, 5</b>"). A cell of more than 500 characters is a pasted paragraph
 * or a note, not one of these: it is refused before any pattern is tried, so that no cell, up to
 * Sheets' 50,000 characters, can hold a custom function near Sheets' 30-second limit.
 */
import { formatNumber } from './number';
import { quote } from './text';

export const MAX_PHRASE_LENGTH = 500;

/**
 * The error for a cleaned text too long to be `what` ("chỉ tiêu", "kết quả", "thời gian"),
 * or undefined when it is short enough to read.
 */
export function tooLongFor(text: string, what: string): string | undefined {
  if (text.length <= MAX_PHRASE_LENGTH) return undefined;
  return `ô dài quá ${MAX_PHRASE_LENGTH} ký tự (có ${formatNumber(text.length)}), không thể là ${what}: ${quote(text)}`;
}
