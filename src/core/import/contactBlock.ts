/**
 * Recognises the lines of a contact block a site puts around a document: phone numbers, e-mail
 * addresses, postal addresses and their labels (`服务热线:`, `公司地址:`, `联系人:`). Policy text
 * names no telephone numbers, so a line with one is never a clause; a label alone only counts on a
 * line without a full stop, so a sentence that mentions a 热线 survives.
 */

const phone = /(?:^|[^0-9])(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|400\d?-?\d{3}-?\d{3,4})(?![0-9])/;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/;
const label = /(?:热线|电话|座机|直线|手机|邮箱|传真|地址|生产基地|微信平台|微信号|QQ)\s*[:：]/;
/** Labels that mark a contact request even inside a sentence (a draft for comment's footer). */
const personLabel = /联系(?:人|电话|方式)\s*[:：]?/;

export function isContactLine(line: string): boolean {
  if (phone.test(line) || email.test(line) || personLabel.test(line)) return true;
  return !line.includes('。') && label.test(line);
}
