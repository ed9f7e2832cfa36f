/**
 * 8-K items of both numberings: which numbering a filing uses (decided once, from its dates, else from its
 * headings), the items its body reports, and where EDGAR's header item list disagrees with the body.
 */
package org.edgaretl.extract.events;

