/**
 * Which part of a value a control takes: the whole value, a validity's range / from / to / 长期, an
 * address's line / region (or its levels) / detail, a list's rows, a landline's 区号 | 号码 | 分机号.
 * Shared by the reader (classify) and the message protocol, which validates parts on receipt.
 */
export const PARTS = ['value', 'range', 'from', 'to', 'longTerm', 'span', 'line', 'region', 'detail', 'province', 'city', 'district', 'row', 'areaCode', 'localNumber', 'extension'] as const;
export type Part = (typeof PARTS)[number];

/** The widget shapes a control may take (lib/dom/drivers/types.ts Shape), as data: for the message and rule schemas. */
export const SHAPES = ['text', 'select', 'multi-select', 'radio', 'checkbox', 'checkbox-group', 'switch', 'cascader', 'date', 'date-range', 'upload', 'picker'] as const;
