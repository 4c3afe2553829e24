/*
 * <signpost-search api="https://…" postcode="HA1 2AA" categories="id1,id2">
 *
 * Signpost's embeddable search: one classic <script> tag, no framework, no build step.
 * Everything lives in an open Shadow DOM so the host page's styles cannot break it and its
 * styles cannot leak out; the stylesheet is a <link> (not inline CSS) so the widget runs
 * under a strict host CSP. Harvested text only ever reaches the page through Text nodes
 * (Node.append / textContent): there is no innerHTML, no eval, no cookies, and the only
 * requests go to the configured API (same origin as the script unless `api` says otherwise).
 * The combobox follows the GOV.UK accessible-autocomplete pattern; see widget/README.md.
 */
(() => {
  "use strict";
  if (!window.customElements || customElements.get("signpost-search")) return;

  // Resolved now: document.currentScript only exists while this script first runs.
  const SCRIPT_URL = (document.currentScript && document.currentScript.src) || location.href;
  const SHARE_KEY = "signpost-shortlist";
  const DEBOUNCE_MS = 200;
  const MIN_CHARS = 2;
  const MAX_SHARED = 50;
  const KIND = {
    category: "category",
    service: "service",
    synonym: "related term",
    organization: "organisation",
    place: "place",
  };
  const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

  /** Build an element. Children that are strings become Text nodes: never parsed as HTML. */
  function el(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === "class") n.className = v;
      else if (k.startsWith("on")) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v === true ? "" : String(v));
    }
    for (const kid of kids.flat(Infinity)) if (kid != null && kid !== false && kid !== "") n.append(kid);
    return n;
  }

  /** Only http(s) links from harvested data: a listing must never smuggle in javascript: URLs. */
  function safeUrl(u) {
    try {
      const x = new URL(String(u));
      return x.protocol === "http:" || x.protocol === "https:" ? x.href : null;
    } catch {
      return null;
    }
  }

  /** "+442084271234" → "020 8427 1234": the form people read aloud and dial. */
  function ukPhone(p) {
    const m = /^\+44(\d{9,10})$/.exec(String(p));
    if (!m) return String(p);
    const d = "0" + m[1];
    if (d.startsWith("02")) return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
    if (/^0[389]/.test(d)) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
    return `${d.slice(0, 5)} ${d.slice(5)}`;
  }

  function telHref(p) {
    const digits = String(p).replace(/[^\d+]/g, "");
    return digits ? "tel:" + digits : null;
  }

  function distance(km) {
    const miles = km / 1.609344;
    const f = (x) => (x < 10 ? x.toFixed(1) : String(Math.round(x)));
    return `${f(miles)} miles (${f(km)} km) away`;
  }

  function formatDate(iso) {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : DATE.format(d);
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
  }

  const DAY_NAMES = { MO: "Monday", TU: "Tuesday", WE: "Wednesday", TH: "Thursday",
                      FR: "Friday", SA: "Saturday", SU: "Sunday" };

  /**
   * The filters the API read from the words typed ("open now", "free", "for 11 year olds",
   * "within 2 miles of"), as a phrase: "open now, free, for age 11, within 3.2 km"; "" for none.
   */
  function understood(u) {
    if (!u) return "";
    const parts = [];
    if (u.open) parts.push(DAY_NAMES[u.open] ? `open on ${DAY_NAMES[u.open]}` : `open ${u.open}`);
    if (u.free) parts.push("that are free");
    if (u.age !== undefined && u.age !== null) parts.push(`for age ${u.age}`);
    if (u.within_km) parts.push(`within ${Math.round(u.within_km * 10) / 10} km`);
    return parts.join(", ");
  }

  /**
   * Text with <mark>s at the API's [start, end) offsets. Offsets count code points (Python
   * str indices), so the text is split into code points, not UTF-16 units.
   */
  function marked(text, ranges) {
    const chars = Array.from(String(text || ""));
    const out = [];
    let at = 0;
    const sorted = (Array.isArray(ranges) ? ranges : []).slice().sort((a, b) => a[0] - b[0]);
    for (const [s, e] of sorted) {
      if (!(s >= at && e > s && e <= chars.length)) continue;
      out.push(chars.slice(at, s).join(""), el("mark", null, chars.slice(s, e).join("")));
      at = e;
    }
    out.push(chars.slice(at).join(""));
    return out;
  }

  /** The fields a referral needs, from a search hit or a /api/services/{id} detail. */
  function entry(r) {
    const org = r.organization;
    const loc = (r.locations || [])[0] || {};
    const parts = [loc.name, loc.address_1, loc.address_2, loc.city].filter(Boolean);
    return {
      id: String(r.id),
      name: String(r.name || "Unnamed service"),
      organization: org && typeof org === "object" ? org.name : org || null,
      phones: (r.phones || []).map((p) => (p && typeof p === "object" ? p.number : p)).filter(Boolean),
      address: r.address || parts.join(", ") || null,
      postcode: r.postcode || loc.postal_code || null,
      opening_times: r.opening_times || [],
      url: safeUrl(r.url),
      email: r.email || null,
    };
  }

  function addressLine(s) {
    if (!s.address) return s.postcode;
    return s.postcode && !s.address.includes(s.postcode) ? `${s.address}, ${s.postcode}` : s.address;
  }

  /** The lines a GP pastes into a record or hands to a patient, one block per service. */
  function referralLines(s) {
    return [
      s.name,
      s.organization && s.organization !== s.name && `Organisation: ${s.organization}`,
      s.phones.length && `Phone: ${s.phones.map(ukPhone).join(", ")}`,
      s.email && `Email: ${s.email}`,
      addressLine(s) && `Address: ${addressLine(s)}`,
      s.opening_times.length && `Opening times: ${s.opening_times.join("; ")}`,
      s.url && `Website: ${s.url}`,
    ].filter(Boolean);
  }

  class ApiError extends Error {}

  class SignpostSearch extends HTMLElement {
    static get observedAttributes() {
      return ["postcode"];
    }

    constructor() {
      super();
      this.attachShadow({ mode: "open" });
      this._opts = [];
      this._active = -1;
      this._shortlist = new Map();
      this._seq = 0;
    }

    connectedCallback() {
      if (this._built) return;
      this._built = true;
      this._build();
      this._loadCategories();
      this._restoreShortlist();
    }

    attributeChangedCallback(name, _old, value) {
      if (this._built && name === "postcode") this._pc.value = value || "";
    }

    /** API base: the `api` attribute, else the origin that served this script. */
    get api() {
      const base = this.getAttribute("api") || new URL(SCRIPT_URL).origin;
      return new URL(base, location.href).href.replace(/\/+$/, "");
    }

    _allowedCategories() {
      return (this.getAttribute("categories") || "")
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean);
    }

    _build() {
      const level = Math.min(5, Math.max(1, Number(this.getAttribute("heading-level")) || 2));
      this._h = level;
      const css = this.getAttribute("stylesheet") || new URL("signpost-search.css", SCRIPT_URL).href;

      this._q = el("input", {
        id: "sp-q",
        type: "text",
        role: "combobox",
        "aria-autocomplete": "list",
        "aria-expanded": "false",
        "aria-controls": "sp-lb",
        "aria-describedby": "sp-q-hint",
        autocomplete: "off",
        autocapitalize: "off",
        maxlength: 200,
        spellcheck: "false",
        oninput: () => this._onInput(),
        onkeydown: (e) => this._onKey(e),
        onblur: () => (this._cancelSuggest(), this._close()),
      });
      this._lb = el("ul", {
        id: "sp-lb",
        role: "listbox",
        "aria-label": "Suggestions",
        class: "sp-lb",
        hidden: true,
        onmousedown: (e) => e.preventDefault(), // clicks on the list keep focus in the input
      });
      this._sgStatus = el("div", { role: "status", class: "sp-vh" });
      this._pc = el("input", {
        id: "sp-pc",
        type: "text",
        autocomplete: "postal-code",
        maxlength: 60,
        "aria-describedby": "sp-pc-hint",
        value: this.getAttribute("postcode") || "",
      });
      this._cat = el(
        "select",
        { id: "sp-cat", onchange: () => this._refilter() },
        el("option", { value: "" }, "All categories"),
      );
      this._open = el("input", { id: "sp-open", type: "checkbox", onchange: () => this._refilter() });
      this._free = el("input", { id: "sp-free", type: "checkbox", onchange: () => this._refilter() });
      const form = el(
        "form",
        {
          class: "sp-form",
          role: "search",
          "aria-label": "Find support",
          novalidate: true,
          onsubmit: (e) => this._submit(e),
        },
        el(
          "div",
          { class: "sp-field sp-field-q" },
          el("label", { for: "sp-q" }, this.getAttribute("label") || "What do you need help with?"),
          el(
            "span",
            { id: "sp-q-hint", class: "sp-hint" },
            "Suggestions appear as you type. Use the up and down arrows to choose one and Enter to search.",
          ),
          el("div", { class: "sp-combo" }, this._q, this._lb),
          this._sgStatus,
        ),
        el(
          "div",
          { class: "sp-field" },
          el("label", { for: "sp-pc" }, "Postcode or area (optional)"),
          el(
            "span",
            { id: "sp-pc-hint", class: "sp-hint" },
            "To sort by distance. For example, HA1 2AA, NW10 or Harlesden",
          ),
          this._pc,
        ),
        el("div", { class: "sp-field" }, el("label", { for: "sp-cat" }, "Category"), this._cat),
        el(
          "fieldset",
          { class: "sp-checks" },
          el("legend", { class: "sp-vh" }, "Only show services that are"),
          el("label", { class: "sp-check", for: "sp-open" }, this._open, "Open now"),
          el("label", { class: "sp-check", for: "sp-free" }, this._free, "Free"),
        ),
        el("div", { class: "sp-field sp-go" }, el("button", { type: "submit" }, "Search")),
      );

      const H = (n, attrs, ...kids) => el("h" + Math.min(6, n), attrs, ...kids);
      this._status = el("p", { role: "status", class: "sp-status" });
      this._err = el("p", { role: "alert", class: "sp-error", hidden: true });
      this._results = el("ul", { class: "sp-results", "aria-labelledby": "sp-res-h" });
      this._more = el(
        "button",
        {
          type: "button",
          class: "sp-more sp-secondary",
          hidden: true,
          onclick: () => this._search(this._page + 1),
        },
        "Show more results",
      );
      this._attr = el("p", { class: "sp-attr" });
      const results = el(
        "section",
        { class: "sp-res", "aria-labelledby": "sp-res-h" },
        H(level, { id: "sp-res-h", class: "sp-vh" }, "Search results"),
        this._status,
        this._err,
        this._results,
        this._more,
        this._attr,
      );

      this._slHead = H(level, { id: "sp-sl-h", class: "sp-sl-h", tabindex: "-1" }, "Shortlist");
      this._slList = el("ol", { class: "sp-sl-list" });
      this._slHint = el(
        "p",
        { class: "sp-sl-hint" },
        "Tick “Add to shortlist” on any result to build a list you can print, copy into a record or share.",
      );
      this._slStatus = el("p", { role: "status", class: "sp-sl-status" });
      this._out = el("textarea", { id: "sp-out", readonly: true, rows: 4 });
      this._outLabel = el("label", { for: "sp-out" });
      this._outBox = el("div", { class: "sp-out", hidden: true }, this._outLabel, this._out);
      this._slActions = el(
        "div",
        { class: "sp-actions", hidden: true },
        el("button", { type: "button", onclick: () => window.print() }, "Print shortlist"),
        el(
          "button",
          { type: "button", class: "sp-secondary", onclick: () => this._copyText() },
          "Copy as text",
        ),
        el(
          "button",
          { type: "button", class: "sp-secondary", onclick: () => this._copyLink() },
          "Copy share link",
        ),
        el(
          "button",
          { type: "button", class: "sp-secondary", onclick: () => this._clearShortlist() },
          "Clear shortlist",
        ),
      );
      this._printHead = el("p", { class: "sp-print-only" });
      const shortlist = el(
        "section",
        { class: "sp-sl", "aria-labelledby": "sp-sl-h" },
        this._slHead,
        this._printHead,
        this._slHint,
        this._slList,
        this._slActions,
        this._slStatus,
        this._outBox,
      );

      this.shadowRoot.append(
        el("link", { rel: "stylesheet", href: css }),
        el("div", { class: "sp", part: "root" }, form, results, shortlist),
      );
      this._renderShortlist();
    }

    // ---- HTTP ---------------------------------------------------------------------------

    /** GET JSON from the API; non-2xx answers become an ApiError carrying the API's message. */
    async _get(path, params, signal) {
      const u = new URL(this.api + path);
      if (params) u.search = params.toString();
      let res;
      try {
        res = await fetch(u.href, {
          signal,
          credentials: "omit",
          referrerPolicy: "no-referrer",
          headers: { Accept: "application/json" },
        });
      } catch (e) {
        if (e.name === "AbortError") throw e;
        throw new ApiError("The directory could not be reached. Check your connection and try again.");
      }
      let body = null;
      try {
        body = await res.json();
      } catch {
        body = null;
      }
      if (!res.ok) {
        const msg =
          body && typeof body.error === "string"
            ? body.error
            : `The directory could not answer (error ${res.status}).`;
        throw new ApiError(msg);
      }
      return body;
    }

    /**
     * Fill the category filter from /api/categories: top-level categories become groups
     * ("All of Health", then GP, Pharmacy…); empty ones are left out because they can only
     * find nothing. A `categories` attribute narrows the list to the ids it names.
     */
    async _loadCategories() {
      let list;
      try {
        const d = await this._get("/api/categories");
        list = (Array.isArray(d) ? d : (d && d.categories) || []).filter(
          (c) => c && c.id != null && c.count !== 0,
        );
      } catch {
        return; // The filter stays at "All categories"; search itself still works.
      }
      const label = (c) => `${c.name}${typeof c.count === "number" ? ` (${c.count})` : ""}`;
      const option = (c, text) => el("option", { value: c.id }, text || label(c));
      const allowed = this._allowedCategories();
      if (allowed.length) {
        this._cat.append(...list.filter((c) => allowed.includes(String(c.id))).map((c) => option(c)));
        return;
      }
      const ids = new Set(list.map((c) => c.id));
      for (const top of list.filter((c) => !c.parent_id || !ids.has(c.parent_id))) {
        const kids = list.filter((c) => c.parent_id === top.id);
        if (!kids.length) {
          this._cat.append(option(top));
          continue;
        }
        this._cat.append(
          el(
            "optgroup",
            { label: top.name },
            option(top, `All of ${label(top)}`),
            kids.map((c) => option(c)),
          ),
        );
      }
    }

    // ---- combobox -----------------------------------------------------------------------

    _onInput() {
      clearTimeout(this._timer);
      const v = this._q.value.trim();
      if (v.length < MIN_CHARS) {
        this._cancelSuggest();
        this._close();
        return;
      }
      this._timer = setTimeout(() => this._suggest(v), DEBOUNCE_MS);
    }

    async _suggest(v) {
      if (this._sAbort) this._sAbort.abort(); // a newer keystroke makes the older answer stale
      const ac = (this._sAbort = new AbortController());
      let d;
      try {
        d = await this._get("/api/suggest", new URLSearchParams({ q: v, limit: "8" }), ac.signal);
      } catch {
        if (ac === this._sAbort) this._close();
        return;
      }
      if (ac !== this._sAbort || this._q.value.trim() !== v || this.shadowRoot.activeElement !== this._q)
        return;
      this._renderOptions((d && d.suggestions) || []);
    }

    _renderOptions(list) {
      this._opts = list;
      this._active = -1;
      this._q.removeAttribute("aria-activedescendant");
      this._lb.replaceChildren(
        ...list.map((s, i) =>
          el(
            "li",
            {
              id: `sp-opt-${i}`,
              role: "option",
              class: "sp-opt",
              "aria-selected": "false",
              onclick: () => this._choose(i),
            },
            el("span", null, String(s.text)),
            KIND[s.kind] &&
              el("span", { class: "sp-kind" }, el("span", { class: "sp-vh" }, ", "), KIND[s.kind]),
          ),
        ),
      );
      const open = list.length > 0;
      this._lb.hidden = !open;
      this._q.setAttribute("aria-expanded", String(open));
      this._announce(
        open
          ? `${plural(list.length, "suggestion", "suggestions")} available. Use the up and down arrows to choose.`
          : "No suggestions.",
      );
    }

    _announce(text) {
      // Delayed so screen readers finish echoing the typed character before the count.
      clearTimeout(this._sayTimer);
      this._sayTimer = setTimeout(() => (this._sgStatus.textContent = text), 300);
    }

    _close() {
      this._opts = [];
      this._active = -1;
      this._lb.hidden = true;
      this._lb.replaceChildren();
      this._q.setAttribute("aria-expanded", "false");
      this._q.removeAttribute("aria-activedescendant");
    }

    _onKey(e) {
      const n = this._opts.length;
      const open = !this._lb.hidden && n > 0;
      if (e.key === "ArrowDown" && open) {
        e.preventDefault();
        this._move(Math.min(n - 1, this._active + 1));
      } else if (e.key === "ArrowUp" && open) {
        e.preventDefault();
        this._move(this._active - 1); // -1: back to the text box, as GOV.UK's does
      } else if (e.key === "Enter" && open && this._active >= 0) {
        e.preventDefault();
        this._choose(this._active);
      } else if (e.key === "Escape") {
        if (open) e.preventDefault();
        this._cancelSuggest(); // a list still on its way must not pop up after Escape
        this._close();
      }
    }

    _move(i) {
      this._active = i;
      const opts = this._lb.children;
      for (let j = 0; j < opts.length; j++) opts[j].setAttribute("aria-selected", String(j === i));
      if (i >= 0) {
        this._q.setAttribute("aria-activedescendant", opts[i].id);
        opts[i].scrollIntoView({ block: "nearest" });
      } else {
        this._q.removeAttribute("aria-activedescendant");
      }
    }

    _cancelSuggest() {
      clearTimeout(this._timer);
      if (this._sAbort) this._sAbort.abort();
    }

    _choose(i) {
      const s = this._opts[i];
      if (!s) return;
      this._cancelSuggest();
      this._q.value = String(s.text);
      this._close();
      this._q.focus();
      this._search(1);
    }

    // ---- search -------------------------------------------------------------------------

    _submit(e) {
      e.preventDefault();
      this._cancelSuggest();
      this._close();
      this._search(1);
    }

    _refilter() {
      if (this._params) this._search(1);
    }

    _buildParams() {
      const p = new URLSearchParams();
      const q = this._q.value.trim();
      const pc = this._pc.value.trim();
      if (q) p.set("q", q);
      if (pc) {
        p.set("postcode", pc);
        p.set("sort", "distance");
      }
      const cats = this._cat.value ? [this._cat.value] : this._allowedCategories();
      for (const c of cats) p.append("category", c);
      if (this._open.checked) p.set("open_now", "true");
      if (this._free.checked) p.set("free", "true");
      p.set("per_page", String(Number(this.getAttribute("per-page")) || 10));
      return q || pc || cats.length ? p : null;
    }

    async _search(page) {
      const more = page > 1;
      const params = more ? this._params : this._buildParams();
      if (!params) {
        this._showError("Enter what you need help with, or a postcode.");
        this._q.focus();
        return;
      }
      this._params = params;
      params.set("page", String(page));
      if (this._xAbort) this._xAbort.abort();
      const ac = (this._xAbort = new AbortController());
      this._results.setAttribute("aria-busy", "true");
      if (!more) this._status.textContent = "Searching…";
      try {
        const d = await this._get("/api/search", params, ac.signal);
        if (ac !== this._xAbort) return;
        this._showError(null);
        this._showResults(d, more);
      } catch (e) {
        if (ac !== this._xAbort || e.name === "AbortError") return;
        this._status.textContent = "";
        if (!more) {
          this._results.replaceChildren();
          this._more.hidden = true;
        }
        this._showError(e.message);
      } finally {
        if (ac === this._xAbort) this._results.removeAttribute("aria-busy");
      }
    }

    _showError(msg) {
      this._err.hidden = !msg;
      this._err.replaceChildren(...(msg ? [el("strong", null, "Error: "), msg] : []));
    }

    _showResults(d, more) {
      this._page = d.page;
      const cards = (d.results || []).map((r) => this._card(r));
      if (more) this._results.append(...cards);
      else this._results.replaceChildren(...cards);
      const shown = this._results.children.length;
      this._more.hidden = !cards.length || shown >= d.total;
      // The origin's note ("UB8 1AA is not a current postcode; distances are from UB8 1") is
      // part of the status, so screen readers announce it with the count.
      const note = d.origin && d.origin.note;
      this._status.replaceChildren(
        this._summary(d, shown),
        ...(note ? [" ", el("span", { class: "sp-note" }, note)] : []),
      );
      this._attr.textContent = d.attribution || "";
      if (more && cards.length) cards[0].querySelector(".sp-name").focus();
    }

    _summary(d, shown) {
      const q = this._params.get("q");
      const o = d.origin;
      let s = d.total ? `${plural(d.total, "service", "services")} found` : "No services found";
      if (q) s += ` for “${q}”`;
      const where = o && (o.postcode || o.place);
      if (where) {
        s += ` near ${where}${o.precision && o.precision !== "postcode" ? " (area centre)" : ""}`;
        if (this._params.get("sort") === "distance") s += ", nearest first";
      }
      s += ".";
      if (d.corrected_text && q && d.corrected_text.toLowerCase() !== q.toLowerCase())
        s += ` Showing results for “${d.corrected_text}”.`;
      const read = understood(d.understood);
      if (read) s += ` Only services ${read}, as typed.`;
      if (d.total && shown < d.total) s += ` Showing ${shown}.`;
      if (!d.total) s += " Try fewer or different words, or remove a filter.";
      return s;
    }

    _card(r) {
      const n = ++this._seq;
      const s = entry(r);
      const hl = r.highlights || {};
      const nameText = marked(s.name, hl.name);
      const name = el(
        "h" + Math.min(6, this._h + 1),
        { class: "sp-name", id: `sp-r${n}`, tabindex: "-1" },
        s.url
          ? el(
              "a",
              { href: s.url, rel: "noopener noreferrer", target: "_blank" },
              nameText,
              el("span", { class: "sp-vh" }, " (opens in a new tab)"),
            )
          : nameText,
      );
      const facts = el("dl", { class: "sp-facts" });
      const fact = (label, ...values) => {
        const vs = values.filter((v) => v != null && v !== "" && !(Array.isArray(v) && !v.length));
        if (vs.length) facts.append(el("dt", null, label), ...vs.map((v) => el("dd", null, v)));
      };
      if (typeof r.distance_km === "number") fact("Distance", distance(r.distance_km));
      else if ((r.service_areas || []).length) fact("Covers", r.service_areas.join(", "));
      fact("Address", addressLine(s));
      fact("Phone", ...s.phones.map((p) => el("a", { href: telHref(p) }, ukPhone(p))));
      if (s.email) fact("Email", el("a", { href: "mailto:" + s.email }, s.email));
      fact("Opening times", ...s.opening_times);
      fact("Cost", r.cost || (r.is_free === true ? "Free" : r.is_free === false ? "Charges apply" : null));
      fact("Categories", (r.categories || []).join(", "));
      const sources = (r.sources || []).map((x) => x.name || x.id);
      fact("Source", (sources.length ? sources : r.source_ids || []).join(", "));
      fact(
        "Last updated",
        r.last_updated &&
          formatDate(r.last_updated) &&
          el("time", { datetime: r.last_updated }, formatDate(r.last_updated)),
      );
      const box = el("input", {
        type: "checkbox",
        id: `sp-pick${n}`,
        "data-id": s.id,
        "aria-label": `Add to shortlist: ${s.name}`, // starts with the visible label
        onchange: (e) => this._toggle(s, e.target.checked),
      });
      box.checked = this._shortlist.has(s.id);
      return el(
        "li",
        { class: "sp-card", "aria-labelledby": `sp-r${n}` },
        name,
        s.organization && s.organization !== s.name && el("p", { class: "sp-org" }, s.organization),
        r.snippet && el("p", { class: "sp-snip" }, marked(r.snippet, hl.snippet)),
        facts,
        el("label", { class: "sp-check sp-pick", for: `sp-pick${n}` }, box, "Add to shortlist"),
      );
    }

    // ---- shortlist ----------------------------------------------------------------------

    _renderShortlist() {
      const items = [...this._shortlist.values()];
      this._slHead.textContent = `Shortlist (${items.length})`;
      this._slHint.hidden = items.length > 0;
      this._slActions.hidden = !items.length;
      this._printHead.textContent = `Services suggested for you, ${DATE.format(new Date())}`;
      this._slList.replaceChildren(
        ...items.map((s) =>
          el(
            "li",
            { class: "sp-sl-item" },
            el("p", { class: "sp-sl-name" }, s.name),
            referralLines(s)
              .slice(1)
              .map((line) => el("p", { class: "sp-sl-line" }, line)),
            el(
              "button",
              {
                type: "button",
                class: "sp-remove sp-secondary",
                "aria-label": `Remove: ${s.name}`,
                onclick: () => this._remove(s.id),
              },
              "Remove",
            ),
          ),
        ),
      );
      for (const box of this._results.querySelectorAll("input[data-id]"))
        box.checked = this._shortlist.has(box.dataset.id);
    }

    _toggle(s, on) {
      if (on) this._shortlist.set(s.id, s);
      else this._shortlist.delete(s.id);
      this._renderShortlist();
      this._slStatus.textContent = `${on ? "Added" : "Removed"} ${s.name} ${on ? "to" : "from"} the shortlist (${this._shortlist.size}).`;
    }

    /** Remove from the shortlist panel; focus moves on, as the pressed button is gone. */
    _remove(id) {
      this._toggle(this._shortlist.get(id), false);
      (this._slActions.hidden ? this._slHead : this._slActions.querySelector("button")).focus();
    }

    _clearShortlist() {
      this._shortlist.clear();
      this._renderShortlist();
      this._outBox.hidden = true;
      this._slStatus.textContent = "Shortlist cleared.";
      this._slHead.focus();
    }

    /** The shortlist as plain text: what a GP pastes into a record or hands to a patient. */
    shortlistText() {
      return [...this._shortlist.values()].map((s) => referralLines(s).join("\n")).join("\n\n");
    }

    /** A link to this page that reopens the same shortlist (ids in the URL fragment). */
    shareLink() {
      const u = new URL(location.href);
      u.hash = `${SHARE_KEY}=${[...this._shortlist.keys()].map(encodeURIComponent).join(",")}`;
      return u.href;
    }

    _copyText() {
      this._copy(
        this.shortlistText(),
        "Shortlist text",
        `Copied ${plural(this._shortlist.size, "service", "services")} to the clipboard.`,
      );
    }

    _copyLink() {
      this._copy(this.shareLink(), "Share link", "Copied the share link to the clipboard.");
    }

    /** Clipboard API first; on plain-http hosts it is missing, so fall back to a selection. */
    async _copy(text, label, done) {
      this._outLabel.textContent = label;
      this._out.value = text;
      this._outBox.hidden = false;
      let ok = false;
      try {
        await navigator.clipboard.writeText(text);
        ok = true;
      } catch {
        this._out.focus();
        this._out.select();
        try {
          ok = document.execCommand("copy");
        } catch {
          ok = false;
        }
      }
      this._slStatus.textContent = ok
        ? done
        : "Could not copy automatically: the text is selected below, press Ctrl+C to copy it.";
    }

    /** Reopen a shared shortlist: #signpost-shortlist=id1,id2 → /api/services/{id}. */
    async _restoreShortlist() {
      const m = new RegExp(`(?:^#|&)${SHARE_KEY}=([^&]*)`).exec(location.hash);
      if (!m) return;
      const ids = m[1]
        .split(",")
        .map((x) => {
          try {
            return decodeURIComponent(x).trim();
          } catch {
            return "";
          }
        })
        .filter(Boolean)
        .slice(0, MAX_SHARED);
      const found = await Promise.all(
        ids.map((id) => this._get(`/api/services/${encodeURIComponent(id)}`).catch(() => null)),
      );
      for (const d of found) if (d && d.id != null) this._shortlist.set(String(d.id), entry(d));
      this._renderShortlist();
      const missing = found.filter((d) => !d || d.id == null).length;
      this._slStatus.textContent = [
        this._shortlist.size &&
          `Opened a shared shortlist of ${plural(this._shortlist.size, "service", "services")}.`,
        missing &&
          `${plural(missing, "service", "services")} in the shared link could not be found: it may have closed or moved.`,
      ]
        .filter(Boolean)
        .join(" ");
    }
  }

  customElements.define("signpost-search", SignpostSearch);
})();
