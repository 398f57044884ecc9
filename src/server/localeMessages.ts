import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { englishMessages, type Messages } from './messages';

/**
 * `english`'s templates in a locale's language, for clients that send no messages of their own:
 * the CLI (from the environment's locale) and editors other than VS Code (from LSP's `initialize`
 * `locale`). The extension's own Chinese bundle serves them all, keyed by the English template, so a
 * translation is written once. Every Chinese locale gets it, `zh-TW` too: the plans drafted here
 * are mainland plans, in simplified characters. A template the bundle lacks stays English.
 *
 * @example translatedForLocale({ none: 'no matching clause' }, 'zh_CN.UTF-8') // { none: '未找到匹配的条款' }
 */
export function translatedForLocale<Key extends string>(english: Readonly<Record<Key, string>>, locale: string | undefined): Record<Key, string> {
  const chosen: Record<Key, string> = { ...english };
  if (!/^zh(?:$|[-_.@])/i.test(locale ?? '')) return chosen;
  const translations: Readonly<Record<string, string>> = chinese;
  for (const key of Object.keys(english) as Key[]) {
    const text = translations[english[key]];
    if (text !== undefined) chosen[key] = text;
  }
  return chosen;
}

/** The language server's messages in a locale's language (see `translatedForLocale`). */
export function messagesForLocale(locale: string | undefined): Messages {
  return translatedForLocale(englishMessages, locale);
}

/** The locale a POSIX program speaks in: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first set. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
}
