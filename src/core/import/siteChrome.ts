import { startsWithNumbering } from './numbering';

/**
 * Recognises a website's own furniture around a document: navigation, page metadata, share and
 * font-size widgets, document-sharing sites' download prompts and page counters, and footers.
 * Each rule is a phrase such furniture is made of; a line is chrome only when it also reads like
 * furniture (no full stop, short, no numbering), so policy sentences that happen to use a word like 下载 stay.
 */

export type ChromeKind = 'navigation' | 'page-meta' | 'share' | 'download' | 'footer';

const rules: readonly (readonly [ChromeKind, RegExp])[] = [
  ['navigation', /欢迎光临|您所在的位置|当前位置|官网[-—首]|首页\s*>|返回顶部|网站地图/],
  [
    'page-meta',
    /^(?:栏目|发布时间|发布日期|发布机构|原文链接|原文地址|检索时间|检索关键词|来源|作者|浏览次数|点击数|阅读量|信息来源|时间|索引号|主题分类)\s*[:：]|^【法宝引证码】|^(?:政策全文|正文|全文|原文)$/,
  ],
  ['share', /^(?:打印|关闭)*(?:分享|分享到|字号|打印本页|关闭窗口|收藏)\s*[:：]?|微信扫一扫|扫一扫/],
  [
    'download',
    /第\s*\d+\s*页\s*\/\s*共\s*\d+\s*页|点击查看更多|展开阅读全文|下载\s+相关\s+举报|VIP|上传人|文档编号|资源描述|相似文档|\.(?:docx?|pdf|pptx?|wps)(?:_第\d+页)?$|下载\d+份/,
  ],
  ['footer', /©|版权所有|ICP备|公网安备|关于我们|^客服|关注我们|\.png|页脚广告|广告位|技术支持\s*[:：]|全文如下/],
];

/** Chrome lines are short: a footer is one line of links, never a paragraph. */
const maxChromeLength = 120;

export function chromeKind(line: string): ChromeKind | undefined {
  if (line.includes('。') || line.length > maxChromeLength || startsWithNumbering(line)) return undefined;
  for (const [kind, pattern] of rules) if (pattern.test(line)) return kind;
  return undefined;
}
