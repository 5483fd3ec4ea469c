/** Label/option text normalisation shared by the planner, recogniser and locator (kept tiny: the content script imports it). */
export const norm = (s: string) => s.replace(/[\s*：:（）()·\-—_]/g, '').toLowerCase();
/** Whether a text shows a token whole (an instance "i-bp1… (47.96.12.34)" shows 47.96.12.34, not 47.96.12.3). */
export function hasToken(text: string, token: string): boolean {
  const at = text.normalize('NFKC').split(token);
  return at.slice(1).some((after, i) => !/[\d.]$/.test(at.slice(0, i + 1).join(token)) && !/^\.?\d/.test(after));
}
