/** Label/option text normalisation shared by the planner, recogniser and locator (kept tiny: the content script imports it). */
export const norm = (s: string) => s.replace(/[\s*：:（）()·\-—_]/g, '').toLowerCase();
