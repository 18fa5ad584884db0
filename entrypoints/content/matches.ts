/** Pages MgLens reads: every web page (never browser or extension pages, files or data URLs). */
export const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];
