/**
 * Gen-2 held-out region data: a small MIIT-coded tree (code → name), served like a region API that
 * answers each level after a delay (the consoles fetch 省 → 市 → 区县 lazily). Pages keep the NAMES
 * in their state (the label path), whatever they use as option values.
 */
export interface Area { code: string; name: string; children?: Area[] }

export const AREAS: Area[] = [
  { code: '110000', name: '北京市', children: [{ code: '110100', name: '市辖区', children: [
    { code: '110101', name: '东城区' }, { code: '110102', name: '西城区' }, { code: '110105', name: '朝阳区' }, { code: '110108', name: '海淀区' }, { code: '110115', name: '大兴区' }] }] },
  { code: '310000', name: '上海市', children: [{ code: '310100', name: '市辖区', children: [
    { code: '310101', name: '黄浦区' }, { code: '310104', name: '徐汇区' }, { code: '310115', name: '浦东新区' }] }] },
  { code: '320000', name: '江苏省', children: [
    { code: '320100', name: '南京市', children: [{ code: '320102', name: '玄武区' }, { code: '320106', name: '鼓楼区' }] },
    { code: '320500', name: '苏州市', children: [{ code: '320508', name: '姑苏区' }, { code: '320506', name: '吴中区' }] }] },
  { code: '330000', name: '浙江省', children: [
    { code: '330100', name: '杭州市', children: [
      { code: '330102', name: '上城区' }, { code: '330105', name: '拱墅区' }, { code: '330106', name: '西湖区' }, { code: '330108', name: '滨江区' },
      { code: '330109', name: '萧山区' }, { code: '330110', name: '余杭区' }, { code: '330111', name: '富阳区' }, { code: '330112', name: '临安区' },
      { code: '330113', name: '临平区' }, { code: '330114', name: '钱塘区' }] },
    { code: '330200', name: '宁波市', children: [{ code: '330203', name: '海曙区' }, { code: '330212', name: '鄞州区' }] },
    { code: '330300', name: '温州市', children: [{ code: '330302', name: '鹿城区' }, { code: '330304', name: '瓯海区' }] },
    { code: '330400', name: '嘉兴市', children: [{ code: '330402', name: '南湖区' }, { code: '330411', name: '秀洲区' }] }] },
  { code: '440000', name: '广东省', children: [
    { code: '440100', name: '广州市', children: [{ code: '440104', name: '越秀区' }, { code: '440106', name: '天河区' }] },
    { code: '440300', name: '深圳市', children: [{ code: '440304', name: '福田区' }, { code: '440305', name: '南山区' }] }] },
  { code: '510000', name: '四川省', children: [
    { code: '510100', name: '成都市', children: [{ code: '510104', name: '锦江区' }, { code: '510107', name: '武侯区' }] }] },
];

const byCode = new Map<string, Area>();
const walk = (list: Area[]) => list.forEach((a) => { byCode.set(a.code, a); if (a.children) walk(a.children); });
walk(AREAS);

export const areaByCode = (code: string): Area | undefined => byCode.get(code);
const strip = (a: Area): Area => ({ code: a.code, name: a.name });

/** Children of `code` ('' = provinces), after `delay` ms, without grandchildren (like a region API). */
export function fetchAreas(code: string, delay = 180): Promise<Area[]> {
  const list = code === '' ? AREAS : byCode.get(code)?.children ?? [];
  return new Promise((resolve) => setTimeout(() => resolve(list.map(strip)), delay));
}

/** Names along a code path. */
export const namesOf = (codes: string[]): string[] => codes.map((c) => byCode.get(c)?.name ?? c);
