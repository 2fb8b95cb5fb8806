// Generated from the backend OpenAPI document by scripts/api-types.mjs: do not edit by hand.
export interface paths {
  '/api/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's applications by name; q searches the name */
    get: operations['list'];
    put?: never;
    /** Add an application to the catalog */
    post: operations['create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All applications as CSV or XLSX, in the columns the import takes */
    get: operations['exportApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import applications from CSV or XLSX: every row is checked first; any problem refuses the whole file (422 with line, column and message for each) */
    post: operations['importApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One application */
    get: operations['get'];
    /** Change an application; `version` must be the one last read (409 if not) */
    put: operations['update'];
    post?: never;
    /** Remove an application nothing refers to (409 otherwise) */
    delete: operations['delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How to sign in: built-in issuer (with demo logins in demo mode) or OIDC */
    get: operations['config'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/business-associate-agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The health system's partners, each with its agreement in force, and every agreement */
    get: operations['list_1'];
    put?: never;
    /** Record a business associate agreement with a partner */
    post: operations['record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/business-associate-agreements/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End an agreement after the given day; it stays on the record */
    post: operations['end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's calendars, by name */
    get: operations['list_2'];
    put?: never;
    /** Define a calendar; every mistake is reported with its field */
    post: operations['create_1'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One calendar */
    get: operations['get_1'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars/{id}/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** When a business duration started at `start` runs out */
    post: operations['deadline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendars/{id}/elapsed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Business time between two instants */
    post: operations['elapsed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/canned-reply-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The support groups whose canned replies the caller reads
     * @description canManage says whether the caller may change a group's replies.
     */
    get: operations['groups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coverage/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One application's coverage: its week hour by hour and who can support it */
    get: operations['application'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coverage/gaps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Applications at RISK or GAP, worst first, each with what a staffing request needs */
    get: operations['gaps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coverage/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Applications × staff: per application bus factor, window coverage, load and status; per person load, sole cover and burnout; skill cells as (application, staff, level) */
    get: operations['matrix'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coverage/matrix/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The coverage matrix as CSV, XLSX or a printable HTML page: a row per application with its status, bus factor and window coverage, a column per staff member holding the skill level
     * @description The matrix as a file to bring to a meeting: applications × staff with skill levels and each application's GOOD/RISK/GAP state (MatrixExport); the same data as `/matrix`.
     */
    get: operations['exportMatrix'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coverage/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One person's coverage: shifts, weekly load, skills and sole cover */
    get: operations['person'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/coverage/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The matrix without some people or with added contracted ones; nothing is saved */
    post: operations['whatIf'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/device-models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The hospital's device models by manufacturer and model, with device counts */
    get: operations['listModels'];
    put?: never;
    /** Add a device model; a high-risk or life-support model needs pmIntervalMonths, and a manufacturer's model is recorded once (409) */
    post: operations['createModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/device-models/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a device model; `version` must be the one last read (409 if not) */
    put: operations['updateModel'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The devices the caller sees, by asset tag unless sort says otherwise (assetTag, serial, model, site, unit, status, acquiredOn or endOfSupport; ,asc or ,desc); q searches asset tag, serial, manufacturer, model, device class and location */
    get: operations['listDevices'];
    put?: never;
    /** Add a device; its asset tag is unique in the hospital (409), its model and engagement must be the hospital's (404) */
    post: operations['createDevice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/devices/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The devices the caller sees as CSV, filtered like the list (no paging) */
    get: operations['exportDevices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/devices/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import devices from a CMMS export (CSV or XLSX): rows are matched by asset tag and created or updated one by one; the report lists every row, refused ones with each reason. A file that cannot be read is refused whole (422); one over the upload limit answers 413 */
    post: operations['importDevices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/devices/replacement-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Devices in service ranked for replacement, with the figures behind each rank
     * @description Score 0–100 (docs/decisions.md, 'Replacement plan score'): age over a 10-year service life (25), end of support past or within a year (25), repair cost over replacement cost (25), share of time down (15), corrective orders per year (10). Repair cost is corrective labour at the hospital's rate plus parts; replacement cost the model's, else what the device cost. Costs, downtime and orders count from `from` to `to` (local days, both included; by default the last 365 days, at most three years), from acquisition when later. Also uptime per model and 'could not duplicate' outcomes per model and unit (a training signal).
     */
    get: operations['replacementPlan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/devices/replacement-plan/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The replacement plan as CSV, filtered like the plan (no paging) */
    get: operations['exportReplacementPlan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/devices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One device */
    get: operations['getDevice'];
    /** Change a device; `version` must be the one last read (409 if not) */
    put: operations['updateDevice'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's engagements (a partner's agents: their own), latest start first unless sort says otherwise (startsOn, endsOn, name, partner or createdAt; ,asc or ,desc) */
    get: operations['list_3'];
    put?: never;
    /**
     * Record an engagement
     * @description The partner must work for this hospital; the manager must be an enabled account of that partner; each group must be one of the partner's groups here and not provided by another engagement that has not ended. Every mistake names its field.
     */
    post: operations['record_1'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/choices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What an engagement can name
     * @description The partners working for this hospital, their enabled accounts (service managers), their support groups with the engagement providing each now, and the open staffing requests.
     */
    get: operations['choices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One engagement with its audit trail */
    get: operations['get_2'];
    /**
     * Change an engagement (send the version you read; 409 if it changed or has ended)
     * @description Replaces its terms, manager, staffing request and groups; the partner cannot change. Audited with what changed.
     */
    put: operations['change'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End an engagement now, saying why (409 if it has already ended)
     * @description Its OLA stops applying to tickets its groups receive from then on; its groups stay listed with it until another engagement takes them.
     */
    post: operations['end_1'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/go-lives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's go-lives, latest window first unless sort says otherwise (startsOn, createdAt or title; ,asc or ,desc) */
    get: operations['listGoLives'];
    put?: never;
    /** Record a go-live or upgrade of an application and its window (≤ 90 days) */
    post: operations['createGoLive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/go-lives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One go-live: expected surge with the history it came from, command-center plan, coverage of the window with both applied, what is still short, audit trail */
    get: operations['getGoLive'];
    /** Change a go-live's application, kind, title, window or notes (version) */
    put: operations['changeGoLive'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/go-lives/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a planned or live go-live, saying why */
    post: operations['cancelGoLive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/go-lives/{id}/finish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hypercare is over: PLANNED or LIVE → DONE */
    post: operations['finishGoLive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/go-lives/{id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add someone to the command-center plan: a staff member (staffId) or a named outsider, at a tier, inside the window; answers the event */
    post: operations['addGoLivePlanEntry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/go-lives/{id}/plan/{entryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take an entry off the plan; answers the event */
    delete: operations['removeGoLivePlanEntry'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/go-lives/{id}/staffing-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a GO_LIVE_SURGE staffing request for what the plan leaves short (409 if one is open already, or nothing is short) */
    post: operations['openGoLiveStaffingRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/go-lives/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The application went live: PLANNED → LIVE (409 from any other status) */
    post: operations['startGoLive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/htm/audit-export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A site's maintenance record for a period, for an accreditation survey
     * @description Every device at the site the caller sees, with its preventive maintenance due in the period (due, window end, completed, on time / late / missed, reason), corrective work opened in it, security remediation opened in it or still open, and the technician who did (or holds) each order. Technicians' certifications are not recorded in Medley yet; the record says so. from and to are local days at the hospital (both included; by default the last 365 days, at most three years). An unknown site gives a record with no devices. A PDF holds at most 5,000 devices (400: take the CSV).
     */
    get: operations['auditExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/coverage-risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The coverage matrix's GOOD/RISK/GAP counts per week, and what is at risk now
     * @description from and to are local dates (by default the last 26 weeks). Weeks are recorded as time goes by (hourly, and on every read): weeks before the first record are absent.
     */
    get: operations['coverageRisk'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Operations figures per period, the backlog now by age and a volume forecast
     * @description from and to are local days at the hospital (inclusive; by default the last 30 days, at most three years); period DAY, WEEK or MONTH (any case, as the SLA figures take it); provider INTERNAL, PARTNER or a partner's id. First-contact resolution, reopen rate and CSAT are counted as the partner scorecards count them, over the tickets resolved in each period.
     */
    get: operations['operations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/operations/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tickets behind an operations figure, newest first
     * @description measure OPENED or ESCALATED: opened in the range; REOPENED or FCR: resolved in the range; BACKLOG: open now. Filters as for the figures.
     */
    get: operations['tickets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rebuild the hospital's insight read models from the rows they summarise
     * @description Throws the roll-ups away and recomputes them (for every hospital at once: `java -jar medley.jar --rebuild-insights`). Readers see the old figures until each model's rebuild commits.
     */
    post: operations['rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/review.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The monthly operations review (PDF)
     * @description The hospital's name and the month; headline figures against the month before (SLA met by internal teams and each partner, breaches, tickets opened, backlog, first-contact resolution, reopens, satisfaction, applications at risk or with one expert); then SLA compliance per week, breaches and their causes, volume and quality per week and coverage risk, each as a chart and a table. Days are the hospital's. `month` defaults to the last whole month; 400 names a malformed or future month.
     */
    get: operations['review'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/sla': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * SLA and OLA compliance per period, grouped by one dimension
     * @description Timers that finished on the days asked for: MET when stopped in time, BREACHED at their deadline. `period`: day, week (from Monday) or month (at most 400). `groupBy`: priority, tier, application, group, provider (INTERNAL vs each partner whose group held the ticket), partner (OLA timers per partner), kind or target. Without `kind`, SLA timers only (unless grouped by kind). Days are the hospital's local days, `from` inclusive and `to` exclusive (ISO dates, at most three years). Filters: `kind` (SLA or OLA), `target` (RESPONSE or RESOLUTION), `priority`, `tier`, `applicationId`, `groupId`, `provider` (INTERNAL or a partner's organisation id); an id that is not the hospital's is a 404. `format=csv` (or `Accept: text/csv`) answers the same rows as CSV.
     */
    get: operations['performance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/sla/breaches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Breached timers with where their tickets spent the time, and breaches by cause
     * @description Each breach: the ticket, who held it, and the wall-clock time from the timer's start to its deadline per status (PENDING_VENDOR: pending on the vendor) and per holding group; `cause` is what took the most of it — a pending reason (PENDING_VENDOR, PENDING_CUSTOMER, …) or a holder's queue by provider and tier (INTERNAL_L1, PARTNER_L1, …, UNASSIGNED). `causes` counts every matching breach by cause (the `cause` filter narrows the list only). `sort`: breachedAt, causeMillis, priority or ticket, `-` first for descending (default -breachedAt). Days are the hospital's local days, `from` inclusive and `to` exclusive (ISO dates, at most three years). Filters: `kind` (SLA or OLA), `target` (RESPONSE or RESOLUTION), `priority`, `tier`, `applicationId`, `groupId`, `provider` (INTERNAL or a partner's organisation id); an id that is not the hospital's is a 404. `format=csv` (or `Accept: text/csv`) answers the same rows as CSV.
     */
    get: operations['breaches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/sla/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tickets behind a figure: timers that finished on the days asked for
     * @description Newest first. `outcome`: met or breached (default both); `kind` default both. Days are the hospital's local days, `from` inclusive and `to` exclusive (ISO dates, at most three years). Filters: `kind` (SLA or OLA), `target` (RESPONSE or RESOLUTION), `priority`, `tier`, `applicationId`, `groupId`, `provider` (INTERNAL or a partner's organisation id); an id that is not the hospital's is a 404. `format=csv` (or `Accept: text/csv`) answers the same rows as CSV.
     */
    get: operations['tickets_1'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/connectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The hospital's partner-desk connectors, by name (paged)
     * @description q: words in the name; kind: one protocol (a DeskKind name; the validator of the contract test cannot read a nullable enum parameter, so it is declared as text).
     */
    get: operations['listConnectors'];
    put?: never;
    /**
     * Add a partner-desk connector
     * @description 400 naming each malformed field (kind, name, baseUrl, the auth fields its type needs, settings, statusMap); 409 naming name when another connector has it. refSystem is derived from the name and never changes.
     */
    post: operations['createConnector'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/connectors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One connector (secrets only as secretSet / webhookSecretSet) */
    get: operations['connector'];
    /**
     * Change a connector
     * @description version is the one read (409 when someone changed it). Secrets left out or blank keep the stored ones; webhookSecret "" removes it. The kind cannot change (400).
     */
    put: operations['changeConnector'];
    post?: never;
    /**
     * Delete a connector
     * @description version is the one read (409 when someone changed it). 409 while an active or planned engagement names it as its partner desk. The connector is kept for the history of the tickets it synced, with its secrets wiped.
     */
    delete: operations['deleteConnector'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/connectors/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A connector's health, last sync, queued and failed (dead-letter) updates, and the age of the oldest one waiting */
    get: operations['getConnectorStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/connectors/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Test the connection: reach the desk and sign in with the stored credentials
     * @description Answers 200 whether or not the desk could be reached; ok says which.
     */
    post: operations['testConnector'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Updates a partner desk refused or never took, newest first; by connector if given */
    get: operations['listDeadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/dead-letters/{eventId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dead letter, with what it carries */
    get: operations['getDeadLetter'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/dead-letters/{eventId}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a dead letter up for good (audited with the reason); later updates go on */
    post: operations['discardDeadLetter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/dead-letters/{eventId}/redrive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a dead letter again from its first attempt, its ticket's later updates after */
    post: operations['redriveDeadLetter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/{connectorId}/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A partner desk's access token for this connector's webhook (OAuth2 client credentials)
     * @description RFC 6749 §4.4: grant_type=client_credentials, the client authenticated by HTTP Basic (client_secret_basic) or client_id and client_secret form fields. The client id is medley-connector-<connectorId>, the secret the connector's webhook secret. Errors are RFC 6749 §5.2 JSON (error, error_description), not problem+json.
     */
    post: operations['webhookToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/{connectorId}/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A partner desk reports changes to Medley's tickets (HMAC-signed or OAuth2 bearer, idempotent) */
    post: operations['deskWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user: name, roles and organisation */
    get: operations['me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's latest notifications and how many are unread */
    get: operations['notifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark the caller's notifications read
     * @description All of them, or with ticketId only those about that ticket (the caller opened it). Other people's notifications are never touched.
     */
    post: operations['readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of the caller's notifications read */
    post: operations['read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organization': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The hospital's settings, with the version a change must carry */
    get: operations['settings'];
    /**
     * Change the hospital's settings (all of them, with the version read), audited
     * @description Contract dates and compliance reports are judged in the hospital's time zone (IANA). `reopenWindow` is an ISO-8601 duration from PT0S to P90D; `maskedNames` are masked in what partners without a business associate agreement read. Other nodes see a change within 30 seconds. 400 names each malformed field; 409 a stale `version` or a name another organisation has; 422 a calendar that is not the hospital's.
     */
    put: operations['changeSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organization/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed the hospital's settings, and what; newest first */
    get: operations['audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The hospital's partners with their profiles in brief, by name
     * @description A partner's people see their own organisation only. `q` searches names, summaries, regions and certifications.
     */
    get: operations['list_4'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partner's whole profile (another partner's reads as missing) */
    get: operations['get_3'];
    /**
     * Save the partner's own profile (its partner managers; send the version read)
     * @description Replaces the whole profile: offerings with rate cards, application levels, named people with skills and weekly shifts. 409 when it changed since it was read.
     */
    put: operations['change_1'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/password-links/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Who a set-password link is for, and until when it works */
    post: operations['lookUpPasswordLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/password-links/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set the password with a link (once): at least 12 characters, not a common or easily guessed one */
    post: operations['setPasswordWithLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/phi-access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reads of PHI-flagged tickets, newest first, filtered */
    get: operations['list_5'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/phi-access/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered log as CSV (at most 50,000 rows) */
    get: operations['export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Proposals, newest first
     * @description A partner manager: their organisation's, drafts included. The hospital: submitted and decided ones.
     */
    get: operations['list_6'];
    put?: never;
    /**
     * Write a draft proposal on a request published to your organisation
     * @description Named people with e-mail, zone, weekly hours, shifts and skills; an hourly rate; a tier; response and resolution commitments (the engagement's OLA); a start date.
     */
    post: operations['create_2'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One proposal with its audit trail */
    get: operations['get_4'];
    /** Change a draft (send the version read; 409 once submitted) */
    put: operations['change_2'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept a submitted proposal, with a comment
     * @description Creates the engagement (scope and end date from the request; start, tier and OLA from the proposal; the partner's agreement on file), a support group it provides and its people as contracted staff, who count in the coverage matrix from the start date to the end date. The request becomes AWARDED.
     */
    post: operations['accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline a submitted proposal, with a comment the partner reads */
    post: operations['decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a draft to the hospital (409 unless the request takes proposals) */
    post: operations['submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a draft or a submitted proposal before the hospital decides */
    post: operations['withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The routing rules, by tier and in the order they are tried
     * @description tier narrows to one tier; position counts from 0 within a tier.
     */
    get: operations['list_7'];
    put?: never;
    /**
     * Add a rule at the end of its tier
     * @description The group must be the caller's, work at the rule's tier and not be retired (422 naming groupId); another tenant's group or application is 404.
     */
    post: operations['create_3'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed routing, when and how; newest first */
    get: operations['audit_1'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The default group of each tier
     * @description It takes what no rule matched; where none is set, the tier's first group by name does.
     */
    get: operations['defaults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/defaults/{tier}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set (or with groupId null, clear) a tier's default group */
    put: operations['setDefault'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Each group's escalation target
     * @description The group that takes a ticket escalated from this group (at the next tier); without one, the next tier's rules decide.
     */
    get: operations['escalations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/escalations/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set (or with targetGroupId null, clear) a group's escalation target */
    put: operations['setEscalation'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The support groups routing may name, by tier and name
     * @description Retired groups are listed, flagged, so that rules that still name one show it.
     */
    get: operations['groups_1'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Put a tier's rules in this order
     * @description ids must be exactly the tier's rules (409 when they changed since read); answers the tier's rules in their new order.
     */
    put: operations['reorder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Where would this ticket go?
     * @description The group a ticket draft would land in at a tier (L1 unless tier is given), the rule that matched or the default, and why each earlier rule did not match. Nothing is saved.
     */
    post: operations['preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routing-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One routing rule */
    get: operations['get_5'];
    /**
     * Change a rule; version is the one read (409 when someone changed it)
     * @description A rule moved to another tier goes to the end of that tier.
     */
    put: operations['update_1'];
    post?: never;
    /** Delete a rule; version is the one read (409 when someone changed it) */
    delete: operations['delete_1'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scorecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Scorecards of the hospital's teams, its partners and their engagements
     * @description One row per internal team, partner and engagement (a partner's manager: its own partner and engagements), with volume, SLA and OLA compliance, first-contact resolution, reopen rate, CSAT and backlog age. `from` and `to` are instants or dates at the hospital (a `to` date counts to its end); by default the last 30 days; at most a year.
     */
    get: operations['listScorecards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scorecards/engagements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One engagement's scorecard, with its weeks. `from` and `to` are instants or dates at the hospital (a `to` date counts to its end); by default the last 30 days; at most a year. */
    get: operations['engagementScorecard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scorecards/partners/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One partner's scorecard, with its weeks. `from` and `to` are instants or dates at the hospital (a `to` date counts to its end); by default the last 30 days; at most a year. */
    get: operations['partnerScorecard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether Medley still needs its one-time setup, and who may finish it
     * @description Anonymous. Built-in issuer: needed until a health system has an account; with ?token= the setup link's state. External issuer: about the signed-in caller's tenant.
     */
    get: operations['status'];
    put?: never;
    /**
     * Set Medley up: the organisation, its calendars and the first administrator
     * @description Built-in issuer: the setup link's token and the first administrator are required; the answer carries a bearer token for that administrator. A wrong token answers 403, a used or expired one 410, and once Medley is set up every call answers 409. External issuer: a signed-in administrator whose tenant has no organisation yet sends the organisation and business hours only; it is created with the tenant's id.
     */
    post: operations['finish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The setup checklist: each step with its count, link and whether it is done
     * @description Steps (stable keys): organization, calendars, applications, staff, groups, routing, sla-policies, partners. A step is done when its count is above zero; `hint` says what to do first.
     */
    get: operations['checklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/skills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Skills of one person or one application (or all, up to 100,000) */
    get: operations['list_8'];
    /** Set a person's level on an application (creates or replaces it) */
    put: operations['put'];
    post?: never;
    /** Forget a person's level on an application */
    delete: operations['delete_2'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/skills/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All skills as CSV or XLSX, in the columns the import takes */
    get: operations['exportSkills'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/skills/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import skills, all rows or none (see applications) */
    post: operations['importSkills'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/breaching-soon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Running timers due within a window, soonest first
     * @description `within` is an ISO-8601 duration (default PT2H, at most P31D); overdue timers the sweep has not yet marked come first. `groupId` narrows to one support group.
     */
    get: operations['breachingSoon'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Share of timers met per period, grouped by one dimension
     * @description Counts timers that finished in [from, to): MET when stopped in time, BREACHED at their deadline; running, paused and cancelled timers are not counted. `period`: day, week (from Monday) or month, in `zone` (IANA; default the hospital's time zone); at most 400 periods and three years. `groupBy`: priority, tier, application, group, provider (internal vs partner, SLA timers) or partner (OLA timers per partner organisation). `target`: RESPONSE or RESOLUTION (default both).
     */
    get: operations['compliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/olas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Engagements' OLA thresholds, by partner
     * @description Each names its engagement (engagementId, engagementName) and, for display, the engagement's partner (partnerId, partnerName).
     */
    get: operations['olas'];
    put?: never;
    /**
     * Define an engagement's OLA thresholds
     * @description One OLA per engagement (`engagementId`; 409 if it has one). Targets are ISO-8601 durations of business time on `calendarId`; breach actions default to NOTIFY_GROUP_LEAD and NOTIFY_PARTNER_MANAGER, which tells the engagement's manager (every agent of the partner when the engagement names none). Every mistake is reported with its field; audited.
     */
    post: operations['createOla'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/olas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One engagement's OLA thresholds */
    get: operations['ola'];
    /**
     * Change an engagement's OLA thresholds (send the version you read; 409 if it changed)
     * @description Applies to OLA timers started from now on; running ones keep theirs. Audited.
     */
    put: operations['updateOla'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's SLA policies, by priority */
    get: operations['policies'];
    put?: never;
    /**
     * Define an SLA policy
     * @description Targets are ISO-8601 durations of business time on `calendarId`. Null criteria match any ticket; `engagementId` matches while a group of that engagement, in force, holds the ticket; the most specific active policy applies. Every mistake is reported with its field.
     */
    post: operations['create_4'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/policies/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** When a ticket opened at `start` (default now) would be due under these targets */
    post: operations['preview_1'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One SLA policy */
    get: operations['policy'];
    /**
     * Change an SLA policy (send the version you read; 409 if it changed meanwhile)
     * @description Applies to tickets that match it from now on; running timers keep theirs.
     */
    put: operations['update_2'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla/policy-defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a policy or an OLA gets for a term it leaves out
     * @description `pauseOn`: the statuses that stop the clock when a policy or an OLA names none, the selection a new policy's form starts from.
     */
    get: operations['policyDefaults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff by name; q searches name and e-mail */
    get: operations['list_9'];
    put?: never;
    /** Add a staff member; contracted people name their partner as employerId; accountId links the sign-in they work under (same tenant and employer, one record each) */
    post: operations['create_5'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sign-in accounts a staff record of this employer may name, by name; q searches name, e-mail and username; staffId says which record names one already */
    get: operations['accounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/employers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who may employ staff: the hospital itself (internal) and the partners */
    get: operations['employers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All staff with their shifts as CSV or XLSX, in the columns the import takes */
    get: operations['exportStaff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import staff and their shifts, all rows or none (see applications); an optional sign_in column names each person's sign-in account by username or e-mail (empty: not linked) */
    post: operations['importStaff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own staff record; linked is false until an administrator links their sign-in to one (the desk gives tickets to staff records) */
    get: operations['me_1'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One staff member */
    get: operations['get_6'];
    /** Change a staff member, their shifts and sign-in account (absent accountId: not linked); `version` as last read */
    put: operations['update_3'];
    post?: never;
    /** Remove a staff member with their skills and shifts */
    delete: operations['delete_3'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staffing-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's staffing requests (a partner manager: those published to them), newest first unless sort says otherwise (createdAt, startsOn, minimumLevel, hoursPerWeek or title; ,asc or ,desc) */
    get: operations['list_10'];
    put?: never;
    /** Open a staffing request, typically from a coverage gap */
    post: operations['open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staffing-requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One staffing request (the hospital: with whom it reaches and its trail) */
    get: operations['get_7'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staffing-requests/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an open request, saying why (409 if it is no longer open) */
    post: operations['cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staffing-requests/{id}/comparison': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The request's submitted proposals side by side, with what each does to coverage */
    get: operations['comparison'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staffing-requests/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The hospital's partners ranked for the request, each with its reasons
     * @description Half the score is the requested applications the partner covers at the level asked, 35% how the shifts of its named people at that level cover the support window, 15% their weekly hours against those asked.
     */
    get: operations['matches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staffing-requests/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish to all partners or to a shortlist, so they may propose
     * @description `{"all": true}` or `{"partnerIds": [...]}`, with the version read. Publishing again adds partners; an awarded or cancelled request answers 409.
     */
    post: operations['publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Support groups the caller works with, by tier */
    get: operations['groups_2'];
    put?: never;
    /** Create a support group; 409 naming name when the name is taken */
    post: operations['createGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-groups/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every support group with its settings, for admins (paged, searchable)
     * @description By tier and name. q: words in the name; tier: one tier; retired=true lists retired groups too.
     */
    get: operations['groupSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a support group; 409 when the version is stale or the name taken */
    put: operations['changeGroup'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-groups/{id}/canned-replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A group's canned replies, by title
     * @description For administrators, the group's members and the agents of the partner providing it; canManage says whether the caller may change them (leads and administrators).
     */
    get: operations['list_11'];
    put?: never;
    /**
     * Add a canned reply to a group (its leads and administrators)
     * @description Placeholders: {{requester.name}}, {{requester.firstName}}, {{ticket.number}}, {{ticket.title}}, {{agent.name}}; any other is refused with 422.
     */
    post: operations['create_6'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-groups/{id}/canned-replies/{replyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change a canned reply; version is the one read (409 when someone changed it)
     * @description Placeholders: {{requester.name}}, {{requester.firstName}}, {{ticket.number}}, {{ticket.title}}, {{agent.name}}; any other is refused with 422.
     */
    put: operations['update_4'];
    post?: never;
    /** Delete a canned reply (its group's leads and administrators) */
    delete: operations['delete_4'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-groups/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A group's members with their open tickets, for assignment */
    get: operations['members'];
    put?: never;
    /**
     * Add a staff member to the group, or change whether they lead it
     * @description The staff member must work for the hospital; a partner's group takes only the partner's staff. Answers the group's members.
     */
    post: operations['putGroupMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-groups/{id}/members/{staffId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a staff member out of the group (nothing to do if not in it) */
    delete: operations['removeGroupMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-groups/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retire a support group
     * @description 409 with the reason while open tickets or an active engagement hold it. A retired group keeps its history and leaves routing, assignment and the pickers.
     */
    post: operations['retireGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tickets the caller may see, filtered, searched, sorted and paged
     * @description queue: MINE | MY_GROUPS | UNASSIGNED | BREACHING_SOON | REQUESTED | ALL; status and priority take comma-separated lists; sort: CREATED | UPDATED | PRIORITY | SLA_DUE | NUMBER | STATUS; order: asc | desc; within: ISO-8601 duration for BREACHING_SOON; externalRef: SYSTEM:ID finds the ticket a partner or vendor id belongs to.
     */
    get: operations['list_12'];
    put?: never;
    /**
     * File a ticket; it is numbered, prioritised and routed to its L1 group
     * @description Without applicationId (the reporter does not know it) the ticket is filed against the "Other / I don't know" catalog entry and routed to the service desk's triage group, the hospital's first internal L1 group.
     */
    post: operations['create_7'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apply one change to up to 100 tickets: ASSIGN, CHANGE_GROUP, RESOLVE_DUPLICATE
     * @description Each ticket changes in its own transaction and answers DONE, STALE (changed since its listed version), REFUSED (with the reason) or NOT_FOUND (a ticket the caller cannot see). ASSIGN needs assigneeId (groupId optional: the ticket's group); CHANGE_GROUP needs groupId and leaves the tickets to the group; RESOLVE_DUPLICATE needs duplicateOf and merges each ticket into it. More than 100 ids: 422.
     */
    post: operations['bulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One ticket, with what the caller may do to it */
    get: operations['get_8'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change fields, group or assignee; carries the version read (409 when stale)
     * @description phi: only the hospital's own staff change it (403 for a partner, with or without a business associate agreement); clearing it (true to false) needs phiReason, kept in the audit trail (400 without). title and description are read-only (403) for a partner without a business associate agreement, who reads them masked: its words go in as a comment. A new impact or urgency needs a `reason` (400 naming the field without one); the priority follows the ITIL matrix, SLA timers re-target, and the audit keeps the reason with the change.
     */
    patch: operations['update_5'];
    trace?: never;
  };
  '/api/tickets/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ticket's files the caller may see, oldest first */
    get: operations['list_13'];
    put?: never;
    /**
     * Attach a file (multipart part 'file'; optional part 'visibility': PUBLIC|INTERNAL)
     * @description Screenshots (PNG, JPEG, GIF, WebP), PDF, Office documents (docx, xlsx, pptx), plain text and CSV, up to medley.desk.attachments.max-bytes (10 MB by default: 413 beyond). The type is read from the file's bytes; anything else answers 415.
     */
    post: operations['upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download one file, always as an attachment (never rendered inline)
     * @description Served with its detected type, Content-Disposition: attachment and nosniff.
     */
    get: operations['download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change to the ticket: who, when, field, old → new */
    get: operations['audit_2'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/canned-replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Canned replies filled in for this ticket
     * @description The ticket's group's replies first, then those of the caller's own groups, with placeholders replaced (and masked as the ticket is for this caller). For those working the ticket.
     */
    get: operations['forTicket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ticket's comments the caller may read, oldest first */
    get: operations['comments'];
    put?: never;
    /** Add a PUBLIC reply or an INTERNAL note */
    post: operations['comment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Escalate one tier up (L1 → L2 → L3 → VENDOR) with a reason */
    post: operations['escalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/external-references': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ticket's partner and vendor ids */
    get: operations['list_14'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/external-references/{system}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the ticket's id in one system (e.g. NORTHWIND, EPIC); 409 if another ticket has it */
    put: operations['put_1'];
    post?: never;
    /** Remove the ticket's id in one system */
    delete: operations['remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ticket's links, each read from this ticket (duplicate of / duplicated by…)
     * @description Links to tickets the caller cannot see are left out. For the desk and partners only.
     */
    get: operations['links'];
    put?: never;
    /**
     * Link the ticket to another (DUPLICATE_OF, CAUSED_BY, RELATED_TO)
     * @description Name the other ticket by ticketId or by number. A ticket the caller cannot see answers 404; a link to itself 400; a second link of the same type between the two, a second DUPLICATE_OF, or a chain of duplicates leading back 409. Audited on both tickets.
     */
    post: operations['link'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/links/{linkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a link; audited on both tickets */
    delete: operations['unlink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge this ticket into another as its duplicate, in one step
     * @description Links the ticket DUPLICATE_OF `into`, leaves an internal note on `into` pointing back, and resolves this ticket as "Duplicate of …", which tells its requester; she hears again when `into` is resolved. 409 when `version` is stale, when `into` is closed or cancelled or itself a duplicate, or this ticket is no longer open.
     */
    post: operations['merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The requester rates the resolution (CSAT 1–5) */
    post: operations['rate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/sla': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A ticket's SLA and OLA timers
     * @description Each timer: target, state (RUNNING, PAUSED, MET, BREACHED, CANCELLED), dueAt (wall-clock deadline; absent while paused), remaining business time (ISO-8601, negative when late) and percent used, as of `now`. Whoever may see the ticket (the desk, its requester, a partner whose group holds or held it); 404 for anyone else and for tickets without timers.
     */
    get: operations['ticket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ticket in each partner desk: its id there, when it last synced, the last error and how many updates wait (a partner's agents see their own desk only) */
    get: operations['getTicketSync'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the ticket through its lifecycle (pend, resolve, close, reopen…) */
    post: operations['transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/watchers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ticket's watchers, whether the caller watches, and whom the caller may add */
    get: operations['list_15'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{id}/watchers/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Watch the ticket (your own account) or add a colleague who may see it
     * @description A partner's agent adds only people of its own company, on tickets its groups hold. The requester is never a watcher (409).
     */
    put: operations['add'];
    post?: never;
    /** Stop watching (your own account) or remove a watcher */
    delete: operations['remove_1'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{ticketId}/vendor-case-draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case mail for escalating the ticket to a vendor, as it would leave
     * @description From the vendor's templates; vendorId defaults to the ticket's application's vendor (422 when it names none). Without a business associate agreement the text is already filtered: removed counts what the filter took out. problem says why it cannot be sent yet.
     */
    get: operations['vendorCaseDraft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tickets/{ticketId}/vendor-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ticket's vendor cases, newest first */
    get: operations['ticketVendorCases'];
    put?: never;
    /**
     * Escalate the ticket to a vendor: send the case, the ticket waits for the vendor
     * @description The ticket goes to tier VENDOR and PENDING(VENDOR); its SLA pauses as its policy says. The mail leaves through the outbox after commit, through the minimum-necessary filter unless a business associate agreement covers the vendor. 409 when the ticket already has an open case with the vendor or version is stale; 422 when the vendor is not set up or the ticket is resolved or closed.
     */
    post: operations['escalateToVendor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The hospital's users by name; q searches name, e-mail and username; filters by role, organisation and whether enabled. managedIn says where they are managed */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite people from a CSV file (columns email, name, roles, organisation, job title, department, location): each row is created or refused on its own, and the report says which and why */
    post: operations['importUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a person: an enabled account without a password, and a one-time set-password link (72 h) e-mailed when mail is on, otherwise returned once for the admin to pass on. The organisation defaults to the hospital */
    post: operations['inviteUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whom a user may work for: the hospital itself, then its partners by name */
    get: operations['listUserOrganizations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user */
    get: operations['getUser'];
    /** Change a user's name, e-mail, job, roles and organisation (the hospital or one of its partners); `version` as last read, 409 when stale */
    put: operations['changeUser'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a user: sign-in is refused and their tokens stop working within a minute */
    post: operations['disableUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a disabled user again */
    post: operations['enableUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a one-time set-password link (24 h): e-mailed when mail is on, otherwise returned once for the admin to pass on. The current password works until it is used */
    post: operations['resetUserPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendor-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Vendor cases, oldest first, with every vendor's open count (the vendor call)
     * @description status: OPEN (default), CLOSED or ALL; q: part of a case or ticket number.
     */
    get: operations['listVendorCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendor-cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One vendor case */
    get: operations['vendorCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Enter the vendor's case number; it becomes the ticket's external reference
     * @description 409 when version is stale or another ticket has that case number already.
     */
    patch: operations['changeVendorCase'];
    trace?: never;
  };
  '/api/vendor-cases/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close the vendor case with a note; the ticket keeps its status
     * @description Resume the ticket with the usual transition. 409 when closed or stale.
     */
    post: operations['closeVendorCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendor-cases/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case mail for sending the case again, as it would leave */
    get: operations['reEscalationDraft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendor-cases/{id}/re-escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the case again in its thread; a closed case opens again
     * @description The ticket waits for the vendor again. 409 stale; 422 as for escalating.
     */
    post: operations['reEscalateVendorCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The hospital's vendors, by name (paged); q: words in the name */
    get: operations['listVendors'];
    put?: never;
    /**
     * Add a vendor to the hospital's directory, by name
     * @description A vendor another hospital already works with is the same organisation. 409 when the directory lists it already, or when a partner or a hospital has the name.
     */
    post: operations['addVendor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One vendor of the hospital's directory */
    get: operations['vendor'];
    /**
     * Change how cases reach a vendor (all of it, with the version read), audited
     * @description channel EMAIL needs caseEmail; CONNECTOR needs connectorId, one of the hospital's desk connectors (the case is opened in the vendor's desk, its id is the case number, and the desk's answers come back as notes). casePattern is a Java regular expression finding the vendor's case number in its answer (group 1 if it has one). Templates take {{number}}, {{title}}, {{description}}, {{application}}, {{priority}}, {{hospital}}, {{vendor}}, {{agent}} and {{caseNumber}}; blank restores the default. 400 names each malformed field, 409 a stale version.
     */
    put: operations['changeVendor'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vendors/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed the vendor's set-up, and what; newest first */
    get: operations['vendorAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with a local account of the built-in issuer */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/troubleTicket/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * TMF621: register a listener for trouble ticket events
     * @description callback: an absolute http(s) URL the events are POSTed to ({eventId, eventTime, eventType, event: {troubleTicket}}; eventId repeats when a delivery is retried). query may narrow the events: eventType=TroubleTicketStateChangeEvent. A partner registers at most medley.desk.tmf.hub.max-listeners (5) listeners (409 beyond).
     */
    post: operations['register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/troubleTicket/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** TMF621: remove a listener of the caller's organisation */
    delete: operations['remove_2'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/troubleTicket/v4/troubleTicket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * TMF621: trouble tickets the caller may see, newest first
     * @description offset and limit page (limit 1–100, default 20); X-Total-Count says how many match, X-Result-Count how many came. status filters by TMF status (comma-separated: acknowledged, inProgress, pending, held, resolved, closed, cancelled); externalId finds the ticket the caller's desk knows by that id. fields names the attributes wanted (id, href and @type always come).
     */
    get: operations['list_16'];
    put?: never;
    /**
     * TMF621: not offered; partners do not open hospital tickets (405)
     * @description A ticket reaches a partner when the hospital routes or escalates it to the partner's group; the hospital's people file tickets at /api/tickets.
     */
    post: operations['create_8'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/troubleTicket/v4/troubleTicket/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * TMF621: one trouble ticket, by Medley's ticket id or number (INC-000123)
     * @description The ETag is the ticket's version: send it back as If-Match on PATCH to be told (409) when somebody changed the ticket since.
     */
    get: operations['get_9'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * TMF621: change status, add notes, set the partner's externalId or the priority
     * @description A JSON merge patch (application/merge-patch+json or application/json), applied whole or not at all. status: acknowledged or inProgress → IN_PROGRESS; pending or held → PENDING(PARTNER); resolved → RESOLVED with statusChangeReason as the resolution (resolutionCode, Medley's extension, defaults to FIXED); cancelled with statusChangeReason as the reason; rejected and closed are refused (422). note: entries without id are added as PUBLIC comments (noteType "internal": an INTERNAL note, which only the hospital's own desk may write); entries with id name notes the ticket has and change nothing. externalId: the caller's own id for the ticket (null removes it). priority "1"…"4" moves urgency (and impact if needed) so the ITIL matrix gives it. A transition the ticket refuses is 422; a stale If-Match 409.
     */
    patch: operations['patch'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    'Api.ApplicationRef': {
      /** Format: int64 */
      id: number;
      name: string;
    };
    'Api.Cancel': {
      reason: string;
      /** Format: int64 */
      version?: number | null;
    };
    'Api.Event': {
      action: string;
      actor: string;
      actorName: string;
      /** Format: date-time */
      at: string;
      detail?: string | null;
    };
    'Api.NewRequest': {
      title?: string | null;
      kind: string;
      applicationIds: number[];
      /** Format: int32 */
      minimumLevel: number;
      /** Format: int32 */
      peopleNeeded: number;
      /** Format: double */
      hoursPerWeek: number;
      supportWindow: string;
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn?: string | null;
      notes?: string | null;
      rationale?: string | null;
    };
    'Api.Page_Api.StaffingRequestView_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'Api.Page_EngagementApi.View_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'Api.Page_GoLiveApi.GoLiveView_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'Api.Page_PartnerApi.Summary_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    /** @description `{"all": true}` or `{"partnerIds": [...]}`, with the version read. */
    'Api.Publish': {
      all?: boolean | null;
      partnerIds?: number[] | null;
      /** Format: int64 */
      version?: number | null;
    };
    /** @description A partner a request was published to by name (the hospital's view only). */
    'Api.PublishedTo': {
      /** Format: int64 */
      partnerId: number;
      name: string;
      /** Format: date-time */
      at: string;
    };
    /** @description A request as read; `history` only on the single-request read. */
    'Api.StaffingRequestView': {
      /** Format: int64 */
      id: number;
      title: string;
      kind: string;
      status: string;
      applications: components['schemas']['Api.ApplicationRef'][];
      /** Format: int32 */
      minimumLevel: number;
      /** Format: int32 */
      peopleNeeded: number;
      /** Format: double */
      hoursPerWeek: number;
      supportWindow: string;
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn?: string | null;
      notes?: string | null;
      rationale?: string | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: int64 */
      version: number;
      audience?: string | null;
      publishedTo?: components['schemas']['Api.PublishedTo'][] | null;
      history?: components['schemas']['Api.Event'][] | null;
    };
    /**
     * @description How a support group that assigns its own work picks the member who takes a new ticket (AssignmentPolicy applies it).
     *
     *     * #SKILLED_ON_SHIFT: among members on shift now whose skill on the ticket's application is enough for the group's tier, the one with the fewest open tickets per hour of weekly capacity. Needs shifts, skills and capacities recorded; without them nobody qualifies and the ticket waits unassigned in the group.
     *     * #FEWEST_OPEN_TICKETS: the member holding the fewest open tickets, whatever their shift or skill. Works from day one, before the hospital has recorded shifts or skills.
     *     Ties go to the lower staff id under both, so the choice is repeatable.
     * @enum {string}
     */
    AssignmentStrategy: 'SKILLED_ON_SHIFT' | 'FEWEST_OPEN_TICKETS';
    'AttachmentDesk.AttachmentView': {
      /** Format: int64 */
      id: number;
      filename: string;
      contentType: string;
      /** Format: int64 */
      sizeBytes: number;
      sha256: string;
      visibility: string;
      uploadedBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description What the login page needs to know before anyone signs in: which issuer is active and, in demo mode, which demo logins exist. */
    AuthConfig: {
      mode: string;
      demoUsers: string[];
      oidc?: components['schemas']['AuthConfig.Oidc'] | null;
    };
    'AuthConfig.Oidc': {
      issuer: string;
      clientId: string;
    };
    /**
     * @description What happens when a timer breaches.
     * @enum {string}
     */
    BreachAction:
      | 'NOTIFY_ASSIGNEE'
      | 'NOTIFY_GROUP_LEAD'
      | 'ESCALATE_TIER'
      | 'REASSIGN'
      | 'NOTIFY_PARTNER_MANAGER';
    'BusinessAssociateController.Ending': {
      /** Format: date */
      effectiveUntil: string;
    };
    'BusinessAssociateController.NewAgreement': {
      /** Format: int64 */
      partnerId: number;
      reference: string;
      /** Format: date */
      effectiveFrom: string;
      /** Format: date */
      effectiveUntil?: string | null;
    };
    'BusinessAssociates.Agreement': {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      partnerId: number;
      partnerName: string;
      reference: string;
      /** Format: date */
      effectiveFrom: string;
      /** Format: date */
      effectiveUntil?: string | null;
      inForce: boolean;
      recordedBy: string;
      /** Format: date-time */
      recordedAt: string;
      endedBy?: string | null;
      /** Format: date-time */
      endedAt?: string | null;
    };
    'BusinessAssociates.Overview': {
      partners: components['schemas']['BusinessAssociates.Partner'][];
      agreements: components['schemas']['BusinessAssociates.Agreement'][];
    };
    /** @description A partner or a vendor the hospital may sign an agreement with (`kind` says which). */
    'BusinessAssociates.Partner': {
      /** Format: int64 */
      id: number;
      name: string;
      kind: components['schemas']['OrganizationKind'];
      current?: components['schemas']['BusinessAssociates.Agreement'] | null;
    };
    'CalendarController.CalendarPage': {
      items: components['schemas']['Calendars.CalendarView'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'CalendarController.DeadlineRequest': {
      /** Format: date-time */
      start: string;
      duration: string;
    };
    'CalendarController.DeadlineResponse': {
      /** Format: date-time */
      deadline: string;
    };
    'CalendarController.ElapsedRequest': {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
    };
    'CalendarController.ElapsedResponse': {
      businessDuration: string;
    };
    /**
     * @description A business calendar in the shape of the calendars API: `{"name", "zone", "week": {"MONDAY":
     *     [{"from", "to"}], ...}, "holidays": [{"date", "name", "open"}]}`. Plain data, unchecked: BusinessCalendar#of(CalendarSpec) validates it and names the field of every mistake.
     */
    CalendarSpec: {
      name: string;
      zone: string;
      week: {
        [key: string]: components['schemas']['IntervalSpec'][];
      };
      /** @description Omitted or empty: no holidays; always present (maybe empty) as read */
      holidays?: components['schemas']['HolidaySpec'][];
    };
    'Calendars.CalendarView': {
      /** Format: int64 */
      id: number;
      name: string;
      zone: string;
      definition: components['schemas']['CalendarSpec'];
    };
    'CannedReplies.CannedReplyList': {
      items: components['schemas']['CannedReplies.CannedReplyView'][];
      canManage: boolean;
      placeholders: string[];
    };
    'CannedReplies.CannedReplyView': {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      groupId: number;
      title: string;
      body: string;
      /** Format: int64 */
      version: number;
      updatedBy: string;
      /** Format: date-time */
      updatedAt: string;
    };
    'CannedReplies.ExpandedReply': {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      groupId: number;
      groupName: string;
      title: string;
      text: string;
    };
    /** @description A group whose canned replies the caller reads, and whether the caller may change them. */
    'CannedReplies.GroupChoice': {
      /** Format: int64 */
      id: number;
      name: string;
      canManage: boolean;
    };
    'CannedReplyController.CannedReplyRequest': {
      title: string;
      body: string;
      /** Format: int64 */
      version?: number | null;
    };
    /**
     * @description How long one bucket is.
     * @enum {string}
     */
    'CompliancePeriods.Period': 'DAY' | 'WEEK' | 'MONTH';
    /** @description SLA (or, grouped by partner, OLA) compliance for timers that finished in [from, to) */
    'ComplianceReport.Compliance': {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      zone: string;
      period: components['schemas']['CompliancePeriods.Period'];
      groupBy: string;
      kind: components['schemas']['TimerKind'];
      target?: components['schemas']['Target'] | null;
      overall: components['schemas']['ComplianceReport.Figures'];
      /** @description Every period of the range, all groups together */
      periods?: components['schemas']['ComplianceReport.PeriodFigures'][];
      groups: components['schemas']['ComplianceReport.Group'][];
    };
    /** @description Finished timers and the share met; percentMet is absent when total is 0 */
    'ComplianceReport.Figures': {
      /** Format: int64 */
      met: number;
      /** Format: int64 */
      breached: number;
      /** Format: int64 */
      total: number;
      /** Format: double */
      percentMet?: number | null;
    };
    /** @description One value of the dimension: key (priority, tier, id, INTERNAL/PARTNER or NONE), its display name, its figures over the whole range, and per period (periods in which none of its timers finished are left out) */
    'ComplianceReport.Group': {
      key: string;
      label: string;
      overall: components['schemas']['ComplianceReport.Figures'];
      periods: components['schemas']['ComplianceReport.PeriodFigures'][];
    };
    /** @description One day, week (from Monday) or month in the report's zone */
    'ComplianceReport.PeriodFigures': {
      /**
       * Format: date
       * @description The period's first local day
       */
      start?: string;
      /**
       * Format: date-time
       * @description First instant counted (the report's from for a clipped period)
       */
      from?: string;
      /**
       * Format: date-time
       * @description First instant no longer counted
       */
      to?: string;
      /** Format: int64 */
      met: number;
      /** Format: int64 */
      breached: number;
      /** Format: int64 */
      total: number;
      /** Format: double */
      percentMet?: number | null;
    };
    /** @description How Medley signs in to the desk: `TOKEN` takes `token`; `BASIC` `username` and `password`; `OAUTH2_CLIENT` `tokenUrl`, `clientId` and `clientSecret`; `NONE` nothing. */
    'ConnectorApi.AuthInput': {
      type?: components['schemas']['DeskConnection.Auth.Type'] | null;
      token?: string | null;
      username?: string | null;
      password?: string | null;
      clientId?: string | null;
      clientSecret?: string | null;
      tokenUrl?: string | null;
    };
    /** @description The auth a connector uses, without its secrets: `secretSet` says whether one is stored. */
    'ConnectorApi.AuthView': {
      type: components['schemas']['DeskConnection.Auth.Type'];
      username?: string | null;
      clientId?: string | null;
      tokenUrl?: string | null;
      secretSet: boolean;
    };
    /** @description A connector. `refSystem` is the external-reference system its ticket ids are recorded under (derived from the first name, never changes); `webhookUrl` is where the desk calls Medley, signing each call with the webhook secret or sending a bearer token it got at `webhookTokenUrl` (OAuth2 client credentials: client id `webhookClientId`, client secret the webhook secret). */
    'ConnectorApi.Connector': {
      /** Format: int64 */
      id: number;
      kind: components['schemas']['DeskKind'];
      name: string;
      refSystem: string;
      baseUrl: string;
      auth: components['schemas']['ConnectorApi.AuthView'];
      settings: {
        [key: string]: string;
      };
      statusMap: components['schemas']['ConnectorApi.StatusMapView'];
      webhookSecretSet: boolean;
      webhookUrl: string;
      webhookTokenUrl: string;
      webhookClientId: string;
      /** Format: int64 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description A connector as an admin writes it. On a change, `version` is required; a secret left out (null or blank) keeps the stored one, `webhookSecret: ""` removes it; `kind` cannot change. */
    'ConnectorApi.Input': {
      kind?: components['schemas']['DeskKind'] | null;
      name?: string | null;
      baseUrl?: string | null;
      auth?: components['schemas']['ConnectorApi.AuthInput'] | null;
      settings?: {
        [key: string]: string;
      } | null;
      statusMap?: components['schemas']['ConnectorApi.StatusMapInput'] | null;
      webhookSecret?: string | null;
      /** Format: int64 */
      version?: number | null;
    };
    'ConnectorApi.Page': {
      items: components['schemas']['ConnectorApi.Connector'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    /** @description Status mapping on top of the protocol's defaults: `inbound` desk status (lower case) → a meaning (IN_PROGRESS, ON_HOLD, RESOLVED, CANCELLED, REJECTED); `outbound` Medley status → desk status. */
    'ConnectorApi.StatusMapInput': {
      inbound?: {
        [key: string]: string;
      } | null;
      outbound?: {
        [key: string]: string;
      } | null;
    };
    'ConnectorApi.StatusMapView': {
      inbound: {
        [key: string]: string;
      };
      outbound: {
        [key: string]: string;
      };
    };
    /** @description Whether Medley reached the desk with the stored credentials, and how long that took. */
    'ConnectorApi.TestResult': {
      ok: boolean;
      detail: string;
      /** Format: int64 */
      millis: number;
    };
    /**
     * @description How a connector is doing, as its operations page colours it: FAILING while it holds dead letters or its latest word was an error; DEGRADED while an update has waited longer than #SLOW (the desk is slow or retrying); OK otherwise. A desk that pushes its events through a hub listener is FAILING while its hub refused Medley's registration, and at best DEGRADED while the registration is being retried after an error.
     * @enum {string}
     */
    ConnectorHealth: 'OK' | 'DEGRADED' | 'FAILING';
    /** @description An application whose status, bus factor or covered hours would change. */
    'CoverageForecast.Change': {
      /** Format: int64 */
      applicationId: number;
      name: string;
      before: components['schemas']['CoverageStatus'];
      after: components['schemas']['CoverageStatus'];
      /** Format: int32 */
      busFactorBefore: number;
      /** Format: int32 */
      busFactorAfter: number;
      /** Format: double */
      windowCoverageBefore: number;
      /** Format: double */
      windowCoverageAfter: number;
    };
    'CoverageForecast.Counts': {
      /** Format: int32 */
      good: number;
      /** Format: int32 */
      risk: number;
      /** Format: int32 */
      gap: number;
    };
    'CoverageForecast.Forecast': {
      before: components['schemas']['CoverageForecast.Counts'];
      after: components['schemas']['CoverageForecast.Counts'];
      changes: components['schemas']['CoverageForecast.Change'][];
    };
    /** @description One application at RISK or GAP, or with a bus factor of 1. */
    'CoverageRisk.Application': {
      /** Format: int64 */
      id: number;
      name: string;
      /** Format: int32 */
      criticality: number;
      status: components['schemas']['CoverageStatus'];
      /** Format: int32 */
      busFactor: number;
    };
    /** @description Per week (Monday, local) the matrix as last seen in it; weeks with no record are left out. now: the matrix now; attention: applications at RISK or GAP or with one expert, most critical first */
    'CoverageRiskHistory.Answer': {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      weeks: components['schemas']['CoverageRiskHistory.Week'][];
      now: components['schemas']['CoverageRiskHistory.Week'];
      byCriticality: components['schemas']['CoverageRiskHistory.ByCriticality'][];
      attention: components['schemas']['CoverageRisk.Application'][];
    };
    /** @description Bus-factor-1 applications of one criticality (1 most critical) */
    'CoverageRiskHistory.ByCriticality': {
      /** Format: int32 */
      criticality: number;
      /** Format: int32 */
      busFactorOne: number;
      /** Format: int32 */
      risk: number;
      /** Format: int32 */
      gap: number;
    };
    'CoverageRiskHistory.Week': {
      /** Format: date */
      weekStart: string;
      /** Format: int32 */
      good: number;
      /** Format: int32 */
      risk: number;
      /** Format: int32 */
      gap: number;
      /** Format: int32 */
      busFactorOne: number;
    };
    /** @description The thresholds of the coverage matrix, configurable under `medley.coverage.*`. */
    CoverageRules: {
      /**
       * Format: int32
       * @description skill level from which a person counts toward the bus factor (3: independent at L2)
       */
      expertLevel: number;
      /**
       * Format: int32
       * @description experts an application needs to be GOOD
       */
      goodMinExperts: number;
      /**
       * Format: int32
       * @description at most this many experts is a GAP (0: nobody)
       */
      gapMaxExperts: number;
      /**
       * Format: double
       * @description share of the required support window (0--1) the experts' shifts must cover for GOOD
       */
      goodMinWindow: number;
      /**
       * Format: double
       * @description a covered share at or below this is a GAP
       */
      gapMaxWindow: number;
      /**
       * Format: double
       * @description a week with load above capacity times this is an overloaded week
       */
      burnoutLoadRatio: number;
      /**
       * Format: int32
       * @description overloaded weeks that make a burnout flag ...
       */
      burnoutWeeks: number;
      /**
       * Format: int32
       * @description ... among this many most recent weeks
       */
      burnoutOutOf: number;
    };
    /**
     * @description How well an application is covered, worst last in severity order: GAP, RISK, GOOD.
     * @enum {string}
     */
    CoverageStatus: 'GOOD' | 'RISK' | 'GAP';
    /** @enum {string} */
    'DeskConnection.Auth.Type': 'NONE' | 'TOKEN' | 'BASIC' | 'OAUTH2_CLIENT';
    /** @enum {string} */
    DeskKind: 'REQUEST_TRACKER' | 'SERVICENOW' | 'JIRA_SM' | 'TMF621' | 'EMAIL';
    /** @description A device to create or change. `connected` defaults to false; `ipAddress` and `macAddress` only for a connected device. The support contract names a vendor or one of the hospital's engagements (an HTM partner), not both. `version` is required to change one. */
    'DeviceApi.DeviceInput': {
      /** Format: int64 */
      modelId?: number | null;
      assetTag?: string | null;
      serial?: string | null;
      site?: string | null;
      building?: string | null;
      unit?: string | null;
      room?: string | null;
      department?: string | null;
      status?: components['schemas']['DeviceStatus'] | null;
      connected?: boolean | null;
      ipAddress?: string | null;
      macAddress?: string | null;
      firmware?: string | null;
      contractVendor?: string | null;
      /** Format: int64 */
      contractEngagementId?: number | null;
      /** Format: date */
      contractEndsOn?: string | null;
      /** Format: date */
      acquiredOn?: string | null;
      /** Format: double */
      acquisitionCost?: number | null;
      /** Format: date */
      endOfSupport?: string | null;
      /** Format: int64 */
      version?: number | null;
    };
    'DeviceApi.DeviceView': {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      modelId: number;
      manufacturer: string;
      model: string;
      deviceClass: string;
      risk: components['schemas']['RiskLevel'];
      assetTag: string;
      serial: string;
      site: string;
      building?: string | null;
      unit?: string | null;
      room?: string | null;
      department?: string | null;
      status: components['schemas']['DeviceStatus'];
      connected: boolean;
      ipAddress?: string | null;
      macAddress?: string | null;
      firmware?: string | null;
      contractVendor?: string | null;
      /** Format: int64 */
      contractEngagementId?: number | null;
      /** Format: date */
      contractEndsOn?: string | null;
      /** Format: date */
      acquiredOn?: string | null;
      acquisitionCost?: number | null;
      /** Format: date */
      endOfSupport?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: int64 */
      version: number;
    };
    /** @description Every row's outcome, refused rows with their reasons; the others were written. */
    'DeviceApi.ImportReport': {
      /** Format: int32 */
      created: number;
      /** Format: int32 */
      updated: number;
      /** Format: int32 */
      refused: number;
      rows: components['schemas']['DeviceApi.ImportRow'][];
    };
    /** @description One data row of an imported file: line 1 is the header. */
    'DeviceApi.ImportRow': {
      /** Format: int32 */
      line: number;
      assetTag?: string | null;
      outcome: components['schemas']['DeviceApi.Outcome'];
      /** Format: int64 */
      deviceId?: number | null;
      problems: components['schemas']['Spreadsheet.RowError'][];
    };
    /** @description A model to create or change; `version` is required to change one (409 if stale). */
    'DeviceApi.ModelInput': {
      manufacturer?: string | null;
      model?: string | null;
      deviceClass?: string | null;
      risk?: components['schemas']['RiskLevel'] | null;
      /** Format: int32 */
      pmIntervalMonths?: number | null;
      pmProcedure?: string | null;
      /** Format: double */
      replacementCost?: number | null;
      /** Format: int64 */
      version?: number | null;
    };
    'DeviceApi.ModelView': {
      /** Format: int64 */
      id: number;
      manufacturer: string;
      model: string;
      deviceClass: string;
      risk: components['schemas']['RiskLevel'];
      /** Format: int32 */
      pmIntervalMonths?: number | null;
      pmProcedure?: string | null;
      replacementCost?: number | null;
      /** Format: int64 */
      devices: number;
      /** Format: int64 */
      version: number;
    };
    /**
     * @description What became of one row of an import.
     * @enum {string}
     */
    'DeviceApi.Outcome': 'CREATED' | 'UPDATED' | 'REFUSED';
    'DeviceApi.Page_DeviceApi.DeviceView_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    /**
     * @description Where a device stands in the fleet. The one list of device statuses (API, import, SPA).
     * @enum {string}
     */
    DeviceStatus: 'IN_SERVICE' | 'OUT_FOR_REPAIR' | 'CANNOT_LOCATE' | 'RETIRED';
    'EbondingOperations.DeadLetterPage': {
      items: components['schemas']['EbondingOperations.DeadLetterView'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'EbondingOperations.DeadLetterView': {
      eventId: string;
      /** Format: int64 */
      connectorId: number;
      /** Format: int64 */
      ticketId: number;
      ticketNumber?: string | null;
      kind?: string | null;
      /** Format: int32 */
      attempts: number;
      lastError?: string | null;
      /** Format: date-time */
      parkedAt: string;
      /** Format: date-time */
      createdAt: string;
      payload?: string | null;
    };
    'EbondingOperations.Status': {
      /** Format: int64 */
      connectorId: number;
      health: components['schemas']['ConnectorHealth'];
      /** Format: date-time */
      lastSyncAt?: string | null;
      lastError?: string | null;
      /** Format: int64 */
      queued: number;
      /** Format: int64 */
      failed: number;
      /** Format: int64 */
      oldestPendingAgeSeconds?: number | null;
      polled: boolean;
      /** Format: date-time */
      lastPolledAt?: string | null;
      hub?: components['schemas']['HubSubscriptions.View'] | null;
    };
    'EbondingOperations.SyncLine': {
      /** Format: int64 */
      connectorId: number;
      connectorName: string;
      externalId?: string | null;
      display?: string | null;
      /** Format: date-time */
      lastSyncedAt?: string | null;
      lastError?: string | null;
      /** Format: date-time */
      lastErrorAt?: string | null;
      /** Format: int64 */
      pending: number;
    };
    'EbondingOperationsController.DiscardRequest': {
      reason: string;
    };
    /** @description What a leader chooses from when recording an engagement, in one read. */
    'EngagementApi.Choices': {
      partners: components['schemas']['EngagementApi.PartnerRef'][];
      managers: components['schemas']['EngagementApi.ManagerChoice'][];
      groups: components['schemas']['EngagementApi.GroupChoice'][];
      staffingRequests: components['schemas']['EngagementApi.RequestRef'][];
      desks: components['schemas']['EngagementApi.DeskRef'][];
    };
    /** @description A partner-desk connector: `kind` is its protocol (e.g. REQUEST_TRACKER). */
    'EngagementApi.DeskRef': {
      /** Format: int64 */
      id: number;
      name: string;
      kind: string;
    };
    'EngagementApi.Ending': {
      reason: string;
      /** Format: int64 */
      version: number;
    };
    'EngagementApi.Event': {
      action: string;
      actor: string;
      actorName: string;
      /** Format: date-time */
      at: string;
      detail?: string | null;
    };
    /** @description A partner group to choose, and the engagement that provides it now, if any. */
    'EngagementApi.GroupChoice': {
      /** Format: int64 */
      id: number;
      name: string;
      tier: string;
      /** Format: int64 */
      partnerId: number;
      /** Format: int64 */
      engagementId?: number | null;
      engagementName?: string | null;
    };
    'EngagementApi.GroupRef': {
      /** Format: int64 */
      id: number;
      name: string;
      tier: string;
    };
    /** @description An engagement as recorded or changed. `partnerId` is required when recording and cannot change afterwards; `groupIds` replaces the groups the engagement provides; `version` is required on a change; `connectorId` names the partner's desk (one of the hospital's connectors, see the choices) or none. */
    'EngagementApi.Input': {
      /** Format: int64 */
      partnerId?: number | null;
      name: string;
      scope: string;
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn?: string | null;
      /** Format: int64 */
      managerAccountId?: number | null;
      /** Format: int64 */
      staffingRequestId?: number | null;
      groupIds?: number[] | null;
      /** Format: int64 */
      connectorId?: number | null;
      /** Format: int64 */
      version?: number | null;
      agreementReference?: string | null;
    };
    'EngagementApi.ManagerChoice': {
      /** Format: int64 */
      id: number;
      name: string;
      title?: string | null;
      /** Format: int64 */
      partnerId: number;
    };
    'EngagementApi.PartnerRef': {
      /** Format: int64 */
      id: number;
      name: string;
    };
    'EngagementApi.PersonRef': {
      /** Format: int64 */
      id: number;
      name: string;
      title?: string | null;
      email?: string | null;
    };
    'EngagementApi.RequestRef': {
      /** Format: int64 */
      id: number;
      title: string;
    };
    /** @description An engagement as read; `history` only on the single read. */
    'EngagementApi.View': {
      /** Format: int64 */
      id: number;
      partner: components['schemas']['EngagementApi.PartnerRef'];
      name: string;
      scope: string;
      status: string;
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn?: string | null;
      /** Format: date-time */
      endedAt?: string | null;
      endedBy?: string | null;
      manager?: components['schemas']['EngagementApi.PersonRef'] | null;
      staffingRequest?: components['schemas']['EngagementApi.RequestRef'] | null;
      groups: components['schemas']['EngagementApi.GroupRef'][];
      /** Format: int64 */
      connectorId?: number | null;
      connector?: components['schemas']['EngagementApi.DeskRef'] | null;
      /** Format: int64 */
      proposalId?: number | null;
      agreementReference?: string | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: int64 */
      version: number;
      history?: components['schemas']['EngagementApi.Event'][] | null;
    };
    'GoLiveApi.ApplicationRef': {
      /** Format: int64 */
      id: number;
      name: string;
      category: string;
    };
    'GoLiveApi.Cancel': {
      reason: string;
      /** Format: int64 */
      version?: number | null;
    };
    /** @description The application over the window: usual cover and volume, then with surge and plan. */
    'GoLiveApi.Coverage': {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      until: string;
      /** Format: int32 */
      windowHours: number;
      /** Format: double */
      effortHoursPerTicket: number;
      before: components['schemas']['SurgeCoverage.Side'];
      after: components['schemas']['SurgeCoverage.Side'];
      stillShort: components['schemas']['GoLiveApi.Short'];
    };
    /** @description Tickets per day: usual (`baselinePerDay`) and expected during the window, with the multiplier, where it came from and the history behind it; `daysBefore` and `daysAfter` are the periods a past event's ratio compares. `method` RATIO: expected is baseline × multiplier; VOLUME (no usual volume yet, a first go-live): expected is the median tickets per day after the history's go-lives, and the multiplier is null. */
    'GoLiveApi.Estimate': {
      /** Format: double */
      baselinePerDay: number;
      /** Format: double */
      expectedPerDay: number;
      /** Format: double */
      multiplier?: number | null;
      basis: string;
      method: string;
      /** Format: int32 */
      daysBefore: number;
      /** Format: int32 */
      daysAfter: number;
      history: components['schemas']['GoLiveApi.HistoryPoint'][];
    };
    /** @description An event as read; estimate, plan, coverage and history only on the single-event read. */
    'GoLiveApi.GoLiveView': {
      /** Format: int64 */
      id: number;
      application: components['schemas']['GoLiveApi.ApplicationRef'];
      kind: string;
      title: string;
      status: string;
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn: string;
      notes?: string | null;
      staffingRequest?: components['schemas']['GoLiveApi.RequestRef'] | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: int64 */
      version: number;
      estimate?: components['schemas']['GoLiveApi.Estimate'] | null;
      plan?: components['schemas']['GoLiveApi.PlanEntry'][] | null;
      coverage?: components['schemas']['GoLiveApi.Coverage'] | null;
      history?: components['schemas']['Api.Event'][] | null;
    };
    /** @description A past event the estimate looked at: tickets per day before and after it, and the ratio it counts with, null when it gave none; `capped` when after/before was larger than that. */
    'GoLiveApi.HistoryPoint': {
      /** Format: int64 */
      applicationId: number;
      application: string;
      /** Format: date */
      wentLiveOn: string;
      kind: string;
      /** Format: double */
      beforePerDay: number;
      /** Format: double */
      afterPerDay: number;
      /** Format: double */
      ratio?: number | null;
      capped: boolean;
    };
    'GoLiveApi.NewEntry': {
      /** Format: int64 */
      staffId?: number | null;
      name?: string | null;
      tier: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      role?: string | null;
    };
    /** @description Someone in the command center; `kind` INTERNAL, CONTRACTED or OUTSIDER (no staff id). */
    'GoLiveApi.PlanEntry': {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      staffId?: number | null;
      name: string;
      kind: string;
      employer?: string | null;
      tier: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: double */
      hours: number;
      role?: string | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    'GoLiveApi.RequestRef': {
      /** Format: int64 */
      id: number;
      title: string;
      status: string;
    };
    /** @description What a staffing request for this event would ask for now; `peopleNeeded` 0: nothing. */
    'GoLiveApi.Short': {
      /** Format: double */
      surgeHours: number;
      /** Format: double */
      surgeHoursLeft: number;
      /** Format: int32 */
      uncoveredHours: number;
      /** Format: double */
      shortHours: number;
      /** Format: double */
      hoursPerWeek: number;
      /** Format: int32 */
      expertsShort: number;
      /** Format: int32 */
      peopleNeeded: number;
      reasons: string[];
    };
    /** @description A step of the state machine; `version`, when given, must be the one read. */
    'GoLiveApi.Step': {
      reason?: string | null;
      /** Format: int64 */
      version?: number | null;
    };
    /** @description A new event, or (with `version`) an event's terms replaced. */
    'GoLiveApi.Terms': {
      /** Format: int64 */
      applicationId: number;
      kind: string;
      title?: string | null;
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn: string;
      notes?: string | null;
      /** Format: int64 */
      version?: number | null;
    };
    /** @description A holiday of a business calendar as the API carries it. `date` is an ISO local date; a holiday without `open` intervals (null or empty) is closed all day, one with them is open only then, instead of the weekday's usual hours. */
    HolidaySpec: {
      date: string;
      name: string;
      /** @description Omitted or empty: closed all day; always present (maybe empty) as read */
      open?: components['schemas']['IntervalSpec'][];
    };
    'HospitalSettings.AuditEntry': {
      /** Format: date-time */
      at: string;
      actor: string;
      actorName: string;
      detail: string;
    };
    'HospitalSettings.AuditPage': {
      items: components['schemas']['HospitalSettings.AuditEntry'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'HospitalSettings.Change': {
      name: string;
      timeZone: string;
      reopenWindow: string;
      maskedNames: string[];
      supportEmail?: string | null;
      /** Format: int64 */
      defaultCalendarId?: number | null;
      /** Format: int64 */
      version: number;
    };
    'HospitalSettings.Settings': {
      name: string;
      timeZone: string;
      reopenWindow: string;
      maskedNames: string[];
      supportEmail?: string | null;
      /** Format: int64 */
      defaultCalendarId?: number | null;
      /** Format: int64 */
      version: number;
    };
    /**
     * @description Where a registration stands.
     * @enum {string}
     */
    'HubRegistration.HubState':
      'SUBSCRIBING' | 'SUBSCRIBED' | 'UNSUBSCRIBING' | 'UNSUBSCRIBED' | 'FAILED';
    /** @description What a connector's registration stands at, for its operations view. */
    'HubSubscriptions.View': {
      state: components['schemas']['HubRegistration.HubState'];
      hubId?: string | null;
      hubUrl?: string | null;
      callback: string;
      lastError?: string | null;
      /** Format: date-time */
      lastErrorAt?: string | null;
      /** Format: date-time */
      changedAt: string;
    };
    'Inputs.Application': {
      name: string;
      vendor: string;
      /** Format: int64 */
      vendorId?: number | null;
      category: string;
      /** Format: int32 */
      criticality: number;
      lifecycle: string;
      /** Format: int64 */
      calendarId: number;
      /** Format: int64 */
      version?: number | null;
      aliases?: string[] | null;
    };
    'Inputs.Contractor': {
      name: string;
      /** Format: double */
      capacityHours: number;
      zone: string;
      shifts: components['schemas']['Inputs.ShiftInput'][];
      skills: components['schemas']['Inputs.SkillLevel'][];
    };
    'Inputs.ShiftInput': {
      day: string;
      from: string;
      to: string;
    };
    'Inputs.Skill': {
      /** Format: int64 */
      staffId: number;
      /** Format: int64 */
      applicationId: number;
      /** Format: int32 */
      level: number;
      /** Format: date */
      verifiedOn?: string | null;
    };
    'Inputs.SkillLevel': {
      /** Format: int64 */
      applicationId: number;
      /** Format: int32 */
      level: number;
    };
    'Inputs.Staff': {
      name: string;
      /** Format: email */
      email: string;
      kind: string;
      /** Format: int64 */
      employerId?: number | null;
      team?: string | null;
      zone: string;
      /** Format: double */
      capacityHours: number;
      shifts: components['schemas']['Inputs.ShiftInput'][];
      /** Format: int64 */
      version?: number | null;
      /** Format: int64 */
      accountId?: number | null;
    };
    'Inputs.WhatIf': {
      removeStaffIds?: number[] | null;
      addContracted?: components['schemas']['Inputs.Contractor'][] | null;
    };
    /**
     * @description Day, week (Monday to Sunday) or month, as `/api/sla/compliance` has them.
     * @enum {string}
     */
    'InsightQuery.Period': 'DAY' | 'WEEK' | 'MONTH';
    /** @description An open interval of a business calendar as the API carries it: local times `"HH:mm"`. An interval whose `to` is not after its `from` runs past midnight into the next day (`22:00`--`06:00`); `00:00`--`00:00` is the whole day. */
    IntervalSpec: {
      from: string;
      to: string;
    };
    /**
     * @description How one ticket relates to another, read from the ticket that names the other. Each type reads differently from the far side: A `DUPLICATE_OF` B shows on B as "duplicated by A".
     * @enum {string}
     */
    LinkType: 'DUPLICATE_OF' | 'CAUSED_BY' | 'RELATED_TO';
    /**
     * @description The link as one of its two tickets sees it.
     * @enum {string}
     */
    'LinkType.Relation': 'DUPLICATE_OF' | 'DUPLICATED_BY' | 'CAUSED_BY' | 'CAUSES' | 'RELATED_TO';
    'LoginController.LoginRequest': {
      username: string;
      password: string;
    };
    'LoginController.LoginResponse': {
      access_token: string;
      token_type: string;
      /** Format: int32 */
      expires_in: number;
      username: string;
      roles: string[];
    };
    /** @description Who the caller is, as the SPA needs it to draw its shell. */
    Me: {
      username: string;
      displayName: string;
      roles: string[];
      organization: components['schemas']['Me.OrganizationRef'];
    };
    'Me.OrganizationRef': {
      /** Format: int64 */
      id: number;
      name: string;
      kind: components['schemas']['OrganizationKind'];
    };
    'Notifications.NotificationPage': {
      items: components['schemas']['Notifications.NotificationView'][];
      /** Format: int64 */
      unread: number;
    };
    'Notifications.NotificationView': {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      ticketId?: number | null;
      kind: string;
      message: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      readAt?: string | null;
    };
    /** @description An OLA as the API takes it; enums as strings so every mistake names its field. */
    OlaInput: {
      /** Format: int64 */
      engagementId?: number | null;
      /** Format: int64 */
      calendarId?: number | null;
      response?: string | null;
      resolution?: string | null;
      pauseOn?: string[] | null;
      warnings?: number[] | null;
      breachActions?: string[] | null;
      /** Format: int64 */
      version?: number | null;
    };
    /** @description An engagement's OLA as the API shows it; names for display beside the ids. */
    OlaView: {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      engagementId: number;
      engagementName?: string | null;
      /** Format: int64 */
      partnerId: number;
      partnerName?: string | null;
      /** Format: int64 */
      calendarId: number;
      response: string;
      resolution: string;
      pauseOn: string[];
      warnings: number[];
      breachActions: components['schemas']['BreachAction'][];
      /** Format: int64 */
      version: number;
    };
    /**
     * @description A health system is a tenant; partners and vendors work for tenants.
     * @enum {string}
     */
    OrganizationKind: 'HEALTH_SYSTEM' | 'PARTNER' | 'VENDOR';
    'PartnerApi.Agreement': {
      reference: string;
      /** Format: date */
      effectiveFrom: string;
      /** Format: date */
      effectiveUntil?: string | null;
    };
    /** @description What a partner manager saves: the whole profile and the version read. */
    'PartnerApi.Input': {
      summary?: string | null;
      regions?: string[] | null;
      tiers?: string[] | null;
      certifications?: string[] | null;
      offerings?: components['schemas']['PartnerProfile.Offering'][] | null;
      capabilities?: components['schemas']['PartnerProfile.Level'][] | null;
      people?: components['schemas']['PartnerProfile.Person'][] | null;
      /** Format: int64 */
      version: number;
    };
    'PartnerApi.LevelView': {
      /** Format: int64 */
      applicationId: number;
      application: string;
      /** Format: int32 */
      level: number;
    };
    'PartnerApi.PersonView': {
      name: string;
      email?: string | null;
      title?: string | null;
      zone: string;
      /** Format: double */
      capacityHours: number;
      shifts: components['schemas']['PartnerProfile.ShiftText'][];
      skills: components['schemas']['PartnerApi.LevelView'][];
    };
    /** @description A partner's whole profile; `version` 0 and no `updatedAt` before its first save. */
    'PartnerApi.Profile': {
      /** Format: int64 */
      id: number;
      name: string;
      summary?: string | null;
      regions: string[];
      tiers: string[];
      certifications: string[];
      offerings: components['schemas']['PartnerProfile.Offering'][];
      capabilities: components['schemas']['PartnerApi.LevelView'][];
      people: components['schemas']['PartnerApi.PersonView'][];
      agreement?: components['schemas']['PartnerApi.Agreement'] | null;
      /** Format: int32 */
      activeEngagements: number;
      /** Format: int64 */
      version: number;
      /** Format: date-time */
      updatedAt?: string | null;
      updatedBy?: string | null;
    };
    'PartnerProfile.Level': {
      /** Format: int64 */
      applicationId: number;
      /** Format: int32 */
      level: number;
    };
    'PartnerProfile.Offering': {
      kind: string;
      description?: string | null;
      rates?: components['schemas']['PartnerProfile.Rate'][] | null;
    };
    /** @description A named person the partner can put forward, with skills and weekly shifts. */
    'PartnerProfile.Person': {
      name: string;
      /** Format: email */
      email?: string | null;
      title?: string | null;
      zone: string;
      /** Format: double */
      capacityHours: number;
      shifts: components['schemas']['PartnerProfile.ShiftText'][];
      skills: components['schemas']['PartnerProfile.Level'][];
    };
    'PartnerProfile.Rate': {
      role: string;
      /** Format: double */
      hourlyRate: number;
    };
    'PartnerProfile.ShiftText': {
      day: string;
      from: string;
      to: string;
    };
    'PasswordLinkController.NewPassword': {
      token: string;
      password: string;
    };
    'PasswordLinkController.TokenBody': {
      token: string;
    };
    /** @enum {string} */
    'PasswordLinks.Purpose': 'INVITATION' | 'RESET';
    /**
     * @description Why a ticket waits: the clock of the waiting party, not the desk's, is running.
     * @enum {string}
     */
    PendingReason: 'CUSTOMER' | 'VENDOR' | 'PARTNER' | 'CHANGE';
    'PhiAccessController.Page': {
      items: components['schemas']['StoredPhiAccessLog.Entry'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    /** @description What an SLA policy or an OLA gets for a term it leaves out, for forms to start from. */
    PolicyDefaults: {
      pauseOn: string[];
    };
    /** @description An SLA policy as the API takes it; enums as strings so every mistake names its field. */
    PolicyInput: {
      name?: string | null;
      ticketType?: string | null;
      priority?: string | null;
      /** Format: int32 */
      criticality?: number | null;
      /** Format: int64 */
      organizationId?: number | null;
      /** Format: int64 */
      engagementId?: number | null;
      /** Format: int64 */
      calendarId?: number | null;
      response?: string | null;
      resolution?: string | null;
      responseMetBy?: string | null;
      pauseOn?: string[] | null;
      warnings?: number[] | null;
      breachActions?: string[] | null;
      onRetarget?: string | null;
      active?: boolean | null;
      /** Format: int64 */
      version?: number | null;
    };
    /** @description What a policy with these targets would promise a ticket opened at `start`. */
    PolicyPreview: {
      /** Format: date-time */
      start: string;
      /** Format: date-time */
      responseDue: string;
      /** Format: date-time */
      resolutionDue: string;
      calendar: string;
    };
    /** @description An SLA policy as the API shows it; the engagement criterion by name too. */
    PolicyView: {
      /** Format: int64 */
      id: number;
      name: string;
      ticketType?: components['schemas']['TicketType'] | null;
      priority?: components['schemas']['Priority'] | null;
      /** Format: int32 */
      criticality?: number | null;
      /** Format: int64 */
      organizationId?: number | null;
      /** Format: int64 */
      engagementId?: number | null;
      engagementName?: string | null;
      /** Format: int64 */
      calendarId: number;
      response: string;
      resolution: string;
      responseMetBy: components['schemas']['SlaPolicy.ResponseMetBy'];
      pauseOn: string[];
      warnings: number[];
      breachActions: components['schemas']['BreachAction'][];
      onRetarget: components['schemas']['SlaPolicy.Retarget'];
      active: boolean;
      /** Format: int64 */
      version: number;
    };
    /**
     * @description P1 is the most urgent.
     * @enum {string}
     */
    Priority: 'P1' | 'P2' | 'P3' | 'P4';
    /** @description An RFC 9457 problem document; `errors` names each offending field where there is one. Some problems carry extension members (RFC 9457 §3.2), e.g. a stale write's `currentVersion`. */
    Problem: {
      type: string;
      title: string;
      /** Format: int32 */
      status: number;
      detail?: string | null;
      instance?: string | null;
      errors: components['schemas']['Problem.FieldError'][];
    } & {
      [key: string]: unknown;
    };
    'Problem.FieldError': {
      field?: string | null;
      message: string;
    };
    'ProposalApi.Commitments': {
      /** Format: int32 */
      responseMinutes: number;
      /** Format: int32 */
      resolutionHours: number;
      notes?: string | null;
    };
    /** @description One proposal beside the others: what it costs and what it would do to the matrix. */
    'ProposalApi.Compared': {
      proposal: components['schemas']['ProposalApi.View'];
      whatIf: components['schemas']['CoverageForecast.Forecast'];
    };
    'ProposalApi.Comparison': {
      request: components['schemas']['Api.StaffingRequestView'];
      proposals: components['schemas']['ProposalApi.Compared'][];
    };
    'ProposalApi.Decision': {
      comment: string;
      /** Format: int64 */
      version: number;
    };
    /** @description A proposal as written; `staffingRequestId` counts on creation only. */
    'ProposalApi.Input': {
      /** Format: int64 */
      staffingRequestId?: number | null;
      people: components['schemas']['PartnerProfile.Person'][];
      /** Format: double */
      hourlyRate: number;
      tier: string;
      commitments: components['schemas']['ProposalApi.Commitments'];
      /** Format: date */
      startsOn: string;
      notes?: string | null;
      /** Format: int64 */
      version?: number | null;
    };
    /** @description A partner ranked for a request, whether it sees the request and how many proposals it made. */
    'ProposalApi.MatchView': {
      /** Format: int64 */
      partnerId: number;
      name: string;
      /** Format: int32 */
      score: number;
      /** Format: int32 */
      applicationsCovered: number;
      /** Format: int32 */
      applicationsRequested: number;
      /** Format: double */
      windowCoverage: number;
      reasons: string[];
      published: boolean;
      /** Format: int32 */
      proposals: number;
    };
    'ProposalApi.Matches': {
      items: components['schemas']['ProposalApi.MatchView'][];
    };
    'ProposalApi.Page': {
      items: components['schemas']['ProposalApi.View'][];
      /** Format: int32 */
      total: number;
    };
    'ProposalApi.Ref': {
      /** Format: int64 */
      id: number;
      name: string;
    };
    'ProposalApi.RequestRef': {
      /** Format: int64 */
      id: number;
      title: string;
    };
    'ProposalApi.Step': {
      /** Format: int64 */
      version: number;
      reason?: string | null;
    };
    'ProposalApi.View': {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      staffingRequestId: number;
      request: components['schemas']['ProposalApi.RequestRef'];
      partner: components['schemas']['ProposalApi.Ref'];
      status: string;
      people: components['schemas']['PartnerApi.PersonView'][];
      /** Format: double */
      hourlyRate: number;
      /** Format: double */
      weeklyCost: number;
      tier: string;
      commitments: components['schemas']['ProposalApi.Commitments'];
      /** Format: date */
      startsOn: string;
      /** Format: date */
      endsOn?: string | null;
      notes?: string | null;
      decisionComment?: string | null;
      decidedBy?: string | null;
      /** Format: date-time */
      decidedAt?: string | null;
      /** Format: int64 */
      engagementId?: number | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      submittedAt?: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** Format: int64 */
      version: number;
      history?: components['schemas']['Api.Event'][] | null;
    };
    /** @description What a rebuild did: per read model and tenant, how long it took */
    'ReadModels.Rebuilt': {
      models: components['schemas']['ReadModels.Rebuilt.Entry'][];
    };
    'ReadModels.Rebuilt.Entry': {
      model: string;
      /** Format: int64 */
      tenantId: number;
      /** Format: int64 */
      millis: number;
    };
    'ReferenceController.ReferenceRequest': {
      externalId: string;
    };
    /**
     * @description Where a device's replacement cost comes from: its model's price, or what it cost itself.
     * @enum {string}
     */
    'ReplacementApi.CostSource': 'MODEL' | 'ACQUISITION';
    /** @description Faults reported that the technician could not reproduce, per model and unit: train here. */
    'ReplacementApi.CouldNotDuplicate': {
      /** Format: int64 */
      modelId: number;
      manufacturer: string;
      model: string;
      site: string;
      unit?: string | null;
      /** Format: int32 */
      count: number;
    };
    /** @description A model's uptime over its devices in the plan: their downtime over their periods. */
    'ReplacementApi.ModelUptime': {
      /** Format: int64 */
      modelId: number;
      manufacturer: string;
      model: string;
      /** Format: int32 */
      devices: number;
      /** Format: double */
      downtimeHours: number;
      /** Format: double */
      uptimePercent?: number | null;
      /** Format: int32 */
      correctiveCount: number;
      /** Format: int32 */
      couldNotDuplicateCount: number;
    };
    /** @description A page of the ranked plan, with the period it was counted in, the labour rate used, the uptime per model and the "could not duplicate" counts (most first, at most ReplacementPlan#MAX_TRAINING_ROWS) of every device the filters keep; `sites` and `deviceClasses` are every one the caller's devices have, for the filters. */
    'ReplacementApi.Plan': {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      laborRate: number;
      items: components['schemas']['ReplacementApi.Row'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
      models: components['schemas']['ReplacementApi.ModelUptime'][];
      couldNotDuplicate: components['schemas']['ReplacementApi.CouldNotDuplicate'][];
      sites: string[];
      deviceClasses: string[];
    };
    /** @description One device of the plan with the figures behind its rank. Costs, downtime and orders count in the period (from acquisition when that is later). */
    'ReplacementApi.Row': {
      /** Format: int32 */
      rank: number;
      /** Format: double */
      score: number;
      /** Format: int64 */
      deviceId: number;
      assetTag: string;
      /** Format: int64 */
      modelId: number;
      manufacturer: string;
      model: string;
      deviceClass: string;
      risk: components['schemas']['RiskLevel'];
      site: string;
      unit?: string | null;
      status: components['schemas']['DeviceStatus'];
      /** Format: date */
      acquiredOn?: string | null;
      /** Format: double */
      ageYears?: number | null;
      /** Format: date */
      endOfSupport?: string | null;
      support: components['schemas']['ReplacementScore.Support'];
      repairCost: number;
      /** Format: int32 */
      laborMinutes: number;
      partsCost: number;
      replacementCost?: number | null;
      replacementCostSource?: components['schemas']['ReplacementApi.CostSource'] | null;
      repairToReplacement?: number | null;
      /** Format: double */
      downtimeHours: number;
      /** Format: double */
      uptimePercent?: number | null;
      /** Format: int32 */
      correctiveCount: number;
      /** Format: int32 */
      couldNotDuplicateCount: number;
    };
    /**
     * @description Where the end of support stands on a day.
     * @enum {string}
     */
    'ReplacementScore.Support': 'PAST' | 'WITHIN_A_YEAR' | 'LATER' | 'UNKNOWN';
    /**
     * @description How a ticket was resolved; reported in compliance and reopen figures.
     * @enum {string}
     */
    ResolutionCode:
      | 'FIXED'
      | 'WORKAROUND'
      | 'REQUEST_FULFILLED'
      | 'NO_FAULT_FOUND'
      | 'DUPLICATE'
      | 'USER_ERROR'
      | 'VENDOR_FIX';
    /**
     * @description How much harm a device's failure can do, per model. Four levels rather than a numeric score because that is how accreditation reads a fleet: The Joint Commission (EC.02.04.01) asks that high-risk equipment, life-support equipment named among it, be maintained on schedule with no alternative strategy, while lower-risk equipment may follow the hospital's own plan (up to run to failure). A finer scale would be collapsed to these four by every report.
     * @enum {string}
     */
    RiskLevel: 'LOW' | 'MEDIUM' | 'HIGH' | 'LIFE_SUPPORT';
    'RoutingRuleAdmin.ApplicationRef': {
      /** Format: int64 */
      id: number;
      name: string;
    };
    'RoutingRuleAdmin.AuditPage': {
      items: components['schemas']['RoutingRuleStore.AuditEntry'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'RoutingRuleAdmin.DefaultView': {
      tier: components['schemas']['Tier'];
      group?: components['schemas']['RoutingRuleAdmin.GroupRef'] | null;
    };
    'RoutingRuleAdmin.EscalationView': {
      group: components['schemas']['RoutingRuleAdmin.GroupRef'];
      nextTier: components['schemas']['Tier'];
      target?: components['schemas']['RoutingRuleAdmin.GroupRef'] | null;
    };
    'RoutingRuleAdmin.GroupRef': {
      /** Format: int64 */
      id: number;
      name: string;
      tier: components['schemas']['Tier'];
      retired: boolean;
    };
    'RoutingRuleAdmin.MatchedRule': {
      /** Format: int64 */
      id: number;
      /** Format: int32 */
      position: number;
      description: string;
    };
    'RoutingRuleAdmin.PassedOver': {
      /** Format: int64 */
      ruleId: number;
      /** Format: int32 */
      position: number;
      description: string;
      reason: string;
    };
    'RoutingRuleAdmin.Preview': {
      tier: components['schemas']['Tier'];
      group?: components['schemas']['RoutingRuleAdmin.GroupRef'] | null;
      /** @description RULE, DEFAULT, FIRST_GROUP or NONE */
      basis: string;
      rule?: components['schemas']['RoutingRuleAdmin.MatchedRule'] | null;
      /** @description the decision in one sentence */
      explanation: string;
      passedOver: components['schemas']['RoutingRuleAdmin.PassedOver'][];
    };
    'RoutingRuleAdmin.RulePage': {
      items: components['schemas']['RoutingRuleAdmin.RuleView'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'RoutingRuleAdmin.RuleView': {
      /** Format: int64 */
      id: number;
      tier: components['schemas']['Tier'];
      /** Format: int32 */
      position: number;
      group: components['schemas']['RoutingRuleAdmin.GroupRef'];
      applications: components['schemas']['RoutingRuleAdmin.ApplicationRef'][];
      categories: string[];
      types: components['schemas']['TicketType'][];
      impacts: number[];
      departments: string[];
      locations: string[];
      titleWords: string[];
      description: string;
      /** Format: int64 */
      version: number;
      updatedBy: string;
      /** Format: date-time */
      updatedAt: string;
    };
    'RoutingRuleController.DefaultRequest': {
      /** Format: int64 */
      groupId?: number | null;
    };
    'RoutingRuleController.EscalationRequest': {
      /** Format: int64 */
      targetGroupId?: number | null;
    };
    'RoutingRuleController.OrderRequest': {
      tier: components['schemas']['Tier'];
      ids: number[];
    };
    'RoutingRuleController.PreviewRequest': {
      type: components['schemas']['TicketType'];
      /** Format: int64 */
      applicationId?: number | null;
      /** Format: int32 */
      impact: number;
      /** Format: int32 */
      urgency?: number | null;
      title: string;
      /** Format: int64 */
      requesterId?: number | null;
      tier?: components['schemas']['Tier'] | null;
    };
    /** @description A rule as written. Conditions are AND-ed; the values of one condition are alternatives; a condition left empty matches anything. At least one condition is required. */
    'RoutingRuleController.RuleRequest': {
      tier: components['schemas']['Tier'];
      /** Format: int64 */
      groupId: number;
      applicationIds?: number[] | null;
      categories?: string[] | null;
      types?: components['schemas']['TicketType'][] | null;
      impacts?: number[] | null;
      departments?: string[] | null;
      locations?: string[] | null;
      titleWords?: string[] | null;
      /** Format: int64 */
      version?: number | null;
    };
    'RoutingRuleStore.AuditEntry': {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      ruleId?: number | null;
      action: string;
      actor: string;
      /** Format: date-time */
      at: string;
      detail: string;
    };
    /** @description Open tickets held now: how many, and the oldest's and the median age in hours (null when none) */
    'ScorecardApi.Backlog': {
      /** Format: int64 */
      open: number;
      /** Format: double */
      oldestHours?: number | null;
      /** Format: double */
      medianHours?: number | null;
    };
    /** @description One partner's or engagement's scorecard for [from, to), with its weeks */
    'ScorecardApi.Card': {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      row: components['schemas']['ScorecardApi.Row'];
      weeks: components['schemas']['ScorecardApi.Week'][];
    };
    /** @description Timers that finished in the range and how many were met; rate = met / finished (0–1), null when none finished */
    'ScorecardApi.Compliance': {
      /** Format: int64 */
      met: number;
      /** Format: int64 */
      finished: number;
      /** Format: double */
      rate?: number | null;
    };
    /** @description Requesters' ratings (1–5) of tickets resolved in the range: their mean (null without any) and how many */
    'ScorecardApi.Csat': {
      /** Format: double */
      average?: number | null;
      /** Format: int64 */
      responses: number;
    };
    /**
     * @description Whose figures a row holds.
     * @enum {string}
     */
    'ScorecardApi.Kind': 'TEAM' | 'PARTNER' | 'ENGAGEMENT';
    /** @description count of the of resolved tickets; rate = count / of (0–1), null when of is 0 */
    'ScorecardApi.Ratio': {
      /** Format: int64 */
      count: number;
      /** Format: int64 */
      of: number;
      /** Format: double */
      rate?: number | null;
    };
    /** @description One team, partner or engagement. volume: tickets it resolved in the range (a ticket counts for the group holding it when resolved). olaCompliance is null for internal teams, which have no OLA. */
    'ScorecardApi.Row': {
      kind: components['schemas']['ScorecardApi.Kind'];
      /** Format: int64 */
      id: number;
      name: string;
      /** Format: int64 */
      partnerId?: number | null;
      /** @description An engagement's status today (PLANNED, ACTIVE, ENDED); null for others */
      status?: string | null;
      /** Format: int64 */
      volume: number;
      slaCompliance: components['schemas']['ScorecardApi.Compliance'];
      olaCompliance?: components['schemas']['ScorecardApi.Compliance'] | null;
      firstContactResolution: components['schemas']['ScorecardApi.Ratio'];
      reopenRate: components['schemas']['ScorecardApi.Ratio'];
      csat: components['schemas']['ScorecardApi.Csat'];
      backlog: components['schemas']['ScorecardApi.Backlog'];
    };
    /** @description Scorecards for [from, to): the hospital's teams, its partners and their engagements */
    'ScorecardApi.Scorecards': {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      rows: components['schemas']['ScorecardApi.Row'][];
    };
    /** @description One week of a card's range (the last one may be shorter); backlog is the card's, as of now */
    'ScorecardApi.Week': {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      /** Format: int64 */
      volume: number;
      slaCompliance: components['schemas']['ScorecardApi.Compliance'];
      olaCompliance?: components['schemas']['ScorecardApi.Compliance'] | null;
      firstContactResolution: components['schemas']['ScorecardApi.Ratio'];
      reopenRate: components['schemas']['ScorecardApi.Ratio'];
      csat: components['schemas']['ScorecardApi.Csat'];
    };
    'SetupAnswers.Done': {
      /** Format: int64 */
      organizationId: number;
      /** Format: int64 */
      defaultCalendarId: number;
      /** @description Built-in issuer: a bearer token for the new administrator */
      access_token?: string | null;
      token_type?: string | null;
      /** Format: int32 */
      expires_in?: number | null;
      username?: string | null;
      roles: string[];
    };
    /** @enum {string} */
    'SetupAnswers.Issuer': 'BUILT_IN' | 'OIDC';
    'SetupAnswers.Status': {
      /** @description Built-in issuer: no health system has an account yet. External issuer: the caller's tenant has no organisation in Medley yet */
      needed?: boolean;
      issuer: components['schemas']['SetupAnswers.Issuer'];
      /**
       * Format: int64
       * @description External issuer: the caller's tenant, from the token
       */
      tenantId?: number | null;
      /** @description External issuer: whether the caller's tenant exists */
      tenantExists?: boolean | null;
      /** @description Whether this caller (with this link) may finish the setup */
      mayFinish?: boolean;
      /** @description Built-in issuer, when ?token= is given: the link's state */
      link?: components['schemas']['SetupLink.State'] | null;
    };
    'SetupChecklist.Checklist': {
      steps: components['schemas']['SetupChecklist.Step'][];
      /** Format: int32 */
      done: number;
      /** Format: int32 */
      total: number;
    };
    'SetupChecklist.Step': {
      key: string;
      label: string;
      hint: string;
      link: string;
      /** Format: int64 */
      count: number;
      done: boolean;
    };
    /**
     * @description Built-in issuer, when ?token= is given: the link's state
     * @enum {string}
     */
    'SetupLink.State': 'VALID' | 'EXPIRED' | 'USED' | 'UNKNOWN';
    /** @description The setup screen's form: the organisation, its business hours and (built-in issuer) the first administrator with the setup link's token. Under an external issuer the token and the administrator are left out: the caller is the administrator. */
    SetupRequest: {
      /** @description The setup link's token (built-in issuer only) */
      token?: string | null;
      organization: components['schemas']['SetupRequest.Organization'];
      /** @description Monday to Friday opening hours of the default business calendar; omitted or null: the default calendar is 24x7 */
      businessHours?: components['schemas']['SetupRequest.BusinessHours'] | null;
      /** @description The first administrator (built-in issuer only) */
      admin?: components['schemas']['SetupRequest.Admin'] | null;
    };
    /** @description The first administrator (built-in issuer only) */
    'SetupRequest.Admin': {
      displayName: string;
      /**
       * Format: email
       * @description Also the sign-in name
       */
      email: string;
      password: string;
    };
    /** @description Monday to Friday opening hours of the default business calendar; omitted or null: the default calendar is 24x7 */
    'SetupRequest.BusinessHours': {
      /** @example 08:00 */
      from: string;
      /** @example 17:00 */
      to: string;
    };
    'SetupRequest.Organization': {
      name: string;
      /**
       * @description IANA time zone, e.g. America/Chicago
       * @example America/Chicago
       */
      timeZone: string;
    };
    'SlaController.OlaList': {
      items: components['schemas']['OlaView'][];
    };
    'SlaController.PolicyPage': {
      items: components['schemas']['PolicyView'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'SlaController.PreviewRequest': {
      /** Format: int64 */
      calendarId?: number | null;
      response?: string | null;
      resolution?: string | null;
      /** Format: date-time */
      start?: string | null;
    };
    /** @description A breached timer and where its ticket spent the time from the timer's start to the deadline (wall-clock milliseconds); cause is the status or holder that took the most of it */
    'SlaInsights.Breach': {
      /** Format: int64 */
      timerId: number;
      /** Format: int64 */
      ticketId: number;
      ticketNumber: string;
      /** @description Absent for PHI-flagged tickets */
      title?: string | null;
      kind: components['schemas']['TimerSettled.Kind'];
      target: components['schemas']['TimerSettled.Target'];
      priority: string;
      tier: string;
      /** Format: int64 */
      applicationId: number;
      /** Format: int64 */
      groupId?: number | null;
      group: string;
      provider: string;
      providerName: string;
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      breachedAt: string;
      cause: string;
      /** Format: int64 */
      causeMillis: number;
      byStatus: components['schemas']['SlaInsights.StatusTime'][];
      byHolder: components['schemas']['SlaInsights.HolderTime'][];
    };
    /** @description A page of breaches, and every matching breach counted by cause */
    'SlaInsights.Breaches': {
      items: components['schemas']['SlaInsights.Breach'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
      causes: components['schemas']['SlaInsights.CauseCount'][];
    };
    /** @description Breaches of one dominant cause, for the chart */
    'SlaInsights.CauseCount': {
      cause: string;
      /** Format: int64 */
      breaches: number;
      /** Format: int64 */
      causeMillis: number;
    };
    /** @description Finished timers and the share met; percentMet is absent when total is 0 */
    'SlaInsights.Figures': {
      /** Format: int64 */
      met: number;
      /** Format: int64 */
      breached: number;
      /** Format: int64 */
      total: number;
      /** Format: double */
      percentMet?: number | null;
    };
    /** @description One value of the dimension: key (a name, an id, INTERNAL, or 0 for none), its display name, its figures over the whole range and per period (empty periods left out) */
    'SlaInsights.Group': {
      key: string;
      label: string;
      overall: components['schemas']['SlaInsights.Figures'];
      periods: components['schemas']['SlaInsights.PeriodFigures'][];
    };
    /** @description Time spent with one group (groupId absent: no group); provider INTERNAL or a partner's id */
    'SlaInsights.HolderTime': {
      /** Format: int64 */
      groupId?: number | null;
      group: string;
      provider: string;
      providerName: string;
      /** Format: int64 */
      millis: number;
    };
    /** @description Compliance of timers that finished on the local days [from, to) */
    'SlaInsights.Performance': {
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      zone: string;
      period: components['schemas']['InsightQuery.Period'];
      groupBy: string;
      kind?: components['schemas']['TimerSettled.Kind'] | null;
      target?: components['schemas']['TimerSettled.Target'] | null;
      overall: components['schemas']['SlaInsights.Figures'];
      periods: components['schemas']['SlaInsights.PeriodFigures'][];
      groups: components['schemas']['SlaInsights.Group'][];
    };
    /** @description One day, week (from Monday) or month of local days */
    'SlaInsights.PeriodFigures': {
      /**
       * Format: date
       * @description The period's first local day
       */
      start?: string;
      /** Format: int64 */
      met: number;
      /** Format: int64 */
      breached: number;
      /** Format: int64 */
      total: number;
      /** Format: double */
      percentMet?: number | null;
    };
    /** @description A finished timer behind a figure, and its ticket */
    'SlaInsights.SettledTicket': {
      /** Format: int64 */
      timerId: number;
      /** Format: int64 */
      ticketId: number;
      ticketNumber: string;
      /** @description Absent for PHI-flagged tickets */
      title?: string | null;
      kind: components['schemas']['TimerSettled.Kind'];
      target: components['schemas']['TimerSettled.Target'];
      priority: string;
      tier: string;
      /** Format: int64 */
      applicationId: number;
      /** Format: int64 */
      groupId?: number | null;
      group: string;
      provider: string;
      providerName: string;
      /** Format: date-time */
      finishedAt: string;
      outcome: components['schemas']['TimerSettled.Outcome'];
    };
    /** @description A page of the timers behind a figure, newest first */
    'SlaInsights.SettledTickets': {
      items: components['schemas']['SlaInsights.SettledTicket'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    /** @description Time spent in one status (PENDING_VENDOR: pending on the vendor) */
    'SlaInsights.StatusTime': {
      status: string;
      /** Format: int64 */
      millis: number;
    };
    /** @enum {string} */
    'SlaPolicy.ResponseMetBy': 'EITHER' | 'ACKNOWLEDGED' | 'PUBLIC_REPLY';
    /** @enum {string} */
    'SlaPolicy.Retarget': 'CARRY_OVER' | 'RESTART';
    'SlaQueries.AtRisk': {
      /** Format: int64 */
      timerId: number;
      /** Format: int64 */
      ticketId: number;
      ticketNumber: string;
      kind: components['schemas']['TimerKind'];
      target: components['schemas']['Target'];
      priority: string;
      /** Format: int64 */
      groupId?: number | null;
      /** Format: int64 */
      assigneeId?: number | null;
      /** Format: date-time */
      dueAt: string;
      remaining: string;
      /** Format: int32 */
      percentUsed: number;
    };
    'SlaQueries.BreachingSoon': {
      /** Format: date-time */
      now: string;
      within: string;
      items: components['schemas']['SlaQueries.AtRisk'][];
    };
    'SlaQueries.TicketSla': {
      /** Format: int64 */
      ticketId: number;
      ticketNumber: string;
      /** Format: date-time */
      now: string;
      timers: components['schemas']['SlaQueries.TimerView'][];
    };
    /** @description One timer as read: `remaining` is business time (negative when late, ISO-8601) as of the answer's `now`, the one figure every screen shows; `runsUntil`, while the timer's business clock runs (running, calendar open), until when it runs on at most (the calendar's next closing, a day ahead at most), so a countdown ticks from `remaining` only so far; null when the clock stands still. `dueAt` is the wall-clock deadline; a paused timer has none. */
    'SlaQueries.TimerView': {
      /** Format: int64 */
      id: number;
      kind: components['schemas']['TimerKind'];
      target: components['schemas']['Target'];
      /** Format: int64 */
      partnerId?: number | null;
      state: components['schemas']['TimerState'];
      paused: boolean;
      targetDuration: string;
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      dueAt?: string | null;
      /** Format: date-time */
      pausedSince?: string | null;
      /** Format: date-time */
      endedAt?: string | null;
      remaining: string;
      /** Format: date-time */
      runsUntil?: string | null;
      /** Format: int32 */
      percentUsed: number;
      /** Format: int64 */
      calendarId: number;
      /** Format: int64 */
      policyId?: number | null;
    };
    /** @description A problem with one cell or row: line 1 is the header. */
    'Spreadsheet.RowError': {
      /** Format: int32 */
      line: number;
      column?: string | null;
      message: string;
    };
    'StoredPhiAccessLog.Entry': {
      /** Format: int64 */
      id: number;
      /** Format: date-time */
      at: string;
      username: string;
      displayName?: string | null;
      /** Format: int64 */
      organizationId: number;
      organizationName?: string | null;
      partner: boolean;
      /** Format: int64 */
      ticketId: number;
      ticketNumber: string;
      fields: string;
      channel: string;
      clientAddress?: string | null;
    };
    /** @description A group's settings. No `engagementId`: the hospital's own staff provide it. `autoAssign` defaults to off and `strategy` to SKILLED_ON_SHIFT; `version` is required to change a group. */
    'SupportGroupController.GroupInput': {
      name: string;
      tier: components['schemas']['Tier'];
      /** Format: int64 */
      calendarId: number;
      /** Format: int64 */
      engagementId?: number | null;
      autoAssign?: boolean | null;
      strategy?: components['schemas']['AssignmentStrategy'] | null;
      /** Format: email */
      email?: string | null;
      /** Format: int64 */
      version?: number | null;
    };
    'SupportGroupController.GroupPage': {
      items: components['schemas']['SupportGroupController.GroupSettings'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    /** @description A group as an admin sets it up. `provider` is INTERNAL or PARTNER (then `engagementId` names the engagement that provides it and `partnerId` its partner). */
    'SupportGroupController.GroupSettings': {
      /** Format: int64 */
      id: number;
      name: string;
      tier: components['schemas']['Tier'];
      provider: string;
      /** Format: int64 */
      partnerId?: number | null;
      partnerName?: string | null;
      /** Format: int64 */
      engagementId?: number | null;
      engagementName?: string | null;
      engagementActive: boolean;
      /** Format: int64 */
      calendarId?: number | null;
      calendarName?: string | null;
      autoAssign: boolean;
      strategy: components['schemas']['AssignmentStrategy'];
      email?: string | null;
      /** Format: int32 */
      members: number;
      /** Format: date-time */
      retiredAt?: string | null;
      /** Format: int64 */
      version: number;
    };
    'SupportGroupController.MemberInput': {
      /** Format: int64 */
      staffId: number;
      lead?: boolean | null;
    };
    /** @description Coverage over the window: experts (bus factor), hours of the support window that fall in it and how many of those an expert is on shift or in the command center, the ticket load in hours over the whole window, and the command-center hours put against it. */
    'SurgeCoverage.Side': {
      status: components['schemas']['CoverageStatus'];
      /** Format: int32 */
      busFactor: number;
      /** Format: int32 */
      requiredHours: number;
      /** Format: int32 */
      coveredHours: number;
      /** Format: double */
      windowCoverage: number;
      /** Format: double */
      tickets: number;
      /** Format: double */
      loadHours: number;
      /** Format: double */
      commandCenterHours: number;
    };
    /**
     * @description What a timer measures: time to the first response, or time to resolution.
     * @enum {string}
     */
    Target: 'RESPONSE' | 'RESOLUTION';
    /** @enum {string} */
    'TicketBulk.Action': 'ASSIGN' | 'CHANGE_GROUP' | 'RESOLVE_DUPLICATE';
    /** @enum {string} */
    'TicketBulk.Outcome': 'DONE' | 'STALE' | 'REFUSED' | 'NOT_FOUND';
    /** @description What happened to one ticket; `number` and `version` only for a ticket seen. */
    'TicketBulk.Result': {
      /** Format: int64 */
      ticketId: number;
      outcome: components['schemas']['TicketBulk.Outcome'];
      number?: string | null;
      /** Format: int64 */
      version?: number | null;
      reason?: string | null;
    };
    'TicketBulk.Summary': {
      /** Format: int32 */
      done: number;
      /** Format: int32 */
      failed: number;
      results: components['schemas']['TicketBulk.Result'][];
    };
    'TicketController.CommentRequest': {
      body: string;
      visibility?: components['schemas']['TicketController.Visibility'] | null;
    };
    'TicketController.CreateTicket': {
      type: components['schemas']['TicketType'];
      title: string;
      description: string;
      /** Format: int64 */
      applicationId?: number | null;
      /** Format: int32 */
      impact: number;
      /** Format: int32 */
      urgency: number;
      phi?: boolean | null;
      /** Format: int32 */
      affectedUsers?: number | null;
    };
    'TicketController.EscalationRequest': {
      reason: string;
      /** Format: int64 */
      groupId?: number | null;
      /** Format: int64 */
      version?: number | null;
    };
    'TicketController.RatingRequest': {
      /** Format: int32 */
      rating: number;
      comment?: string | null;
    };
    'TicketController.TransitionRequest': {
      to: components['schemas']['TicketStatus'];
      reason?: string | null;
      resolutionCode?: components['schemas']['ResolutionCode'] | null;
      resolution?: string | null;
      /** Format: int64 */
      version?: number | null;
    };
    'TicketController.UpdateTicket': {
      /** Format: int64 */
      version: number;
      type?: components['schemas']['TicketType'] | null;
      title?: string | null;
      description?: string | null;
      /** Format: int32 */
      impact?: number | null;
      /** Format: int32 */
      urgency?: number | null;
      phi?: boolean | null;
      phiReason?: string | null;
      /** Format: int64 */
      groupId?: number | null;
      /** Format: int64 */
      assigneeId?: number | null;
      unassign?: boolean | null;
      reason?: string | null;
    };
    /** @enum {string} */
    'TicketController.Visibility': 'PUBLIC' | 'INTERNAL';
    'TicketLinkController.BulkRequest': {
      ticketIds: number[];
      action: components['schemas']['TicketBulk.Action'];
      /** Format: int64 */
      groupId?: number | null;
      /** Format: int64 */
      assigneeId?: number | null;
      /** Format: int64 */
      duplicateOf?: number | null;
      versions?: {
        [key: string]: number;
      } | null;
    };
    'TicketLinkController.LinkRequest': {
      type: components['schemas']['LinkType'];
      /** Format: int64 */
      ticketId?: number | null;
      number?: string | null;
    };
    'TicketLinkController.MergeRequest': {
      /** Format: int64 */
      into: number;
      /** Format: int64 */
      version: number;
    };
    /** @description A link as one of its tickets sees it: `relation` reads from that ticket. */
    'TicketLinks.LinkView': {
      /** Format: int64 */
      id: number;
      type: components['schemas']['LinkType'];
      relation: components['schemas']['LinkType.Relation'];
      ticket: components['schemas']['TicketLinks.LinkedTicket'];
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description The ticket at the other end of a link, as the caller may read it. */
    'TicketLinks.LinkedTicket': {
      /** Format: int64 */
      id: number;
      number: string;
      title: string;
      status: components['schemas']['TicketStatus'];
      priority: components['schemas']['Priority'];
    };
    /** @enum {string} */
    TicketStatus:
      'NEW' | 'ASSIGNED' | 'IN_PROGRESS' | 'PENDING' | 'RESOLVED' | 'CLOSED' | 'CANCELLED';
    /** @enum {string} */
    TicketType: 'INCIDENT' | 'SERVICE_REQUEST';
    'TicketViews.AuditView': {
      /** Format: int64 */
      id: number;
      actorName: string;
      /** Format: date-time */
      at: string;
      action: string;
      field?: string | null;
      oldValue?: string | null;
      newValue?: string | null;
      note?: string | null;
    };
    'TicketViews.CommentView': {
      /** Format: int64 */
      id: number;
      authorName: string;
      visibility: string;
      body: string;
      /** Format: date-time */
      createdAt: string;
    };
    'TicketViews.ExternalReference': {
      system: string;
      externalId: string;
    };
    'TicketViews.GroupView': {
      /** Format: int64 */
      id: number;
      name: string;
      tier: components['schemas']['Tier'];
      partner: boolean;
      autoAssign: boolean;
    };
    'TicketViews.MemberView': {
      /** Format: int64 */
      staffId: number;
      name: string;
      /** Format: int32 */
      openTickets: number;
      lead: boolean;
    };
    /** @description What the caller may do now, so screens offer only actions that will succeed. `pickUp`: taking the ticket oneself needs a staff record (an admin without one assigns instead); `readsPhi` false means the texts came through the minimum-necessary filter. */
    'TicketViews.Permissions': {
      work: boolean;
      commentInternal: boolean;
      rate: boolean;
      transitions: components['schemas']['TicketStatus'][];
      pickUp: boolean;
      readsPhi: boolean;
    };
    /** @description One page of tickets. */
    'TicketViews.TicketPage': {
      items: components['schemas']['TicketViews.TicketSummary'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /**
       * Format: int64
       * @description how many tickets match: exact when `totalExact`, otherwise at least this many (totals are counted exactly up to 1,000, or to the end of a page further on)
       */
      total: number;
      totalExact: boolean;
    };
    'TicketViews.TicketSummary': {
      /** Format: int64 */
      id: number;
      number: string;
      type: components['schemas']['TicketType'];
      title: string;
      applicationName: string;
      priority: components['schemas']['Priority'];
      status: components['schemas']['TicketStatus'];
      pendingReason?: components['schemas']['PendingReason'] | null;
      tier: components['schemas']['Tier'];
      /** Format: int64 */
      groupId?: number | null;
      groupName?: string | null;
      /** Format: int64 */
      assigneeId?: number | null;
      assigneeName?: string | null;
      requesterName: string;
      phi: boolean;
      /** Format: int64 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      slaDueAt?: string | null;
    };
    'TicketViews.TicketView': {
      /** Format: int64 */
      id: number;
      number: string;
      type: components['schemas']['TicketType'];
      title: string;
      description: string;
      /** Format: int64 */
      applicationId: number;
      applicationName: string;
      /** Format: int32 */
      impact: number;
      /** Format: int32 */
      urgency: number;
      priority: components['schemas']['Priority'];
      status: components['schemas']['TicketStatus'];
      pendingReason?: components['schemas']['PendingReason'] | null;
      tier: components['schemas']['Tier'];
      /** Format: int64 */
      groupId?: number | null;
      groupName?: string | null;
      partnerGroup: boolean;
      /** Format: int64 */
      assigneeId?: number | null;
      assigneeName?: string | null;
      /** Format: int64 */
      requesterId: number;
      requesterName: string;
      phi: boolean;
      /** Format: int32 */
      affectedUsers: number;
      /** Format: int64 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      resolvedAt?: string | null;
      /** Format: date-time */
      closedAt?: string | null;
      resolutionCode?: components['schemas']['ResolutionCode'] | null;
      resolution?: string | null;
      /** Format: date-time */
      firstResponseAt?: string | null;
      /** Format: int32 */
      reopenCount: number;
      /** Format: int32 */
      csatRating?: number | null;
      /** Format: date-time */
      slaDueAt?: string | null;
      externalReferences: components['schemas']['TicketViews.ExternalReference'][];
      permissions: components['schemas']['TicketViews.Permissions'];
    };
    /**
     * @description Support tiers, in escalation order.
     * @enum {string}
     */
    Tier: 'L1' | 'L2' | 'L3' | 'VENDOR';
    /**
     * @description The customer-facing SLA, or a partner's OLA for the part of the ticket's life it holds.
     * @enum {string}
     */
    TimerKind: 'SLA' | 'OLA';
    /**
     * @description The customer-facing SLA, or a partner's OLA.
     * @enum {string}
     */
    'TimerSettled.Kind': 'SLA' | 'OLA';
    /**
     * @description MET when stopped in time, BREACHED at the deadline.
     * @enum {string}
     */
    'TimerSettled.Outcome': 'MET' | 'BREACHED';
    /**
     * @description Time to first response, or to resolution.
     * @enum {string}
     */
    'TimerSettled.Target': 'RESPONSE' | 'RESOLUTION';
    /**
     * @description Where an SLA or OLA timer stands. MET, BREACHED and CANCELLED timers are no longer checked.
     * @enum {string}
     */
    TimerState: 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED' | 'CANCELLED';
    /** @description A listener registered at the hub. */
    TmfEventSubscription: {
      id: string;
      callback: string;
      query?: string | null;
    };
    'TmfHubController.Registration': {
      callback: string;
      query?: string | null;
    };
    /** @description A note in a PATCH: without `id` it is added; with one it names a note already there. */
    TmfNoteInput: {
      id?: string | null;
      text?: string | null;
      noteType?: string | null;
    };
    /** @description The request body of a PATCH, as documented; TmfPatch reads and checks it. */
    TmfTroubleTicketPatch: {
      status?: string | null;
      statusChangeReason?: string | null;
      note?: components['schemas']['TmfNoteInput'][] | null;
      externalId?: string | null;
      priority?: string | null;
      resolutionCode?: string | null;
    };
    /** @description A comment: `noteType` "public" (the requester reads it too) or "internal" (the hospital desk's own notes, never shown to a partner). */
    'TmfViews.Note': {
      id: string;
      author: string;
      /** Format: date-time */
      date: string;
      text: string;
      noteType: string;
      '@type': string;
    };
    /** @description The requester, the group holding the ticket and its assignee. */
    'TmfViews.RelatedParty': {
      id: string;
      name: string;
      role: string;
      '@referredType': string;
    };
    'TmfViews.TroubleTicket': {
      id?: string | null;
      href?: string | null;
      name?: string | null;
      description?: string | null;
      severity?: string | null;
      priority?: string | null;
      ticketType?: string | null;
      status?: string | null;
      statusChangeReason?: string | null;
      /** Format: date-time */
      statusChangeDate?: string | null;
      /** Format: date-time */
      creationDate?: string | null;
      /** Format: date-time */
      lastUpdate?: string | null;
      /** Format: date-time */
      resolutionDate?: string | null;
      externalId?: string | null;
      note?: components['schemas']['TmfViews.Note'][] | null;
      relatedParty?: components['schemas']['TmfViews.RelatedParty'][] | null;
      number?: string | null;
      pendingReason?: string | null;
      '@type'?: string | null;
      '@baseType'?: string | null;
    };
    'Transfers.Result': {
      /** Format: int32 */
      rows: number;
      /** Format: int32 */
      created: number;
      /** Format: int32 */
      updated: number;
    };
    'UserDirectory.Invited': {
      user: components['schemas']['UserDirectory.User'];
      invitation: components['schemas']['UserDirectory.LinkSent'];
    };
    /** @description Who a usable link is for, as the set-password screen greets them. */
    'UserDirectory.LinkHolder': {
      displayName: string;
      email?: string | null;
      username: string;
      organizationName: string;
      purpose: components['schemas']['PasswordLinks.Purpose'];
      /** Format: date-time */
      expiresAt: string;
      /** Format: int32 */
      minLength: number;
    };
    /** @description A link was made: mailed to the person (`emailed`), or handed to the admin to pass on (`link`, shown once; only its hash is kept). */
    'UserDirectory.LinkSent': {
      emailed: boolean;
      link?: string | null;
      /** Format: date-time */
      expiresAt: string;
    };
    /**
     * @description Where users are managed: the answer the Users screen shows.
     * @enum {string}
     */
    'UserDirectory.ManagedIn': 'MEDLEY' | 'KEYCLOAK';
    'UserDirectory.PasswordSet': {
      username: string;
      email?: string | null;
    };
    'UserDirectory.User': {
      /** Format: int64 */
      id: number;
      username: string;
      displayName: string;
      email?: string | null;
      jobTitle?: string | null;
      department?: string | null;
      location?: string | null;
      roles: string[];
      organization: components['schemas']['Me.OrganizationRef'];
      enabled: boolean;
      passwordSet: boolean;
      /** Format: date-time */
      lastSignInAt?: string | null;
      /** Format: int64 */
      version: number;
    };
    'UserDirectory.UserPage': {
      items: components['schemas']['UserDirectory.User'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
      managedIn: components['schemas']['UserDirectory.ManagedIn'];
    };
    /** @enum {string} */
    'UserImport.Outcome': 'CREATED' | 'REFUSED';
    'UserImport.Report': {
      /** Format: int32 */
      created: number;
      /** Format: int32 */
      refused: number;
      emailed: boolean;
      rows: components['schemas']['UserImport.Row'][];
    };
    'UserImport.Row': {
      /** Format: int32 */
      line: number;
      email?: string | null;
      outcome: components['schemas']['UserImport.Outcome'];
      /** Format: int64 */
      userId?: number | null;
      link?: string | null;
      field?: string | null;
      reason?: string | null;
    };
    'UsersController.NewInvitation': {
      /** Format: email */
      email: string;
      displayName: string;
      roles: string[];
      /** Format: int64 */
      organizationId?: number | null;
      jobTitle?: string | null;
      department?: string | null;
      location?: string | null;
    };
    'UsersController.UserChange': {
      displayName: string;
      /** Format: email */
      email?: string | null;
      jobTitle?: string | null;
      department?: string | null;
      location?: string | null;
      roles: string[];
      /** Format: int64 */
      organizationId: number;
      /** Format: int64 */
      version: number;
    };
    /** @description A ticket's case with one vendor, as the API shows it, and the requests that act on it. */
    VendorCase: {
      /** Format: int64 */
      id: number;
      /** Format: int64 */
      ticketId: number;
      ticketNumber: string;
      ticketTitle: string;
      ticketStatus: string;
      pendingReason?: string | null;
      priority: components['schemas']['Priority'];
      /** Format: int64 */
      vendorId: number;
      vendorName: string;
      caseNumber?: string | null;
      status: components['schemas']['Vendors.CaseStatus'];
      /** Format: date-time */
      openedAt: string;
      openedBy: string;
      /** Format: int32 */
      escalations: number;
      /** Format: date-time */
      lastSentAt?: string | null;
      delivery: components['schemas']['Vendors.Delivery'];
      deliveryError?: string | null;
      /** Format: date-time */
      lastReplyAt?: string | null;
      /** Format: date-time */
      closedAt?: string | null;
      closedBy?: string | null;
      closeNote?: string | null;
      /** Format: int64 */
      version: number;
    };
    'VendorCase.Closing': {
      note: string;
      /** Format: int64 */
      version: number;
    };
    /** @description The case mail as it would leave, for the agent to read and edit before sending. */
    'VendorCase.Draft': {
      /** Format: int64 */
      vendorId: number;
      vendorName: string;
      channel?: components['schemas']['Vendors.Channel'] | null;
      to?: string | null;
      subject: string;
      body: string;
      filtered: boolean;
      removed: {
        [key: string]: number;
      };
      problem?: string | null;
    };
    /** @description Escalate a ticket to a vendor (the ticket's version guards it). */
    'VendorCase.Escalation': {
      /** Format: int64 */
      vendorId: number;
      subject: string;
      body: string;
      /** Format: int64 */
      version?: number | null;
    };
    'VendorCase.NumberChange': {
      caseNumber: string;
      /** Format: int64 */
      version: number;
    };
    'VendorCase.Page': {
      items: components['schemas']['VendorCase'][];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
      vendors: components['schemas']['VendorCase.VendorSummary'][];
    };
    /** @description Send the case again, in its thread. */
    'VendorCase.ReEscalation': {
      subject: string;
      body: string;
      /** Format: int64 */
      version: number;
    };
    'VendorCase.TicketCases': {
      items: components['schemas']['VendorCase'][];
    };
    /** @description The open cases of one vendor, for the weekly vendor call. */
    'VendorCase.VendorSummary': {
      /** Format: int64 */
      vendorId: number;
      vendorName: string;
      /** Format: int32 */
      open: number;
      /** Format: date-time */
      oldestOpenedAt: string;
    };
    'Vendors.ApplicationRef': {
      /** Format: int64 */
      id: number;
      name: string;
    };
    /**
     * @description The status a case is in.
     * @enum {string}
     */
    'Vendors.CaseStatus': 'OPEN' | 'CLOSED';
    /** @description A change of a vendor's set-up: all of it, with the version read. */
    'Vendors.Change': {
      channel?: components['schemas']['Vendors.Channel'] | null;
      /** Format: email */
      caseEmail?: string | null;
      /** Format: int64 */
      connectorId?: number | null;
      casePattern?: string | null;
      subjectTemplate?: string | null;
      bodyTemplate?: string | null;
      contacts?: components['schemas']['Vendors.Contact'][] | null;
      /** Format: int64 */
      version: number;
    };
    /**
     * @description How a vendor receives cases.
     * @enum {string}
     */
    'Vendors.Channel': 'EMAIL' | 'CONNECTOR';
    'Vendors.Contact': {
      name: string;
      /** Format: email */
      email?: string | null;
      phone?: string | null;
      role?: string | null;
    };
    /**
     * @description Where a case's last mail is.
     * @enum {string}
     */
    'Vendors.Delivery': 'QUEUED' | 'SENT' | 'FAILED';
    'Vendors.NewVendor': {
      name: string;
    };
    'Vendors.Page_Vendors.AuditEntry_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'Vendors.Page_Vendors.Vendor_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    /** @description A vendor as the hospital's directory shows it. */
    'Vendors.Vendor': {
      /** Format: int64 */
      id: number;
      name: string;
      channel?: components['schemas']['Vendors.Channel'] | null;
      caseEmail?: string | null;
      /** Format: int64 */
      connectorId?: number | null;
      casePattern?: string | null;
      subjectTemplate: string;
      bodyTemplate: string;
      contacts: components['schemas']['Vendors.Contact'][];
      applications: components['schemas']['Vendors.ApplicationRef'][];
      /** Format: int32 */
      openCases: number;
      businessAssociate: boolean;
      /** Format: int64 */
      version: number;
    };
    'Views.AppStatus': {
      /** Format: int64 */
      id: number;
      status: components['schemas']['CoverageStatus'];
      /** Format: int32 */
      busFactor: number;
      /** Format: double */
      windowCoverage: number;
    };
    /** @description One application in depth. `week` has 168 characters, Monday 00:00 first, in the calendar's zone: `C` required and covered, `U` required and uncovered, `.` not required, `-` an hour the clocks skip. `gap` is the application's entry in the gap list (with its staffing request draft) when it is at risk or has a gap, null when good. */
    'Views.ApplicationDetail': {
      summary: components['schemas']['Views.ApplicationSummary'];
      week: string;
      people: components['schemas']['Views.ExpertOnCall'][];
      gap?: components['schemas']['Views.Gap'] | null;
    };
    'Views.ApplicationSummary': {
      /** Format: int64 */
      id: number;
      name: string;
      vendor: string;
      category: string;
      /** Format: int32 */
      criticality: number;
      lifecycle: string;
      /** Format: int64 */
      calendarId: number;
      calendar: string;
      zone: string;
      status: components['schemas']['CoverageStatus'];
      /** Format: int32 */
      busFactor: number;
      experts: number[];
      /** Format: int32 */
      requiredHours: number;
      /** Format: int32 */
      coveredHours: number;
      /** Format: double */
      windowCoverage: number;
      uncovered: components['schemas']['Views.Range'][];
      /** Format: int64 */
      tickets30: number;
      /** Format: int64 */
      tickets90: number;
      /** Format: double */
      medianTurnaroundHours?: number | null;
    };
    'Views.ApplicationView': {
      /** Format: int64 */
      id: number;
      name: string;
      vendor: string;
      /** Format: int64 */
      vendorId?: number | null;
      category: string;
      /** Format: int32 */
      criticality: number;
      lifecycle: string;
      /** Format: int64 */
      calendarId: number;
      calendar?: string | null;
      /** Format: int64 */
      version: number;
      aliases: string[];
    };
    'Views.Counts': {
      /** Format: int32 */
      good: number;
      /** Format: int32 */
      risk: number;
      /** Format: int32 */
      gap: number;
    };
    /** @description An organisation staff can be employed by; `kind` is the staff kind it implies. */
    'Views.Employer': {
      /** Format: int64 */
      id: number;
      name: string;
      kind: string;
    };
    'Views.ExpertOnCall': {
      /** Format: int64 */
      staffId: number;
      name: string;
      kind: string;
      team?: string | null;
      /** Format: int32 */
      level: number;
      /** Format: date */
      verifiedOn?: string | null;
      expert: boolean;
      /** Format: int32 */
      windowHoursOnShift: number;
      /** Format: int32 */
      resolved: number;
      /** Format: double */
      medianTurnaroundHours?: number | null;
    };
    'Views.Gap': {
      /** Format: int64 */
      applicationId: number;
      name: string;
      vendor: string;
      category: string;
      /** Format: int32 */
      criticality: number;
      status: components['schemas']['CoverageStatus'];
      reasons: string[];
      /** Format: int32 */
      busFactor: number;
      experts: string[];
      /** Format: int32 */
      requiredHours: number;
      /** Format: int32 */
      coveredHours: number;
      /** Format: double */
      windowCoverage: number;
      calendar: string;
      /** Format: int64 */
      tickets90: number;
      request: components['schemas']['Views.StaffingRequestDraft'];
    };
    'Views.Matrix': {
      /** Format: int64 */
      revision: number;
      /** Format: date-time */
      generatedAt: string;
      /** Format: date-time */
      gridStart: string;
      rules: components['schemas']['CoverageRules'];
      counts: components['schemas']['Views.Counts'];
      applications: components['schemas']['Views.ApplicationSummary'][];
      staff: components['schemas']['Views.PersonSummary'][];
      cells: number[];
    };
    /** @description The caller's own staff record: the desk needs one to give them tickets. `linked` false means an administrator has not linked their sign-in yet. */
    'Views.MyStaffRecord': {
      linked: boolean;
      /** Format: int64 */
      staffId?: number | null;
      name?: string | null;
      employer?: string | null;
    };
    'Views.Page_Views.ApplicationView_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'Views.Page_Views.Gap_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'Views.Page_Views.SignInAccount_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    'Views.Page_Views.StaffView_': {
      items: Record<string, never>[];
      /** Format: int32 */
      page: number;
      /** Format: int32 */
      size: number;
      /** Format: int64 */
      total: number;
    };
    /** @description One person in depth; `week` as in ApplicationDetail, in the person's zone: S on shift. */
    'Views.PersonDetail': {
      summary: components['schemas']['Views.PersonSummary'];
      shifts: components['schemas']['Views.ShiftView'][];
      week: string;
      weeklyLoadHours: number[];
      skills: components['schemas']['Views.PersonSkill'][];
    };
    'Views.PersonSkill': {
      /** Format: int64 */
      applicationId: number;
      application: string;
      /** Format: int32 */
      level: number;
      /** Format: date */
      verifiedOn?: string | null;
      soleCover: boolean;
      status: components['schemas']['CoverageStatus'];
      /** Format: int32 */
      resolved: number;
      /** Format: double */
      medianTurnaroundHours?: number | null;
    };
    'Views.PersonSummary': {
      /** Format: int64 */
      id: number;
      name: string;
      email?: string | null;
      kind: string;
      employer: string;
      team?: string | null;
      zone: string;
      /** Format: double */
      capacityHours: number;
      /** Format: int32 */
      shiftHours: number;
      /** Format: double */
      loadHours: number;
      /** Format: double */
      loadRatio: number;
      /** Format: int32 */
      overloadedWeeks: number;
      burnout: boolean;
      soleCover: number[];
      /** Format: int32 */
      applications: number;
      /** Format: double */
      medianTurnaroundHours?: number | null;
    };
    /** @description A stretch of uncovered required hours, in the application's calendar time zone. */
    'Views.Range': {
      fromDay: string;
      from: string;
      toDay: string;
      to: string;
      /** Format: int32 */
      hours: number;
    };
    'Views.ShiftView': {
      day: string;
      from: string;
      to: string;
    };
    /** @description The sign-in account a staff record names: who signs in as this person. */
    'Views.SignIn': {
      /** Format: int64 */
      id: number;
      name: string;
      email?: string | null;
      username: string;
    };
    'Views.SkillView': {
      /** Format: int64 */
      staffId: number;
      /** Format: int64 */
      applicationId: number;
      /** Format: int32 */
      level: number;
      /** Format: date */
      verifiedOn?: string | null;
    };
    'Views.StaffView': {
      /** Format: int64 */
      id: number;
      name: string;
      email?: string | null;
      kind: string;
      /** Format: int64 */
      employerId: number;
      employer: string;
      team?: string | null;
      zone: string;
      /** Format: double */
      capacityHours: number;
      shifts: components['schemas']['Views.ShiftView'][];
      /** Format: int64 */
      version: number;
      /** Format: int64 */
      accountId?: number | null;
      account?: components['schemas']['Views.SignIn'] | null;
    };
    /** @description What a staffing request made from a gap needs (POST /api/staffing-requests takes it): `hoursPerWeek` is the uncovered window, or full-time weeks for a missing second expert. */
    'Views.StaffingRequestDraft': {
      applicationIds: number[];
      /** Format: int32 */
      minimumLevel: number;
      /** Format: int32 */
      peopleNeeded: number;
      /** Format: int32 */
      uncoveredHoursPerWeek: number;
      /** Format: int32 */
      hoursPerWeek: number;
      window: string;
      uncovered: components['schemas']['Views.Range'][];
      kind: string;
      rationale: string;
    };
    'Views.StatusChange': {
      /** Format: int64 */
      applicationId: number;
      name: string;
      before: components['schemas']['CoverageStatus'];
      after: components['schemas']['CoverageStatus'];
      /** Format: int32 */
      busFactorBefore: number;
      /** Format: int32 */
      busFactorAfter: number;
      /** Format: double */
      windowCoverageBefore: number;
      /** Format: double */
      windowCoverageAfter: number;
    };
    'Views.WhatIf': {
      before: components['schemas']['Views.Counts'];
      after: components['schemas']['Views.Counts'];
      changes: components['schemas']['Views.StatusChange'][];
      statuses: components['schemas']['Views.AppStatus'][];
    };
    'Watchers.Candidate': {
      /** Format: int64 */
      accountId: number;
      name: string;
      organization: string;
    };
    /** @description The ticket's watchers, whether the caller is one, whether the caller may add others, whom the caller could add, and the caller's own account (to watch or stop watching). */
    'Watchers.WatcherList': {
      items: components['schemas']['Watchers.WatcherView'][];
      watching: boolean;
      canAdd: boolean;
      candidates: components['schemas']['Watchers.Candidate'][];
      /** Format: int64 */
      callerAccountId: number;
    };
    'Watchers.WatcherView': {
      /** Format: int64 */
      accountId: number;
      name: string;
      organization: string;
      /** Format: date-time */
      since: string;
    };
    /** @description RFC 6749 §5.2, with the members of Medley's problem documents beside. */
    'WebhookTokenController.TokenError': {
      error: string;
      error_description: string;
      title: string;
      /** Format: int32 */
      status: number;
      detail: string;
    };
    /** @description RFC 6749 §5.1. */
    'WebhookTokenController.TokenResponse': {
      access_token: string;
      token_type: string;
      /** Format: int64 */
      expires_in: number;
    };
    /** @description What became of each desk event of one call. */
    'Webhooks.Receipt': {
      /** Format: int32 */
      applied: number;
      /** Format: int32 */
      duplicates: number;
      /** Format: int32 */
      ignored: number;
      changes: components['schemas']['Webhooks.Received'][];
    };
    /** @description One desk event of the call and its outcome. */
    'Webhooks.Received': {
      deskEventId: string;
      externalId: string;
      outcome: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  list: {
    parameters: {
      query?: {
        q?: string | null;
        category?: string | null;
        criticality?: number | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.Page_Views.ApplicationView_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Inputs.Application'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.ApplicationView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportApplications: {
    parameters: {
      query?: {
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment (CSV in UTF-8, or an Excel workbook) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importApplications: {
    parameters: {
      query?: {
        format?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description importApplications 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transfers.Result'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.ApplicationView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Inputs.Application'];
      };
    };
    responses: {
      /** @description update 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.ApplicationView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  delete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description delete 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  config: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description config 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthConfig'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_1: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BusinessAssociates.Overview'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  record: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BusinessAssociateController.NewAgreement'];
      };
    };
    responses: {
      /** @description record 201 response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BusinessAssociates.Agreement'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BusinessAssociateController.Ending'];
      };
    };
    responses: {
      /** @description end 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BusinessAssociates.Agreement'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_2: {
    parameters: {
      query?: {
        page?: number;
        size?: number;
        q?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_2 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarController.CalendarPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create_1: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CalendarSpec'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Calendars.CalendarView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_1: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Calendars.CalendarView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deadline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CalendarController.DeadlineRequest'];
      };
    };
    responses: {
      /** @description deadline 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarController.DeadlineResponse'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  elapsed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CalendarController.ElapsedRequest'];
      };
    };
    responses: {
      /** @description elapsed 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarController.ElapsedResponse'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  groups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description groups 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CannedReplies.GroupChoice'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  application: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description application 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.ApplicationDetail'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  gaps: {
    parameters: {
      query?: {
        status?: string | null;
        category?: string | null;
        criticality?: number | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description gaps 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.Page_Views.Gap_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  matrix: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description matrix 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.Matrix'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportMatrix: {
    parameters: {
      query?: {
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (CSV in UTF-8 or an Excel workbook) or, format=html, a page to print */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/html': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  person: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description person 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.PersonDetail'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  whatIf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Inputs.WhatIf'];
      };
    };
    responses: {
      /** @description whatIf 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.WhatIf'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listModels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listModels 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceApi.ModelView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeviceApi.ModelInput'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceApi.ModelView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeviceApi.ModelInput'];
      };
    };
    responses: {
      /** @description updateModel 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceApi.ModelView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDevices: {
    parameters: {
      query?: {
        q?: string | null;
        site?: string | null;
        unit?: string | null;
        status?: string | null;
        modelId?: number | null;
        connected?: string | null;
        sort?: string;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listDevices 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceApi.Page_DeviceApi.DeviceView_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createDevice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeviceApi.DeviceInput'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceApi.DeviceView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportDevices: {
    parameters: {
      query?: {
        q?: string | null;
        site?: string | null;
        unit?: string | null;
        status?: string | null;
        modelId?: number | null;
        connected?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The devices as a CSV attachment (UTF-8), in the columns the import takes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importDevices: {
    parameters: {
      query?: {
        format?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description importDevices 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceApi.ImportReport'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  replacementPlan: {
    parameters: {
      query?: {
        site?: string | null;
        deviceClass?: string | null;
        modelId?: number | null;
        /** @example 2025-07-01 */
        from?: string | null;
        /** @example 2026-06-30 */
        to?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description replacementPlan 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplacementApi.Plan'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportReplacementPlan: {
    parameters: {
      query?: {
        site?: string | null;
        deviceClass?: string | null;
        modelId?: number | null;
        from?: string | null;
        to?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole ranked plan as a CSV attachment (UTF-8) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description getDevice 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceApi.DeviceView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeviceApi.DeviceInput'];
      };
    };
    responses: {
      /** @description updateDevice 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeviceApi.DeviceView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_3: {
    parameters: {
      query?: {
        partnerId?: number | null;
        status?: string | null;
        sort?: string;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_3 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.Page_EngagementApi.View_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  record_1: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EngagementApi.Input'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  choices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description choices 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementApi.Choices'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_2 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  change: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EngagementApi.Input'];
      };
    };
    responses: {
      /** @description change 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  end_1: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EngagementApi.Ending'];
      };
    };
    responses: {
      /** @description end_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listGoLives: {
    parameters: {
      query?: {
        status?: string | null;
        applicationId?: number | null;
        sort?: string;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listGoLives 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.Page_GoLiveApi.GoLiveView_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createGoLive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoLiveApi.Terms'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoLiveApi.GoLiveView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getGoLive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description getGoLive 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoLiveApi.GoLiveView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeGoLive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoLiveApi.Terms'];
      };
    };
    responses: {
      /** @description changeGoLive 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoLiveApi.GoLiveView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelGoLive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoLiveApi.Cancel'];
      };
    };
    responses: {
      /** @description cancelGoLive 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoLiveApi.GoLiveView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  finishGoLive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoLiveApi.Step'];
      };
    };
    responses: {
      /** @description finishGoLive 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoLiveApi.GoLiveView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addGoLivePlanEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoLiveApi.NewEntry'];
      };
    };
    responses: {
      /** @description addGoLivePlanEntry 201 response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoLiveApi.GoLiveView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeGoLivePlanEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        entryId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description removeGoLivePlanEntry 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoLiveApi.GoLiveView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openGoLiveStaffingRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.StaffingRequestView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  startGoLive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoLiveApi.Step'];
      };
    };
    responses: {
      /** @description startGoLive 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoLiveApi.GoLiveView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  auditExport: {
    parameters: {
      query?: {
        /** @example Riverside Main */
        site?: string | null;
        /** @example 2025-07-01 */
        from?: string | null;
        /** @example 2026-06-30 */
        to?: string | null;
        format?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record as a CSV (one row per work order) or PDF attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/pdf': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  coverageRisk: {
    parameters: {
      query?: {
        from?: string | null;
        to?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description coverageRisk 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoverageRiskHistory.Answer'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  operations: {
    parameters: {
      query?: {
        from?: string | null;
        to?: string | null;
        period?: string;
        priority?: string | null;
        tier?: string | null;
        applicationId?: number | null;
        groupId?: number | null;
        provider?: string | null;
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures as JSON, or with format=csv as a CSV file (UTF-8) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
          'text/csv': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  tickets: {
    parameters: {
      query: {
        measure: string;
        from?: string | null;
        to?: string | null;
        priority?: string | null;
        tier?: string | null;
        applicationId?: number | null;
        groupId?: number | null;
        provider?: string | null;
        page?: number;
        size?: number;
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures as JSON, or with format=csv as a CSV file (UTF-8) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
          'text/csv': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description rebuild 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadModels.Rebuilt'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  review: {
    parameters: {
      query?: {
        /** @description YYYY-MM; default: the last whole month */
        month?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The review, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  performance: {
    parameters: {
      query: {
        /** @example 2026-10-01 */
        from: string;
        /** @example 2026-11-01 */
        to: string;
        period?: string;
        groupBy?: string;
        kind?: string | null;
        target?: string | null;
        priority?: string | null;
        tier?: string | null;
        applicationId?: number | null;
        groupId?: number | null;
        provider?: string | null;
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description performance 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaInsights.Performance'];
          'text/csv': components['schemas']['SlaInsights.Performance'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  breaches: {
    parameters: {
      query: {
        /** @example 2026-10-01 */
        from: string;
        /** @example 2026-11-01 */
        to: string;
        kind?: string | null;
        target?: string | null;
        priority?: string | null;
        tier?: string | null;
        applicationId?: number | null;
        groupId?: number | null;
        provider?: string | null;
        cause?: string | null;
        sort?: string;
        page?: number;
        size?: number;
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description breaches 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaInsights.Breaches'];
          'text/csv': components['schemas']['SlaInsights.Breaches'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  tickets_1: {
    parameters: {
      query: {
        /** @example 2026-10-01 */
        from: string;
        /** @example 2026-11-01 */
        to: string;
        kind?: string | null;
        target?: string | null;
        priority?: string | null;
        tier?: string | null;
        applicationId?: number | null;
        groupId?: number | null;
        provider?: string | null;
        outcome?: string | null;
        page?: number;
        size?: number;
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description tickets_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaInsights.SettledTickets'];
          'text/csv': components['schemas']['SlaInsights.SettledTickets'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listConnectors: {
    parameters: {
      query?: {
        q?: string | null;
        kind?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listConnectors 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectorApi.Page'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createConnector: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectorApi.Input'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectorApi.Connector'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  connector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description connector 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectorApi.Connector'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeConnector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectorApi.Input'];
      };
    };
    responses: {
      /** @description changeConnector 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectorApi.Connector'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteConnector: {
    parameters: {
      query: {
        version: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description deleteConnector 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getConnectorStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description getConnectorStatus 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EbondingOperations.Status'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  testConnector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description testConnector 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectorApi.TestResult'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeadLetters: {
    parameters: {
      query?: {
        connectorId?: number | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listDeadLetters 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EbondingOperations.DeadLetterPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeadLetter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description getDeadLetter 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EbondingOperations.DeadLetterView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  discardDeadLetter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EbondingOperationsController.DiscardRequest'];
      };
    };
    responses: {
      /** @description discardDeadLetter 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  redriveDeadLetter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description redriveDeadLetter 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  webhookToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        connectorId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': Record<string, never>;
      };
    };
    responses: {
      /** @description The access token */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookTokenController.TokenResponse'];
        };
      };
      /** @description invalid_request or unsupported_grant_type (RFC 6749 §5.2, application/json); a malformed path before the endpoint runs is problem+json */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookTokenController.TokenError'];
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description invalid_client: unknown connector, wrong client id or secret (RFC 6749 §5.2, application/json) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookTokenController.TokenError'];
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deskWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        connectorId: number;
      };
      cookie?: never;
    };
    /** @description The desk's own event, as its protocol sends it */
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description deskWebhook 202 response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhooks.Receipt'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description me 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  notifications: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description notifications 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notifications.NotificationPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readAll: {
    parameters: {
      query?: {
        ticketId?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description readAll 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description read 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  settings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description settings 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HospitalSettings.Settings'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HospitalSettings.Change'];
      };
    };
    responses: {
      /** @description changeSettings 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HospitalSettings.Settings'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  audit: {
    parameters: {
      query?: {
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description audit 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HospitalSettings.AuditPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_4: {
    parameters: {
      query?: {
        q?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_4 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.Page_PartnerApi.Summary_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_3: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_3 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerApi.Profile'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  change_1: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartnerApi.Input'];
      };
    };
    responses: {
      /** @description change_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerApi.Profile'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change_1 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  lookUpPasswordLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordLinkController.TokenBody'];
      };
    };
    responses: {
      /** @description lookUpPasswordLink 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.LinkHolder'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link was already used, has expired or is not a link */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setPasswordWithLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordLinkController.NewPassword'];
      };
    };
    responses: {
      /** @description setPasswordWithLink 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.PasswordSet'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The link was already used, has expired or is not a link */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_5: {
    parameters: {
      query?: {
        from?: string | null;
        to?: string | null;
        username?: string | null;
        ticket?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_5 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PhiAccessController.Page'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  export: {
    parameters: {
      query?: {
        from?: string | null;
        to?: string | null;
        username?: string | null;
        ticket?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description export 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_6: {
    parameters: {
      query?: {
        staffingRequestId?: number | null;
        status?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_6 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.Page'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create_2: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalApi.Input'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_4: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_4 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  change_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalApi.Input'];
      };
    };
    responses: {
      /** @description change_2 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change_2 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalApi.Decision'];
      };
    };
    responses: {
      /** @description accept 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  decline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalApi.Decision'];
      };
    };
    responses: {
      /** @description decline 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalApi.Step'];
      };
    };
    responses: {
      /** @description submit 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposalApi.Step'];
      };
    };
    responses: {
      /** @description withdraw 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.View'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_7: {
    parameters: {
      query?: {
        tier?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_7 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.RulePage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create_3: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoutingRuleController.RuleRequest'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.RuleView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  audit_1: {
    parameters: {
      query?: {
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description audit_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.AuditPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  defaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description defaults 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.DefaultView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setDefault: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tier: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoutingRuleController.DefaultRequest'];
      };
    };
    responses: {
      /** @description setDefault 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.DefaultView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  escalations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description escalations 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.EscalationView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setEscalation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        groupId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoutingRuleController.EscalationRequest'];
      };
    };
    responses: {
      /** @description setEscalation 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.EscalationView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  groups_1: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description groups_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.GroupRef'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reorder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoutingRuleController.OrderRequest'];
      };
    };
    responses: {
      /** @description reorder 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.RulePage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoutingRuleController.PreviewRequest'];
      };
    };
    responses: {
      /** @description preview 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.Preview'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_5: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_5 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.RuleView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  update_1: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RoutingRuleController.RuleRequest'];
      };
    };
    responses: {
      /** @description update_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingRuleAdmin.RuleView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  delete_1: {
    parameters: {
      query: {
        version: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description delete_1 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listScorecards: {
    parameters: {
      query?: {
        /** @example 2026-11-01 */
        from?: string | null;
        /** @example 2026-11-30 */
        to?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listScorecards 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScorecardApi.Scorecards'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  engagementScorecard: {
    parameters: {
      query?: {
        from?: string | null;
        to?: string | null;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description engagementScorecard 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScorecardApi.Card'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  partnerScorecard: {
    parameters: {
      query?: {
        from?: string | null;
        to?: string | null;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description partnerScorecard 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScorecardApi.Card'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  status: {
    parameters: {
      query?: {
        token?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description status 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupAnswers.Status'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  finish: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetupRequest'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupAnswers.Done'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The setup link was used already or has expired (field token) */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  checklist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description checklist 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupChecklist.Checklist'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_8: {
    parameters: {
      query?: {
        staffId?: number | null;
        applicationId?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_8 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.SkillView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  put: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Inputs.Skill'];
      };
    };
    responses: {
      /** @description put 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.SkillView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  delete_2: {
    parameters: {
      query: {
        staffId: number;
        applicationId: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description delete_2 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportSkills: {
    parameters: {
      query?: {
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment (CSV in UTF-8, or an Excel workbook) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importSkills: {
    parameters: {
      query?: {
        format?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description importSkills 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transfers.Result'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  breachingSoon: {
    parameters: {
      query?: {
        groupId?: number | null;
        /** @example PT2H */
        within?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description breachingSoon 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaQueries.BreachingSoon'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  compliance: {
    parameters: {
      query: {
        /** @example 2026-10-01T00:00:00Z */
        from: string;
        /** @example 2026-11-01T00:00:00Z */
        to: string;
        period?: string;
        groupBy?: string;
        zone?: string | null;
        target?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description compliance 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceReport.Compliance'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  olas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description olas 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaController.OlaList'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createOla: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OlaInput'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OlaView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ola: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ola 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OlaView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateOla: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OlaInput'];
      };
    };
    responses: {
      /** @description updateOla 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OlaView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  policies: {
    parameters: {
      query?: {
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description policies 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaController.PolicyPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create_4: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyInput'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  preview_1: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SlaController.PreviewRequest'];
      };
    };
    responses: {
      /** @description preview_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyPreview'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  policy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description policy 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  update_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyInput'];
      };
    };
    responses: {
      /** @description update_2 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  policyDefaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description policyDefaults 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyDefaults'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_9: {
    parameters: {
      query?: {
        q?: string | null;
        team?: string | null;
        kind?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_9 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.Page_Views.StaffView_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create_5: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Inputs.Staff'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.StaffView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  accounts: {
    parameters: {
      query: {
        employerId: number;
        q?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description accounts 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.Page_Views.SignInAccount_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  employers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description employers 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.Employer'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportStaff: {
    parameters: {
      query?: {
        format?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment (CSV in UTF-8, or an Excel workbook) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importStaff: {
    parameters: {
      query?: {
        format?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description importStaff 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Transfers.Result'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  me_1: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description me_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.MyStaffRecord'];
        };
      };
      /** @description Bad request: malforme_1d JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header name_1s no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consume_1s */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-forme_1d, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_6: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_6 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.StaffView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  update_3: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Inputs.Staff'];
      };
    };
    responses: {
      /** @description update_3 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Views.StaffView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  delete_3: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description delete_3 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_10: {
    parameters: {
      query?: {
        status?: string | null;
        applicationId?: number | null;
        sort?: string;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_10 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.Page_Api.StaffingRequestView_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Api.NewRequest'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.StaffingRequestView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_7: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_7 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.StaffingRequestView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Api.Cancel'];
      };
    };
    responses: {
      /** @description cancel 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.StaffingRequestView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  comparison: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description comparison 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.Comparison'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  matches: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description matches 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalApi.Matches'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Api.Publish'];
      };
    };
    responses: {
      /** @description publish 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Api.StaffingRequestView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  groups_2: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description groups_2 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.GroupView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupportGroupController.GroupInput'];
      };
    };
    responses: {
      /** @description createGroup 201 response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportGroupController.GroupSettings'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  groupSettings: {
    parameters: {
      query?: {
        q?: string | null;
        tier?: components['schemas']['Tier'] | null;
        retired?: boolean;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description groupSettings 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportGroupController.GroupPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupportGroupController.GroupInput'];
      };
    };
    responses: {
      /** @description changeGroup 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportGroupController.GroupSettings'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_11: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_11 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CannedReplies.CannedReplyList'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create_6: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CannedReplyController.CannedReplyRequest'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CannedReplies.CannedReplyView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  update_4: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        replyId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CannedReplyController.CannedReplyRequest'];
      };
    };
    responses: {
      /** @description update_4 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CannedReplies.CannedReplyView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  delete_4: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        replyId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description delete_4 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  members: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description members 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.MemberView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putGroupMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupportGroupController.MemberInput'];
      };
    };
    responses: {
      /** @description putGroupMember 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.MemberView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeGroupMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        staffId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description removeGroupMember 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  retireGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description retireGroup 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportGroupController.GroupSettings'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_12: {
    parameters: {
      query?: {
        queue?: string;
        groupId?: number | null;
        status?: string | null;
        priority?: string | null;
        tier?: string | null;
        applicationId?: number | null;
        assigneeId?: number | null;
        q?: string | null;
        externalRef?: string | null;
        sort?: string;
        order?: string;
        within?: string;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_12 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.TicketPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create_7: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketController.CreateTicket'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.TicketView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  bulk: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketLinkController.BulkRequest'];
      };
    };
    responses: {
      /** @description bulk 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketBulk.Summary'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_8: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_8 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.TicketView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  update_5: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketController.UpdateTicket'];
      };
    };
    responses: {
      /** @description update_5 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.TicketView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_13: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_13 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDesk.AttachmentView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
          visibility?: string | null;
        };
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentDesk.AttachmentView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        attachmentId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description download 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': string;
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  audit_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description audit_2 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.AuditView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  forTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description forTicket 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CannedReplies.ExpandedReply'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  comments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description comments 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.CommentView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  comment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketController.CommentRequest'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.CommentView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  escalate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketController.EscalationRequest'];
      };
    };
    responses: {
      /** @description escalate 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.TicketView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_14: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_14 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.ExternalReference'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  put_1: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        system: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReferenceController.ReferenceRequest'];
      };
    };
    responses: {
      /** @description put_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.ExternalReference'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        system: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description remove 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  links: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description links 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketLinks.LinkView'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  link: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketLinkController.LinkRequest'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketLinks.LinkView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  unlink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        linkId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description unlink 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  merge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketLinkController.MergeRequest'];
      };
    };
    responses: {
      /** @description merge 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.TicketView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketController.RatingRequest'];
      };
    };
    responses: {
      /** @description rate 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.TicketView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ticket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ticket 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SlaQueries.TicketSla'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTicketSync: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description getTicketSync 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EbondingOperations.SyncLine'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TicketController.TransitionRequest'];
      };
    };
    responses: {
      /** @description transition 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TicketViews.TicketView'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_15: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_15 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Watchers.WatcherList'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        accountId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description add 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Watchers.WatcherList'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  remove_1: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        accountId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description remove_1 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Watchers.WatcherList'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  vendorCaseDraft: {
    parameters: {
      query?: {
        vendorId?: number | null;
      };
      header?: never;
      path: {
        ticketId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description vendorCaseDraft 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase.Draft'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ticketVendorCases: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticketId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ticketVendorCases 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase.TicketCases'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  escalateToVendor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ticketId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VendorCase.Escalation'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        q?: string | null;
        role?: string | null;
        organizationId?: number | null;
        enabled?: boolean | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listUsers 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.UserPage'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description importUsers 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserImport.Report'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  inviteUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UsersController.NewInvitation'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.Invited'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUserOrganizations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listUserOrganizations 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me.OrganizationRef'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description getUser 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.User'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UsersController.UserChange'];
      };
    };
    responses: {
      /** @description changeUser 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.User'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  disableUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description disableUser 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.User'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enableUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description enableUser 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.User'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resetUserPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description resetUserPassword 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDirectory.LinkSent'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listVendorCases: {
    parameters: {
      query?: {
        status?: string | null;
        vendorId?: number | null;
        q?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listVendorCases 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase.Page'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  vendorCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description vendorCase 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeVendorCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VendorCase.NumberChange'];
      };
    };
    responses: {
      /** @description changeVendorCase 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  closeVendorCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VendorCase.Closing'];
      };
    };
    responses: {
      /** @description closeVendorCase 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reEscalationDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description reEscalationDraft 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase.Draft'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reEscalateVendorCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VendorCase.ReEscalation'];
      };
    };
    responses: {
      /** @description reEscalateVendorCase 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VendorCase'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listVendors: {
    parameters: {
      query?: {
        q?: string | null;
        page?: number;
        size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description listVendors 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Vendors.Page_Vendors.Vendor_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addVendor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Vendors.NewVendor'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Vendors.Vendor'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  vendor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description vendor 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Vendors.Vendor'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeVendor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Vendors.Change'];
      };
    };
    responses: {
      /** @description changeVendor 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Vendors.Vendor'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  vendorAudit: {
    parameters: {
      query?: {
        page?: number;
        size?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description vendorAudit 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Vendors.Page_Vendors.AuditEntry_'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginController.LoginRequest'];
      };
    };
    responses: {
      /** @description login 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginController.LoginResponse'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TmfHubController.Registration'];
      };
    };
    responses: {
      /** @description Created; Location names the new resource */
      201: {
        headers: {
          /** @description The new resource's path */
          Location: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfEventSubscription'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  remove_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description remove_2 204 response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  list_16: {
    parameters: {
      query?: {
        offset?: number;
        limit?: number;
        status?: string | null;
        externalId?: string | null;
        fields?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description list_16 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfViews.TroubleTicket'][];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  create_8: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description create_8 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfViews.TroubleTicket'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Creating trouble tickets is not offered */
      405: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  get_9: {
    parameters: {
      query?: {
        fields?: string | null;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description get_9 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfViews.TroubleTicket'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patch: {
    parameters: {
      query?: never;
      header?: {
        'If-Match'?: string | null;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/merge-patch+json': components['schemas']['TmfTroubleTicketPatch'];
        'application/json': components['schemas']['TmfTroubleTicketPatch'];
      };
    };
    responses: {
      /** @description patch 200 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfViews.TroubleTicket'];
        };
      };
      /** @description Bad request: malformed JSON, a wrong type, or a field that fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token, or wrong credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller's role or organisation may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing here, or nothing the caller may see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Accept header names no media type this operation produces */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict: a stale version, a duplicate, or a state that forbids the change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body is larger than the server accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body's Content-Type is not one this operation consumes */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed, but the business rules refuse it */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests from this client; retry after the Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Medley cannot serve this right now (e.g. the database is unreachable); retry */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
