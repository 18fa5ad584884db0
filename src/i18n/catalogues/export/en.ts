/**
 * Words the exports add around the page's text (Markdown headings and labels) and the export
 * controls in the popup and the explorer. CSV column names are not here: they stay the same in
 * every language so spreadsheets and scripts can rely on them.
 */
const en = {
  documentHeading: 'Claims on “{title}”',
  collectionHeading: 'MgLens collection',
  untitled: 'Untitled page',
  pageLabel: 'Page',
  exportedLabel: 'Exported',
  pagesOne: '{count} page',
  pagesOther: '{count} pages',
  sentencesOne: '{count} highlighted sentence',
  sentencesOther: '{count} highlighted sentences',
  noSentences: 'No claims were highlighted on this page.',
  claimLabel: 'Claim',
  pageAffirms: 'The page affirms this claim.',
  pageDenies: 'The page denies this claim; the evidence below is about the claim itself.',
  whyLabel: 'Why',
  sourcesLabel: 'Sources',
  generatedBy: 'Exported with MgLens from its bundled claim database. Not medical advice.',
  // Controls
  exportHeading: 'Export',
  downloadJsonLd: 'Download JSON-LD',
  downloadCsv: 'Download CSV',
  downloadMarkdown: 'Download Markdown',
  copyMarkdown: 'Copy Markdown',
  copied: 'Markdown copied to the clipboard.',
  copyFailed: 'Could not copy. Download the Markdown file instead.',
  downloaded: 'Saved {fileName}.',
  nothingToExport: 'Nothing to export yet.',
};

export default en;
