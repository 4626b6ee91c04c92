// Lede search page: plain DOM code, no framework, no build step.
//
// Security: everything the API returns is article text, and article text is hostile. It enters the page only as
// text (textContent, text nodes, setAttribute) and never through an HTML parser. The one exception in meaning,
// highlight markup, is rebuilt by highlighted() from text nodes and <mark> elements. Only http(s) addresses become
// links. The page's Content-Security-Policy (index.html) is the second line of defence.
'use strict';

(() => {
  // The API's default highlight tags. It HTML-escapes the article text around them, so they cannot occur in it.
  const MARK_OPEN = '<mark>';
  const MARK_CLOSE = '</mark>';
  // Filters that take several values (any of them matches); named as the API names them, in the page URL too.
  const FILTERS = ['source', 'author', 'language', 'tag'];
  const LABELS = {source: 'Source', author: 'Author', language: 'Language', tag: 'Tag', year: 'Published'};
  const PAGE_SIZE = 10;
  const SUGGEST_SIZE = 8;
  const SUGGEST_DELAY_MS = 150;
  const SUGGEST_MAX_CHARS = 100; // the API refuses longer prefixes

  const byId = (id) => document.getElementById(id);
  const form = byId('search-form');
  const input = byId('q');
  const sortSelect = byId('sort');
  const suggestionList = byId('suggestions');
  const facetsBox = byId('facets');
  const filtersBox = byId('filters');
  const statusLine = byId('status');
  const errorBox = byId('error');
  const hitList = byId('hits');
  const moreButton = byId('more');

  let current = stateFromUrl();
  let nextCursor = null;
  let searchSeq = 0; // only the answer to the latest search may change the page

  // ---- Small DOM helpers: every string goes in as text.

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function button(label, className, onClick) {
    const node = el('button', className, label);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  /** The address as a link target if it is an absolute http(s) URL, else null (javascript:, data:, garbage). */
  function safeHref(url) {
    if (typeof url !== 'string' || url === '') return null;
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  }

  /** A link to the article when its url is safe; otherwise the content alone, with the url shown as text. */
  function linkOrText(url, content) {
    const href = safeHref(url);
    if (href) {
      const link = el('a', null, content);
      link.setAttribute('href', href);
      link.setAttribute('rel', 'noopener noreferrer nofollow');
      return link;
    }
    const span = el('span', null, content);
    if (url) span.append(el('span', 'note', ' (' + String(url) + ')'));
    return span;
  }

  function formatDate(value) {
    if (!value) return '';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
  }

  // The encoder of the engines' highlighter writes &amp; &lt; &gt; &quot; and numeric references (&#x27; &#x2F;).
  const ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0']]);

  /** Decodes character references to plain text by table and arithmetic, without an HTML parser. */
  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
      if (name[0] !== '#') return ENTITIES.get(name.toLowerCase()) ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }

  /**
   * A highlight fragment ("HTML-escaped text with <mark>word</mark>") as DOM nodes: split on the tags, decode the
   * pieces, and build text nodes and <mark> elements. Any stray closing tag is dropped, never interpreted.
   */
  function highlighted(fragment) {
    const nodes = document.createDocumentFragment();
    const asText = (piece) => document.createTextNode(decodeEntities(piece.split(MARK_CLOSE).join('')));
    const [before, ...marked] = String(fragment).split(MARK_OPEN);
    nodes.append(asText(before));
    for (const piece of marked) {
      const end = piece.indexOf(MARK_CLOSE);
      const inside = end < 0 ? piece : piece.slice(0, end);
      const after = end < 0 ? '' : piece.slice(end + MARK_CLOSE.length);
      nodes.append(el('mark', null, asText(inside)), asText(after));
    }
    return nodes;
  }

  // ---- The page's state lives in its URL (/?q=storm&source=...&year=2024&sort=newest): links and Back work.

  function stateFromUrl() {
    const params = new URLSearchParams(location.search);
    const sort = params.get('sort');
    const state = {
      q: params.get('q') || '',
      sort: ['newest', 'oldest'].includes(sort) ? sort : 'relevance',
      year: /^\d{1,4}$/.test(params.get('year') || '') ? params.get('year') : '',
    };
    for (const name of FILTERS) state[name] = params.getAll(name);
    return state;
  }

  function pageParams(state) {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.sort !== 'relevance') params.set('sort', state.sort);
    for (const name of FILTERS) for (const value of state[name]) params.append(name, value);
    if (state.year) params.set('year', state.year);
    return params;
  }

  // Relative to the page, as are the API paths: the service may be published under a path of its own
  // (quarkus.http.root-path, or a proxy's prefix).
  function pageUrl(state) {
    const query = pageParams(state).toString();
    return query ? '?' + query : location.pathname;
  }

  /** The API request for a state: a year becomes the from/to days the API filters on. */
  function apiParams(state, cursor) {
    const params = pageParams(state);
    params.delete('year');
    params.set('q', state.q); // blank: the API browses, newest first
    params.set('size', String(PAGE_SIZE));
    if (state.year) {
      const year = state.year.padStart(4, '0');
      params.set('from', year + '-01-01');
      params.set('to', year + '-12-31');
    }
    if (cursor) {
      params.set('cursor', cursor);
      params.set('facets', 'none'); // the first page already showed them
    }
    return params;
  }

  function withFilter(state, name, value) {
    const next = {...state};
    for (const filter of FILTERS) next[filter] = [...state[filter]];
    if (name === 'year') {
      next.year = state.year === value ? '' : value;
    } else {
      next[name] = state[name].includes(value) ? state[name].filter((v) => v !== value) : [...state[name], value];
    }
    return next;
  }

  function navigate(state) {
    history.pushState(null, '', pageUrl(state));
    load();
  }

  // ---- Talking to the API.

  /** GET as JSON; any failure becomes an Error whose message a person can read (problem+json title and detail). */
  async function getJson(path, params, signal) {
    let response;
    try {
      response = await fetch(path + '?' + params, {
        headers: {Accept: 'application/json, application/problem+json'},
        signal,
      });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error('The search service could not be reached. Check your connection and try again.');
    }
    const isJson = /json/.test(response.headers.get('Content-Type') || '');
    const body = isJson ? await response.json().catch(() => null) : null;
    if (response.ok && body) return body;
    if (body && (body.title || body.detail)) {
      const reasons = (body.errors || []).map((e) => e.field + ': ' + e.reason);
      const detail = body.detail || reasons.join('; ');
      throw new Error((body.title || 'Error') + (detail ? ' — ' + detail : ''));
    }
    throw new Error('The service answered ' + response.status + ' ' + response.statusText + '.');
  }

  // ---- Search and results.

  function load() {
    current = stateFromUrl();
    input.value = current.q;
    sortSelect.value = current.sort;
    document.title = current.q ? current.q + ' – Lede search' : 'Lede search';
    closeSuggestions();
    search(null);
  }

  async function search(cursor) {
    const seq = ++searchSeq;
    const state = current;
    showError(null);
    moreButton.hidden = true;
    if (!cursor) statusLine.textContent = 'Searching…';
    let result;
    try {
      result = await getJson('api/search', apiParams(state, cursor));
    } catch (e) {
      if (seq !== searchSeq) return;
      if (!cursor) {
        statusLine.textContent = '';
        hitList.replaceChildren();
        facetsBox.replaceChildren();
        renderFilters(state); // so a filter that caused the error can still be removed
      }
      showError(e.message);
      moreButton.hidden = !cursor; // "More results" stays to retry the same page
      return;
    }
    if (seq !== searchSeq) return;
    if (!cursor) {
      hitList.replaceChildren();
      renderStatus(state, result);
      renderFilters(state);
      renderFacets(state, result.facets);
    }
    for (const hit of result.hits || []) hitList.append(renderHit(hit));
    nextCursor = result.nextCursor || null;
    moreButton.hidden = !nextCursor;
  }

  function showError(message) {
    errorBox.textContent = message || '';
    errorBox.hidden = !message;
  }

  function renderStatus(state, result) {
    const total = result.total || {value: 0, relation: 'eq'};
    const count = Number(total.value).toLocaleString() + (total.relation === 'gte' ? '+' : '');
    const articles = count + (total.value === 1 && total.relation !== 'gte' ? ' article' : ' articles');
    const parts = [];
    if (!state.q) {
      parts.push(total.value ? 'Newest articles (' + articles + ')' : 'No articles yet.');
    } else if (!total.value) {
      parts.push('No articles found for “' + state.q + '”.');
    } else {
      parts.push(articles + ' for “' + state.q + '”');
      if (result.matched === 'typos') parts.push(' (allowing for typos)');
      if (result.matched === 'some') parts.push(' (none has every word; showing those with some)');
    }
    if (result.didYouMean) {
      const corrected = {...state, q: result.didYouMean};
      const link = el('a', null, result.didYouMean);
      link.setAttribute('href', pageUrl(corrected));
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(corrected);
      });
      parts.push(' Did you mean ', link, '?');
    }
    statusLine.replaceChildren(...parts);
  }

  function renderHit(hit) {
    const titleMarks = hit.highlights && hit.highlights.title && hit.highlights.title[0];
    const title = titleMarks ? highlighted(titleMarks) : document.createTextNode(hit.title || '(untitled)');
    const item = el('li', 'hit', el('h2', null, linkOrText(hit.url, title)));

    const meta = el('div', 'meta');
    for (const value of [hit.source, formatDate(hit.publishedAt), hit.language]) {
      if (value) meta.append(el('span', null, String(value)));
    }
    if (hit.allWords === false) {
      const partial = el('span', 'partial', 'partial match');
      partial.setAttribute('title', 'This article has only some of the words');
      meta.append(partial);
    }
    item.append(meta);

    for (const fragment of (hit.highlights && hit.highlights.body) || []) {
      item.append(el('p', 'snippet', highlighted(fragment)));
    }
    const copies = hit.duplicates || [];
    if (copies.length) {
      // The same text elsewhere: one hit for the story, each outlet's link under it.
      const also = el('p', 'also', 'Also at: ');
      copies.forEach((copy, i) => {
        if (i) also.append(', ');
        const link = linkOrText(copy.url, copy.source || copy.url || copy.title || 'another address');
        if (copy.title) link.setAttribute('title', copy.title);
        also.append(link);
      });
      item.append(also);
    }
    item.append(relatedSection(hit.id));
    return item;
  }

  /** A "Related" toggle that loads GET /api/articles/{id}/related beneath the hit, once. */
  function relatedSection(id) {
    const box = el('div', 'related');
    box.hidden = true;
    let loaded = false;
    const toggle = button('Related', 'link-button', async () => {
      box.hidden = !box.hidden;
      toggle.setAttribute('aria-expanded', String(!box.hidden));
      if (box.hidden || loaded) return;
      box.replaceChildren(el('p', null, 'Loading…'));
      try {
        const result = await getJson('api/articles/' + encodeURIComponent(id) + '/related',
            new URLSearchParams({size: '5'}));
        loaded = true;
        const articles = result.articles || [];
        const list = el('ul');
        for (const article of articles) {
          const meta = [article.source, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
          list.append(el('li', null, linkOrText(article.url, article.title || '(untitled)'),
              meta ? el('span', 'note', ' — ' + meta) : ''));
        }
        box.replaceChildren(articles.length ? list : el('p', null, 'No related articles.'));
      } catch (e) {
        box.replaceChildren(el('p', 'error', e.message));
      }
    });
    toggle.setAttribute('aria-expanded', 'false');
    return el('div', null, toggle, box);
  }

  // ---- Facets and the filters in force.

  function renderFacets(state, facets) {
    facetsBox.replaceChildren();
    if (!facets) return;
    for (const name of FILTERS) renderFacet(name, facets[name] || [], state[name]);
    renderFacet('year', (facets.published && facets.published.year) || [], state.year ? [state.year] : []);
  }

  function renderFacet(name, counts, selected) {
    if (!counts.length) return;
    const list = el('ul');
    for (const {value, count} of counts) {
      const choice = button('', null, () => navigate(withFilter(current, name, String(value))));
      choice.setAttribute('aria-pressed', String(selected.includes(String(value))));
      choice.append(el('span', null, String(value)), el('span', 'count', String(count)));
      list.append(el('li', null, choice));
    }
    facetsBox.append(el('h2', null, LABELS[name]), list);
  }

  function renderFilters(state) {
    const chips = [];
    for (const name of [...FILTERS, 'year']) {
      for (const value of name === 'year' ? (state.year ? [state.year] : []) : state[name]) {
        const chip = button(LABELS[name] + ': ' + value + ' ×', 'chip',
            () => navigate(withFilter(current, name, value)));
        chip.setAttribute('aria-label', 'Remove filter ' + LABELS[name] + ' ' + value);
        chips.push(chip);
      }
    }
    filtersBox.replaceChildren(...chips);
  }

  // ---- Suggestions as you type: debounced, stale answers dropped, arrow keys to move, Enter to pick.

  let suggestTimer = 0;
  let suggestRequest = null;
  let activeSuggestion = -1;

  function closeSuggestions() {
    clearTimeout(suggestTimer);
    if (suggestRequest) suggestRequest.abort();
    suggestRequest = null;
    suggestionList.replaceChildren();
    suggestionList.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    activeSuggestion = -1;
  }

  async function fetchSuggestions(typed) {
    if (suggestRequest) suggestRequest.abort();
    const request = new AbortController();
    suggestRequest = request;
    try {
      const params = new URLSearchParams({q: typed.slice(0, SUGGEST_MAX_CHARS), size: String(SUGGEST_SIZE)});
      const result = await getJson('api/suggest', params, request.signal);
      if (request === suggestRequest && input.value.trim() === typed) showSuggestions(result.suggestions || []);
    } catch {
      // Suggestions are a convenience: when they fail, the box simply offers none.
      if (request === suggestRequest) closeSuggestions();
    }
  }

  function showSuggestions(suggestions) {
    activeSuggestion = -1;
    input.removeAttribute('aria-activedescendant');
    suggestionList.replaceChildren(...suggestions.map((suggestion, i) => {
      const option = el('li', null, el('span', null, String(suggestion.text)), el('span', 'kind', String(suggestion.kind)));
      option.id = 'suggestion-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      // mousedown, not click: it comes before the input's blur, which closes the list.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pickSuggestion(String(suggestion.text));
      });
      return option;
    }));
    suggestionList.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
  }

  function moveSuggestion(step) {
    const options = suggestionList.children;
    if (!options.length) return;
    if (activeSuggestion >= 0) options[activeSuggestion].setAttribute('aria-selected', 'false');
    // Positions cycle through the options and the box itself (-1), where the typed text stays as it was.
    const positions = options.length + 1;
    activeSuggestion = ((activeSuggestion + 1 + step + positions) % positions) - 1;
    if (activeSuggestion >= 0) {
      options[activeSuggestion].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[activeSuggestion].id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pickSuggestion(text) {
    input.value = text;
    closeSuggestions();
    submit();
  }

  function submit() {
    navigate({...current, q: input.value.trim(), sort: sortSelect.value});
  }

  input.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    const typed = input.value.trim();
    if (!typed) {
      closeSuggestions();
      return;
    }
    suggestTimer = setTimeout(() => fetchSuggestions(typed), SUGGEST_DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !suggestionList.hidden;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      moveSuggestion(1);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      moveSuggestion(-1);
    } else if (event.key === 'Enter' && open && activeSuggestion >= 0) {
      event.preventDefault();
      pickSuggestion(suggestionList.children[activeSuggestion].firstChild.textContent);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      closeSuggestions();
    }
  });

  input.addEventListener('blur', closeSuggestions);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    closeSuggestions();
    submit();
  });

  sortSelect.addEventListener('change', submit);
  moreButton.addEventListener('click', () => search(nextCursor));
  window.addEventListener('popstate', load);

  load();
})();
