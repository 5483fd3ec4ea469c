/** Form knowledge as data: per platform and step, each field's label synonyms, widget kind and profile value. */
import type { PlatformId } from '../hosts';

export type Widget =
  | 'text' // input / textarea
  | 'select' // native or framework select: choose the option by its text
  | 'radio' // radio group: click the option by its text
  | 'checkbox' // one boolean checkbox (长期, 同主体负责人)
  | 'checkbox-group' // several options (languages)
  | 'cascader' // 省 → 市 → 区, level by level
  | 'date' // a date picker holding YYYY-MM-DD
  | 'upload'; // input[type=file]

export interface FieldSpec {
  /** stable id within the step */
  key: string;
  /** visible label synonyms (matched after trimming *, ：, spaces) */
  labels: string[];
  /** section heading synonyms: the field must be in that section (its nearest preceding heading) */
  section?: string[];
  /** the label of the form item the control sits in, for a second control found by its placeholder */
  within?: string[];
  widget: Widget;
  /** the fill-view path of the value (lib/forms/view.ts) */
  value: string;
  /** the form does not require a value: nothing is reported when the profile has none */
  optional?: boolean;
  /** the page may not show this field (unit-only fields on an individual's page, …): not reported as not found */
  absentOk?: boolean;
  /** when this checkbox field is ticked, the fields listed here are copied by the page and not filled */
  controls?: string[];
  /** for a start date: the fill-view path of the end date, used when the page has one range picker */
  rangeEnd?: string;
  /** the page's stated upload limit */
  maxBytes?: number;
  /** the page's option text(s) for each profile value, when they differ (value → synonyms) */
  options?: Record<string, string[]>;
}

export interface StepSpec {
  platform: PlatformId;
  /** step id, e.g. 'subject' */
  step: string;
  /** the step's title(s) as the page shows them (step bar, heading) */
  titles: string[];
  /** variant of the step (individual / unit) when the fields differ */
  variant?: '个人' | '单位';
  fields: FieldSpec[];
  /** labels that must never be filled on this step (captcha, SMS code, consent) — listed so the report says why */
  never?: string[];
}
