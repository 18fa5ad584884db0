import { browser, type Browser } from 'wxt/browser';

/**
 * Who may talk to whom. Browsers deliver runtime messages only from the extension's own
 * contexts (there is no `externally_connectable`), but the checks stay in code so a
 * manifest change or a browser quirk cannot open a door: a web page must never drive the
 * extension.
 */

export type Sender = Browser.runtime.MessageSender;

function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}

export function isFromThisExtension(sender: Sender | undefined): boolean {
  const id = browser.runtime.id;
  return typeof id === 'string' && id !== '' && sender?.id === id;
}

function isExtensionPageUrl(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith(extensionOrigin());
}

/**
 * An extension page or the background: never a content script, which runs inside a web page
 * (it has a tab and the web page's URL).
 */
export function isFromExtensionPage(sender: Sender | undefined): boolean {
  if (!isFromThisExtension(sender) || sender === undefined) return false;
  if (sender.url !== undefined) return isExtensionPageUrl(sender.url);
  return sender.tab === undefined;
}

/** This extension's content script in the top frame of a tab (the frame whose page we count). */
export function isFromOwnContentScript(sender: Sender | undefined): sender is Sender & { tab: { id: number } } {
  return (
    isFromThisExtension(sender) &&
    typeof sender?.tab?.id === 'number' &&
    (sender.frameId ?? 0) === 0 &&
    !isExtensionPageUrl(sender.url)
  );
}
