/**
 * The web app's numbers, each with the reason for its value. They live here rather than in
 * src/core/settings.ts because the app is compiled for the browser on its own and must not pull
 * in server modules; nothing here changes what the pipeline finds.
 */
export const UI_SETTINGS = {
  /** Timeline items per page: enough to see a season of a busy country pair at once, few
   * enough that the page renders at once on a phone. */
  timelinePageSize: 50,
  /** Search results per page: a reader scans the first screens, then refines the query. */
  searchPageSize: 20,
  /** Entities offered as actor suggestions in the filter form. */
  actorSuggestions: 200,
  /** Events a graph edge needs by default: 1 shows every co-participation, which is what a
   * small corpus has; the analyst raises it on a large one. */
  graphMinWeight: 1,
  graph: {
    /** The drawing area in SVG units; the SVG scales to the screen width. */
    width: 960,
    height: 640,
    /** Layout steps: the layout below settles in about 200 on a few hundred nodes. */
    iterations: 300,
    /** Free space kept round the edge so labels stay inside the drawing. */
    margin: 60,
    /** Pull of every node toward the centre, so separate groups stay in view. */
    gravity: 3,
    /** Smallest and largest node radius; the radius grows with the square root of the events
     * so the area, not the width, tracks the count. */
    minRadius: 5,
    maxRadius: 22,
  },
  /** Documents read to show the evidence of an event's reports: a busy event can have dozens of
   * reports; beyond this, the report list still shows them but without the article text. */
  maxArticlesOnEventPage: 30,
} as const;
