import chinese from '../../l10n/bundle.l10n.zh-cn.json';
import { englishMessages, messagesFrom, type Messages } from './messages';

/**
 * The messages in a locale's language, for clients that send none of their own: the CLI (from the
 * environment's locale) and editors other than VS Code (from LSP's `initialize` `locale`). The
 * extension's own Chinese bundle serves both, so a translation is written once. Every Chinese
 * locale gets it, `zh-TW` too: the plans drafted here are mainland plans, in simplified characters.
 */
export function messagesForLocale(locale: string | undefined): Messages {
  if (!/^zh(?:$|[-_.@])/i.test(locale ?? '')) return messagesFrom(undefined);
  const translations: Readonly<Record<string, string>> = chinese;
  const translated: Partial<Messages> = {};
  for (const key of Object.keys(englishMessages) as (keyof Messages)[]) {
    const text = translations[englishMessages[key]];
    if (text !== undefined) translated[key] = text;
  }
  return messagesFrom(translated);
}

/** The locale a POSIX program speaks in: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first set. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
}
