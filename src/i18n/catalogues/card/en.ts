/** The hover card shown over a highlight on a web page. */
const en = {
  brand: 'MgLens',
  kindClaim: 'Claim',
  kindTerm: 'Term',
  close: 'Close card',
  pin: 'Keep card open',
  onThisPage: 'On this page',
  pageDenies: 'This page denies this claim.',
  pageDeniesExplain: 'The evidence below is about the claim itself, not about the denial.',
  sourcesHeading: 'Sources',
  termIntroOne: '{count} claim in the database is about this term.',
  termIntroOther: '{count} claims in the database are about this term.',
  termNoClaims: 'The database has no claims about this term yet.',
};

export default en;
