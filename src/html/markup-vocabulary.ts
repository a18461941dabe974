/**
 * The markup vocabulary the article extractor reads: element names, class and id words, and
 * metadata keys. These are names of the web's markup conventions (HTML, schema.org, OpenGraph,
 * Dublin Core, common CSS frameworks), not words of any human language, so one list serves
 * pages in every language. Thresholds live in the settings; the traversal in the extractor.
 */

/** Elements whose content never reaches the article text. */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'title',
  'select', 'button', 'input', 'textarea', 'option', 'head', 'meta', 'link', 'audio', 'video', 'picture', 'source',
]);

/** Elements stripped from the markup before it is parsed: their content is never text, and a page
 * holds thousands of nodes in them that would otherwise be built and scanned for nothing. */
export const PRUNED_BEFORE_PARSE = [
  'script', 'style', 'svg', 'noscript', 'template', 'iframe', 'math', 'canvas', 'object', 'button', 'select', 'textarea',
];

/** Furniture elements cut out before the page is parsed: menus, side columns and page footers
 * hold no article text on news pages, and can nest, so they are cut with their nesting counted. */
export const CUT_BEFORE_PARSE = ['nav', 'aside', 'footer'];

/** Elements that end one line (paragraph) of the article text and start another. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul',
  'caption', 'center', 'legend', 'menu', 'body', 'html',
]);

/** Heading elements: a short heading is still article text when it sits between paragraphs. */
export const HEADING_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that hold page furniture, never the article body, wherever they appear. */
export const FURNITURE_ELEMENTS = new Set(['nav', 'aside', 'footer', 'figcaption', 'form', 'menu', 'dialog', 'label']);

/**
 * Words of class names and ids that mark page furniture inside an article container: sharing
 * bars, related-story lists, tag clouds, captions and photo credits, bylines and date lines,
 * newsletter boxes, advertisements, comment sections. A class is split into words at `-`, `_`,
 * spaces and camel-case humps, so `article_details_tags` and `relatedStories` both match.
 */
export const FURNITURE_CLASS_WORDS = new Set([
  // sharing and social
  'share', 'sharing', 'shares', 'social', 'sociable', 'addthis', 'sharethis', 'shareaholic',
  // other stories
  'related', 'recommended', 'recommendation', 'recommendations', 'popular', 'trending', 'outbrain', 'taboola',
  'zergnet', 'readmore', 'rail', 'sidebar', 'widget', 'teaser', 'teasers',
  // tags and categories
  'tags', 'tag', 'tagcloud', 'keywords', 'category', 'categories', 'breadcrumb', 'breadcrumbs',
  // captions and credits
  'caption', 'captions', 'credit', 'credits', 'gallery', 'slideshow', 'carousel', 'slider',
  // who and when
  'byline', 'bylines', 'author', 'authors', 'bio', 'avatar', 'dateline', 'timestamp', 'date', 'time', 'published',
  'updated', 'meta',
  // calls to act
  'newsletter', 'subscribe', 'subscription', 'signup', 'cta', 'promo', 'promotion',
  // advertising
  'ad', 'ads', 'advert', 'advertisement', 'adsense', 'dfp', 'sponsor', 'sponsored',
  // comments
  'comment', 'comments', 'disqus',
  // navigation and page chrome
  'nav', 'navigation', 'menu', 'pagination', 'pager', 'footer', 'copyright', 'toolbar', 'print',
]);

/** Classes of the form `category-news`, `tag-economy` label a post with its taxonomy (WordPress
 * puts them on the article itself); they say nothing about furniture and are not split into
 * words. `tag-cloud` and `tag-list` are furniture and stay. */
export const TAXONOMY_CLASS = /^(?:category|tag|post_tag|topic)-(?!cloud|list|links)/i;

/** Structural elements that hold a line but do not make a section of the page: a line's section
 * is its nearest ancestor outside them, so list items and paragraphs of one column share one. */
export const LINE_STRUCTURE = new Set([
  'p', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'center', 'summary', 'details',
]);

/** Class words of the furniture that states when the article was published or updated: its
 * text is kept apart as a date line for the time stage. */
export const DATE_CLASS_WORDS = new Set(['date', 'time', 'timestamp', 'published', 'updated', 'dateline', 'pubdate', 'datetime']);

/** Whole class names that CSS frameworks and sites use to hide an element from readers. */
export const HIDDEN_CLASSES = new Set([
  'hidden', 'hide', 'd-none', 'u-hide', 'is-hidden', 'sr-only', 'visually-hidden', 'visuallyhidden',
  'screen-reader-text', 'screen-reader-only', 'invisible', 'element-invisible', 'offscreen',
]);

/** A class that shows a `d-none` element again at some screen width (Bootstrap), so it is visible. */
export const SHOWN_AT_WIDTH = /^d-(?:sm|md|lg|xl|xxl)-(?!none)/;

/** schema.org types of an article, whose JSON-LD object carries the article's metadata. */
export const ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting',
  'socialmediaposting', 'scholarlyarticle', 'techarticle', 'report',
]);

/** Meta names, properties and itemprops giving the publication date, best first. */
export const DATE_META_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'publish_date',
  'publishdate', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'parsely-pub-date', 'sailthru.date',
  'article.published', 'article_date_original', 'original-publish-date', 'citation_publication_date',
  'cxenseparse:recs:publishtime', 'datecreated',
];

/** Meta names and properties giving the author. */
export const AUTHOR_META_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author'];

/** Meta names and properties giving the outlet's name. */
export const OUTLET_META_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'dcterms.publisher'];

/** Meta names and properties giving the headline. */
export const TITLE_META_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'headline', 'title'];

/** English month abbreviations, for the machine date formats of HTTP and RSS (`Tue, 19 Nov 2019`). */
export const MACHINE_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
