/**
 * A small region tree for the held-out replicas, served like a region API: every level after the
 * provinces comes back asynchronously (~100 ms), the way the consoles load 省/市/区 children lazily.
 */
export const REGIONS: Record<string, Record<string, string[]>> = {
  北京市: { 市辖区: ['东城区', '西城区', '朝阳区', '海淀区', '大兴区'] },
  上海市: { 市辖区: ['黄浦区', '徐汇区', '长宁区', '浦东新区'] },
  江苏省: { 南京市: ['玄武区', '秦淮区', '鼓楼区'], 苏州市: ['姑苏区', '吴中区', '相城区'] },
  浙江省: {
    杭州市: ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区'],
    宁波市: ['海曙区', '江北区', '鄞州区'],
    温州市: ['鹿城区', '龙湾区', '瓯海区'],
  },
  广东省: { 广州市: ['越秀区', '天河区', '海珠区'], 深圳市: ['福田区', '南山区', '宝安区'] },
};

export const PROVINCES = Object.keys(REGIONS);

/** Children of a path ([] → provinces, [p] → cities, [p, c] → districts), after `delay` ms. */
export function loadRegion(path: string[], delay = 100): Promise<string[]> {
  let out: string[] = [];
  if (path.length === 0) out = PROVINCES;
  else if (path.length === 1) out = Object.keys(REGIONS[path[0]!] ?? {});
  else if (path.length === 2) out = REGIONS[path[0]!]?.[path[1]!] ?? [];
  return new Promise((resolve) => setTimeout(() => resolve(out), delay));
}
