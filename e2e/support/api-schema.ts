/**
 * The Brug API's paths and operations, generated from the server's OpenAPI document by
 * openapi-typescript. Do not edit: run `npm run openapi:types` after changing a route.
 */

export interface paths {
  '/api/about': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server version and web bundle digest */
    get: operations['getAbout'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness check */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness check: database reachable and migrated */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/setup/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether first-run set-up is open for a set-up token */
    get: operations['getSetupStatus'];
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
    get?: never;
    put?: never;
    /** Complete first-run set-up: zone and first admin */
    post: operations['completeSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with e-mail address and password */
    post: operations['logIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log out and end the session */
    post: operations['logOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in user, with the CSRF token */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check an invitation token */
    get: operations['checkInvitation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation and choose a password */
    post: operations['acceptInvitation'];
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
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update one's own name or language */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change one's own password */
    post: operations['changeMyPassword'];
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
    /** List the zone's users */
    get: operations['listUsers'];
    put?: never;
    /** Invite a user */
    post: operations['inviteUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/resend-invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a user's invitation again */
    post: operations['resendInvitation'];
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
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user's role or status */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/auth/password-reset/request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Request a password reset mail */
    post: operations['requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset token */
    post: operations['resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-resets/pending': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List password resets awaiting an admin */
    get: operations['listPendingPasswordResets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-resets/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a pending password reset */
    post: operations['confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-resets/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse a pending password reset */
    post: operations['refusePasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/password-reset-notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notice of a recent password reset of one's account */
    get: operations['getPasswordResetNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/password-reset-notice/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dismiss a password reset notice */
    post: operations['dismissPasswordResetNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/zone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The zone's settings */
    get: operations['getZone'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update the zone's settings */
    patch: operations['updateZone'];
    trace?: never;
  };
  '/api/zone/district-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** District lists to start the zone's districts from */
    get: operations['listDistrictTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List audit log entries */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/anchor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit chain's last signed checkpoint
     * @description The last signed checkpoint of the audit chain, kept outside the database, and whether the database still reaches it. For admins, coordinators and researchers.
     */
    get: operations['getAuditAnchor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List outgoing mail */
    get: operations['listOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/{id}/hand-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Show a personal mail to hand it over by hand */
    post: operations['handOverMail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send undelivered mail again */
    post: operations['resendMail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/confidential': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List outgoing confidential mail */
    get: operations['listConfidentialOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The home page: what needs one's attention */
    get: operations['getHome'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List programmes */
    get: operations['listProgrammes'];
    put?: never;
    /** Create a programme */
    post: operations['createProgramme'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current programme */
    get: operations['getCurrentProgramme'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a programme */
    get: operations['getProgramme'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a programme */
    patch: operations['updateProgramme'];
    trace?: never;
  };
  '/api/programmes/{id}/phases/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a programme phase */
    patch: operations['updateProgrammePhase'];
    trace?: never;
  };
  '/api/public/programmes/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A programme's public page */
    get: operations['getPublicProgramme'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List partner organisations */
    get: operations['listOrganisations'];
    put?: never;
    /** Add a partner organisation */
    post: operations['createOrganisation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a partner organisation */
    get: operations['getOrganisation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a partner organisation */
    patch: operations['updateOrganisation'];
    trace?: never;
  };
  '/api/partners/organisations/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an organisation to another partnership status */
    post: operations['setOrganisationStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/organisations/{id}/status-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's status history */
    get: operations['listOrganisationStatusHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/organisations/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an organisation's contacts */
    get: operations['listOrganisationContacts'];
    put?: never;
    /** Add a contact to an organisation */
    post: operations['createContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a contact */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/api/partners/contacts/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export a contact's personal data */
    get: operations['exportContact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/contacts/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a contact's personal data */
    post: operations['eraseContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/waves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List outreach waves */
    get: operations['listWaves'];
    put?: never;
    /** Create an outreach wave */
    post: operations['createWave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/waves/{id}/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add organisations to a wave */
    post: operations['addWaveOrganisations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a referral between organisations */
    post: operations['createReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/organisations/{id}/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an organisation's referrals */
    get: operations['listOrganisationReferrals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/network': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The network of organisations and referrals */
    get: operations['getPartnerNetwork'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/organisations/{id}/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an interaction with an organisation */
    post: operations['createInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/organisations/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's timeline */
    get: operations['getOrganisationTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List follow-up tasks */
    get: operations['listPartnerTasks'];
    put?: never;
    /** Create a follow-up task */
    post: operations['createPartnerTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a follow-up task */
    patch: operations['updatePartnerTask'];
    trace?: never;
  };
  '/api/partners/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Partnership coverage by district and target group */
    get: operations['getPartnerCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/focus-areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List focus areas */
    get: operations['listFocusAreas'];
    put?: never;
    /** Add a focus area */
    post: operations['createFocusArea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List who can own an organisation */
    get: operations['listPartnerOwners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List one's saved views */
    get: operations['listSavedViews'];
    put?: never;
    /** Save a view */
    post: operations['createSavedView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a saved view */
    delete: operations['deleteSavedView'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import organisations from a CSV or XLSX file */
    post: operations['importOrganisations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import's result */
    get: operations['getOrganisationImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export organisations as CSV or XLSX */
    get: operations['exportOrganisations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List ideas */
    get: operations['listIdeas'];
    put?: never;
    /** Submit an idea */
    post: operations['createIdea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an idea */
    get: operations['getIdea'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an idea's comments */
    get: operations['listIdeaComments'];
    put?: never;
    /** Comment on an idea */
    post: operations['createIdeaComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas/{id}/endorsement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Endorse an idea */
    put: operations['endorseIdea'];
    post?: never;
    /** Withdraw one's endorsement of an idea */
    delete: operations['withdrawIdeaEndorsement'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas/{id}/triage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Triage an idea */
    post: operations['triageIdea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ideas/{id}/initiative': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn an idea into an initiative */
    post: operations['createInitiativeFromIdea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List initiatives */
    get: operations['listInitiatives'];
    put?: never;
    /** Create an initiative */
    post: operations['createInitiative'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Initiative coverage by district and target group */
    get: operations['getInitiativeCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an initiative */
    get: operations['getInitiative'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update an initiative */
    patch: operations['updateInitiative'];
    trace?: never;
  };
  '/api/initiatives/{id}/transition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an initiative to its next stage */
    post: operations['transitionInitiative'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an initiative's comments */
    get: operations['listInitiativeComments'];
    put?: never;
    /** Comment on an initiative */
    post: operations['createInitiativeComment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an initiative's documents */
    get: operations['listInitiativeDocuments'];
    put?: never;
    /** Upload a document to an initiative */
    post: operations['uploadInitiativeDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an initiative's document */
    get: operations['downloadInitiativeDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/fit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the fit assessment of an initiative */
    post: operations['assessInitiativeFit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List activities */
    get: operations['listActivities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan an activity for an initiative */
    post: operations['createActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an activity */
    get: operations['getActivity'];
    put?: never;
    post?: never;
    /** Cancel an activity */
    delete: operations['cancelActivity'];
    options?: never;
    head?: never;
    /** Update an activity */
    patch: operations['updateActivity'];
    trace?: never;
  };
  '/api/activities/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an activity's registrations */
    get: operations['listActivityRegistrations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record who attended an activity */
    put: operations['recordActivityAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An activity's report */
    get: operations['getActivityReport'];
    /** Save an activity's report */
    put: operations['saveActivityReport'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List an activity's surveys */
    get: operations['listActivitySurveys'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An activity's public page */
    get: operations['getPublicActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/activities/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register for an activity */
    post: operations['registerForActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registrations/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Look up a registration by its token */
    post: operations['lookUpRegistration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registrations/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a registration by its token */
    post: operations['cancelRegistration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registrations/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A registration's calendar file */
    get: operations['downloadRegistrationCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/activities/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An activity's report as PDF */
    get: operations['downloadActivityReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-topics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List volunteer topics */
    get: operations['listVolunteerTopics'];
    put?: never;
    /** Add a volunteer topic */
    post: operations['createVolunteerTopic'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-topics/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename or retire a volunteer topic */
    patch: operations['updateVolunteerTopic'];
    trace?: never;
  };
  '/api/volunteers/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List calls for volunteers */
    get: operations['listVolunteerCalls'];
    put?: never;
    /** Draft a call for volunteers */
    post: operations['createVolunteerCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/calls/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a call for volunteers */
    post: operations['publishVolunteerCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/calls/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a call for volunteers */
    post: operations['closeVolunteerCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply as a volunteer */
    post: operations['applyAsVolunteer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One's own volunteer profile */
    get: operations['getMyVolunteerProfile'];
    put?: never;
    post?: never;
    /** Leave the volunteer pool and erase one's profile */
    delete: operations['leaveVolunteerPool'];
    options?: never;
    head?: never;
    /** Update one's own volunteer profile */
    patch: operations['updateMyVolunteerProfile'];
    trace?: never;
  };
  '/api/volunteers/me/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export one's own volunteer data */
    get: operations['exportMyVolunteerData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/me/assignments/{id}/respond': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or decline a request to help */
    post: operations['respondToMyAssignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/me/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a new calendar feed link */
    post: operations['createMyCalendarLink'];
    /** Revoke one's calendar feed link */
    delete: operations['revokeMyCalendarLink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-calendars/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A volunteer's calendar feed */
    get: operations['getVolunteerCalendarFeed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/assignments/respond': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or decline a request to help by its mailed token */
    post: operations['respondToAssignmentByToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an activity needing volunteers */
    post: operations['createVolunteerActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-activities/{activityId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an activity needing volunteers */
    get: operations['getVolunteerActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/matching': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suggest volunteers for an activity */
    post: operations['matchVolunteers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-activities/{activityId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask volunteers to help at an activity */
    post: operations['inviteVolunteers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteer-activities/{activityId}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An activity's volunteer team */
    get: operations['getVolunteerTeam'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/workload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Volunteers' workload */
    get: operations['getVolunteerWorkload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List volunteers */
    get: operations['listVolunteers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a volunteer */
    get: operations['getVolunteer'];
    put?: never;
    post?: never;
    /** Remove a volunteer and erase their data */
    delete: operations['eraseVolunteer'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change a volunteer's status */
    post: operations['setVolunteerStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a note to a volunteer */
    post: operations['addVolunteerNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a volunteer a message */
    post: operations['messageVolunteer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/{id}/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a volunteer's training */
    post: operations['addVolunteerTraining'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export a volunteer's personal data */
    get: operations['exportVolunteer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/volunteers/assignments/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a volunteer's assignment */
    post: operations['cancelVolunteerAssignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bureau': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The research bureau and its members */
    get: operations['getBureau'];
    put?: never;
    /** Set up the research bureau */
    post: operations['createBureau'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bureau/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a member to the research bureau */
    post: operations['addBureauMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bureau/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from the research bureau */
    delete: operations['removeBureauMember'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vault': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The vault's state */
    get: operations['getVault'];
    put?: never;
    /** Create the vault */
    post: operations['createVault'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vault/key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One's own sealed vault key */
    get: operations['getMyVaultKey'];
    /** Reseal one's own vault key */
    put: operations['replaceMyVaultKey'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vault/public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The vault's public key */
    get: operations['getVaultPublicKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vault/recovery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The vault's key wrapped for recovery */
    get: operations['getVaultRecovery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vault/renew': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Renew the vault's keys */
    post: operations['renewVault'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vault/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a member's vault enrolment */
    post: operations['createVaultEnrolment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vault/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One's own pending vault enrolment */
    get: operations['getMyVaultEnrolment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vault/enrol': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete one's own vault enrolment */
    post: operations['completeVaultEnrolment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List conversations */
    get: operations['listInterviews'];
    put?: never;
    /** Record a conversation */
    post: operations['createInterview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a conversation */
    get: operations['getInterview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a conversation */
    patch: operations['updateInterview'];
    trace?: never;
  };
  '/api/interviews/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save a conversation's sealed notes */
    put: operations['saveInterviewNotes'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interviews/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a conversation at the interviewee's request */
    post: operations['withdrawInterview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List conversation slots */
    get: operations['listSlots'];
    put?: never;
    /** Offer a conversation slot */
    post: operations['createSlot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/slots/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a conversation slot */
    delete: operations['deleteSlot'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/slots/{id}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Book a slot for an invitee */
    post: operations['bookSlot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a booking */
    post: operations['cancelBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a booking to another slot */
    post: operations['rescheduleBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outreach/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite people to a conversation */
    post: operations['sendOutreachInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outreach/invitations/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preview whom a sending of invitations reaches and the mail they get */
    post: operations['previewOutreachInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outreach/waves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List outreach waves with their invitations */
    get: operations['listOutreachWaves'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outreach/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Outreach progress */
    get: operations['getOutreachStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outreach/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List invitees' answers */
    get: operations['listOutreachAnswers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outreach/bookable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List invitees who may book a slot */
    get: operations['listBookableInvitees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An invitation to a conversation, by its token */
    get: operations['getPublicInvitation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/invitation/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer an invitation to a conversation */
    post: operations['answerInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/booking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A booking, by its token */
    get: operations['getPublicBooking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/booking/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a booking by its token */
    post: operations['cancelPublicBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/booking/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a booking by its token */
    post: operations['reschedulePublicBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roundtables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List roundtables */
    get: operations['listRoundtables'];
    put?: never;
    /** Plan a roundtable */
    post: operations['createRoundtable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roundtables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a roundtable */
    get: operations['getRoundtable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a roundtable */
    patch: operations['updateRoundtable'];
    trace?: never;
  };
  '/api/roundtables/{id}/participants/{participantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a roundtable participant */
    delete: operations['removeRoundtableParticipant'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roundtables/{id}/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a roundtable participant */
    post: operations['addRoundtableParticipant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roundtables/{id}/participants/{participantId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a participant's attendance */
    put: operations['recordRoundtableAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the codebook's codes */
    get: operations['listCodes'];
    put?: never;
    /** Add a code */
    post: operations['createCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a code */
    delete: operations['deleteCode'];
    options?: never;
    head?: never;
    /** Update a code */
    patch: operations['updateCode'];
    trace?: never;
  };
  '/api/codes/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a code into another */
    post: operations['mergeCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/cooccurrence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which codes occur together */
    get: operations['getCodeCooccurrence'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/roundtables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List roundtables taken into the analysis */
    get: operations['listAnalysisRoundtables'];
    put?: never;
    /** Take a roundtable into the analysis */
    post: operations['addAnalysisRoundtable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/roundtables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a roundtable out of the analysis */
    delete: operations['removeAnalysisRoundtable'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/roundtables/{id}/text': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A roundtable source's sealed text */
    get: operations['getAnalysisRoundtableText'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List codings */
    get: operations['listCodings'];
    put?: never;
    /** Code a passage */
    post: operations['createCoding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a coding */
    delete: operations['deleteCoding'];
    options?: never;
    head?: never;
    /** Update a coding */
    patch: operations['updateCoding'];
    trace?: never;
  };
  '/api/analysis/theme-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a theme run */
    post: operations['createThemeRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/theme-runs/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest theme run */
    get: operations['getLatestThemeRun'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/theme-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a theme run */
    get: operations['getThemeRun'];
    /** Save a theme run's sealed result */
    put: operations['saveThemeRunResult'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/refi-qda/project': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sealed project for a REFI-QDA export */
    get: operations['getRefiQdaProject'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/refi-qda/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a sealed REFI-QDA project */
    post: operations['importRefiQdaProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/export.qdc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Former REFI-QDA codebook export (gone)
     * @deprecated
     */
    get: operations['exportRefiQdaCodebook'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analysis/export.qdpx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Former REFI-QDA project export (gone)
     * @deprecated
     */
    get: operations['exportRefiQdaProject'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/published-findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List published findings */
    get: operations['listPublishedFindings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/published-findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a published finding */
    get: operations['getPublishedFinding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/report.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Findings report as PDF or DOCX */
    get: operations['downloadFindingsReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the bureau's sealed findings */
    get: operations['listFindings'];
    put?: never;
    /** Draft a finding */
    post: operations['createFinding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List sources a finding may cite */
    get: operations['listFindingSources'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/registry-names': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Names in the partner registry, for the de-identification check */
    get: operations['listRegistryNames'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a sealed finding */
    get: operations['getFinding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a sealed finding */
    patch: operations['updateFinding'];
    trace?: never;
  };
  '/api/findings/{id}/sources-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Count the distinct sources behind a finding */
    post: operations['countFindingSources'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a finding */
    post: operations['publishFinding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the survey item bank */
    get: operations['listSurveyItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List surveys */
    get: operations['listSurveys'];
    put?: never;
    /** Create a survey */
    post: operations['createSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a survey */
    get: operations['getSurvey'];
    put?: never;
    post?: never;
    /** Delete a survey nobody has answered */
    delete: operations['deleteSurvey'];
    options?: never;
    head?: never;
    /** Update a survey */
    patch: operations['updateSurvey'];
    trace?: never;
  };
  '/api/surveys/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a survey to new answers */
    post: operations['closeSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a survey */
    post: operations['archiveSurvey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make single-use response codes */
    post: operations['createSurveyCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}/qr.png': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** QR code of a survey's link, as PNG */
    get: operations['getSurveyQrCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}/poster.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Poster with a survey's link, as PDF */
    get: operations['getSurveyPoster'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}/slide.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Slide with a survey's link, as SVG */
    get: operations['getSurveySlide'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A survey's results */
    get: operations['getSurveyResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/initiatives/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Survey results of an initiative */
    get: operations['getInitiativeSurveyResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/surveys/{publicId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A survey's public form */
    get: operations['getPublicSurvey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/surveys/{publicId}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a survey */
    post: operations['submitSurveyResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The insights dashboard */
    get: operations['getInsightsDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programme report as PDF */
    get: operations['downloadInsightsReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programme figures as CSV */
    get: operations['exportInsightsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/insights/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programme figures as XLSX */
    get: operations['exportInsightsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAbout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            webBundleSha256: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready';
            database: string;
            migrations: number;
          };
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getSetupStatus: {
    parameters: {
      query?: {
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            needsSetup: boolean;
            tokenValid?: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  completeSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          email: string;
          displayName: string;
          password: string;
          zoneName: string;
          /**
           * @default nl
           * @enum {string}
           */
          language?: 'nl' | 'fr' | 'en';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
              /** @enum {string} */
              language: 'nl' | 'fr' | 'en';
              /** @enum {string} */
              status: 'invited' | 'active' | 'deactivated';
              /** Format: uuid */
              zoneId: string;
              createdAt: string;
            };
            zone: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              defaultLanguage: 'nl' | 'fr' | 'en';
            };
            csrfToken: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  logIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
              /** @enum {string} */
              language: 'nl' | 'fr' | 'en';
              /** @enum {string} */
              status: 'invited' | 'active' | 'deactivated';
              /** Format: uuid */
              zoneId: string;
              createdAt: string;
            };
            zone: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              defaultLanguage: 'nl' | 'fr' | 'en';
            };
            csrfToken: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  logOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
              /** @enum {string} */
              language: 'nl' | 'fr' | 'en';
              /** @enum {string} */
              status: 'invited' | 'active' | 'deactivated';
              /** Format: uuid */
              zoneId: string;
              createdAt: string;
            };
            zone: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              defaultLanguage: 'nl' | 'fr' | 'en';
            };
            csrfToken: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  checkInvitation: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: string;
            displayName: string;
            language: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
              /** @enum {string} */
              language: 'nl' | 'fr' | 'en';
              /** @enum {string} */
              status: 'invited' | 'active' | 'deactivated';
              /** Format: uuid */
              zoneId: string;
              createdAt: string;
            };
            zone: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              defaultLanguage: 'nl' | 'fr' | 'en';
            };
            csrfToken: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          displayName?: string;
          /** @enum {string} */
          language?: 'nl' | 'fr' | 'en';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
              /** @enum {string} */
              language: 'nl' | 'fr' | 'en';
              /** @enum {string} */
              status: 'invited' | 'active' | 'deactivated';
              /** Format: uuid */
              zoneId: string;
              createdAt: string;
            };
            zone: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              defaultLanguage: 'nl' | 'fr' | 'en';
            };
            csrfToken: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  changeMyPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
              /** @enum {string} */
              language: 'nl' | 'fr' | 'en';
              /** @enum {string} */
              status: 'invited' | 'active' | 'deactivated';
              /** Format: uuid */
              zoneId: string;
              createdAt: string;
            };
            zone: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              defaultLanguage: 'nl' | 'fr' | 'en';
            };
            csrfToken: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        role?: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
        status?: 'invited' | 'active' | 'deactivated';
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              /** @enum {string} */
              role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
              /** @enum {string} */
              language: 'nl' | 'fr' | 'en';
              /** @enum {string} */
              status: 'invited' | 'active' | 'deactivated';
              /** Format: uuid */
              zoneId: string;
              createdAt: string;
            }[];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
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
        'application/json': {
          email: string;
          displayName: string;
          /** @enum {string} */
          role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
          /**
           * @default nl
           * @enum {string}
           */
          language?: 'nl' | 'fr' | 'en';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
            /** @enum {string} */
            language: 'nl' | 'fr' | 'en';
            /** @enum {string} */
            status: 'invited' | 'active' | 'deactivated';
            /** Format: uuid */
            zoneId: string;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  resendInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role?: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
          /** @enum {string} */
          status?: 'active' | 'deactivated';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            role: 'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner';
            /** @enum {string} */
            language: 'nl' | 'fr' | 'en';
            /** @enum {string} */
            status: 'invited' | 'active' | 'deactivated';
            /** Format: uuid */
            zoneId: string;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
            awaitingConfirmation: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listPendingPasswordResets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              email: string;
              mine: boolean;
              requestedBy: string | null;
              requestedAt: string;
              confirmBefore: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  refusePasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPasswordResetNotice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            notice: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'done' | 'refused';
              at: string;
              requestedBy: string | null;
              confirmedBy: string | null;
            } | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  dismissPasswordResetNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getZone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            defaultLanguage: 'nl' | 'fr' | 'en';
            districts: string[];
            districtPostcodes: {
              [key: string]: string[];
            };
            publicationK: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateZone: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          defaultLanguage?: 'nl' | 'fr' | 'en';
          districts?: string[];
          publicationK?: number;
          districtPostcodes?: {
            [key: string]: string[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            defaultLanguage: 'nl' | 'fr' | 'en';
            districts: string[];
            districtPostcodes: {
              [key: string]: string[];
            };
            publicationK: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listDistrictTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            antwerp: string[];
            antwerpPostcodes: {
              [key: string]: string[];
            };
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        actorId?: string;
        action?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: number;
              at: string;
              actorId: string | null;
              actorEmail: string | null;
              action: string;
              targetType: string | null;
              targetId: string | null;
              details: {
                [key: string]: unknown;
              };
            }[];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getAuditAnchor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            anchored: boolean;
            head: string | null;
            checkpointAt: string | null;
            entries: number;
            keyFingerprint: string | null;
            publicKey: string | null;
            intact: boolean;
            problem: ('cut' | 'rewritten' | 'forged') | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listOutbox: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        undelivered?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              to: string;
              subject: string;
              language: string | null;
              text: string | null;
              confidential: boolean;
              status: string;
              attempts: number;
              error: string | null;
              canHandOver: boolean;
              canResend: boolean;
              createdAt: string;
              sentAt: string | null;
            }[];
            total: number;
            page: number;
            pageSize: number;
            smtp: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  handOverMail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            to: string;
            subject: string;
            text: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  resendMail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            status: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listConfidentialOutbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              to: string;
              subject: string;
              language: string | null;
              status: string;
              createdAt: string;
              text: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getHome: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              key:
                | 'tasksOverdue'
                | 'tasksOpen'
                | 'invitationsUnanswered'
                | 'initiativesAwaitingPartner'
                | 'activitiesShortOfColleagues'
                | 'ideasNew'
                | 'applicationsNew'
                | 'interviewsToHold'
                | 'interviewsToCode'
                | 'findingDrafts'
                | 'answersToRead'
                | 'assignmentsToAnswer'
                | 'initiativesToConfirm'
                | 'findingsPublished'
                | 'usersInvited'
                | 'mailUndelivered'
                | 'setupNoBureau'
                | 'setupNoMailServer'
                | 'setupNoProgramme';
              count: number;
              to: string;
              urgent: boolean;
            }[];
            upcoming: {
              /** Format: uuid */
              activityId: string;
              /** Format: uuid */
              initiativeId: string;
              title: string;
              startsAt: string;
              to: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listProgrammes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            aim: string;
            startsOn: string | null;
            endsOn: string | null;
            isPublic: boolean;
            slug: string;
            publicText: {
              [key: string]: string;
            };
            protectionText: {
              [key: string]: string;
            };
            phases: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening';
              position: number;
              plannedStart: string | null;
              plannedEnd: string | null;
              actualStart: string | null;
              actualEnd: string | null;
            }[];
            currentPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
            nextPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createProgramme: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @default  */
          aim?: string;
          startsOn?: string | null;
          endsOn?: string | null;
          /** @default false */
          isPublic?: boolean;
          /** @default {} */
          publicText?: {
            [key: string]: string;
          };
          /** @default {} */
          protectionText?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            aim: string;
            startsOn: string | null;
            endsOn: string | null;
            isPublic: boolean;
            slug: string;
            publicText: {
              [key: string]: string;
            };
            protectionText: {
              [key: string]: string;
            };
            phases: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening';
              position: number;
              plannedStart: string | null;
              plannedEnd: string | null;
              actualStart: string | null;
              actualEnd: string | null;
            }[];
            currentPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
            nextPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getCurrentProgramme: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            currentPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
            nextPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getProgramme: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            aim: string;
            startsOn: string | null;
            endsOn: string | null;
            isPublic: boolean;
            slug: string;
            publicText: {
              [key: string]: string;
            };
            protectionText: {
              [key: string]: string;
            };
            phases: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening';
              position: number;
              plannedStart: string | null;
              plannedEnd: string | null;
              actualStart: string | null;
              actualEnd: string | null;
            }[];
            currentPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
            nextPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateProgramme: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          aim?: string;
          startsOn?: string | null;
          endsOn?: string | null;
          isPublic?: boolean;
          publicText?: {
            [key: string]: string;
          };
          protectionText?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            aim: string;
            startsOn: string | null;
            endsOn: string | null;
            isPublic: boolean;
            slug: string;
            publicText: {
              [key: string]: string;
            };
            protectionText: {
              [key: string]: string;
            };
            phases: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening';
              position: number;
              plannedStart: string | null;
              plannedEnd: string | null;
              actualStart: string | null;
              actualEnd: string | null;
            }[];
            currentPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
            nextPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateProgrammePhase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          plannedStart?: string | null;
          plannedEnd?: string | null;
          actualStart?: string | null;
          actualEnd?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening';
            position: number;
            plannedStart: string | null;
            plannedEnd: string | null;
            actualStart: string | null;
            actualEnd: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPublicProgramme: {
    parameters: {
      query?: {
        lang?: string;
      };
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            aim: string;
            language: string;
            languages: string[];
            text: string;
            protection: string;
            startsOn: string | null;
            endsOn: string | null;
            phases: {
              /** @enum {string} */
              kind: 'preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening';
              start: string | null;
              end: string | null;
            }[];
            currentPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
            nextPhase:
              | ('preparation' | 'listening' | 'co_design' | 'initiatives' | 'evaluation' | 'broadening')
              | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listOrganisations: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        q?: string;
        kind?: 'internal' | 'external';
        focusArea?: string | string[];
        district?: string | string[];
        language?: string | string[];
        targetGroup?: string | string[];
        postcode?: string;
        city?: string;
        ownerId?: string;
        dialogue?: 'existing' | 'new';
        waveId?: string | 'none';
        programmeId?: string;
        status?: string | string[];
        sort?: 'name' | '-name' | 'createdAt' | '-createdAt' | 'postcode' | '-postcode' | 'relevance';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'internal' | 'external';
              focusAreas: string[];
              districts: string[];
              address: string;
              postcode: string;
              city: string;
              website: string | null;
              languages: string[];
              targetGroups: string[];
              description: string;
              notes?: string;
              ownerId: string | null;
              /** @enum {string} */
              dialogue: 'existing' | 'new';
              waveId: string | null;
              status?:
                | ('longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended')
                | null;
              createdAt: string;
              updatedAt: string;
            }[];
            total: number;
            page: number;
            pageSize: number;
            totalCapped: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /**
           * @default external
           * @enum {string}
           */
          kind?: 'internal' | 'external';
          /** @default [] */
          focusAreas?: string[];
          /** @default [] */
          districts?: string[];
          /** @default  */
          address?: string;
          /** @default  */
          postcode?: string | '';
          /** @default  */
          city?: string;
          website?: string | null;
          /** @default [] */
          languages?: string[];
          /** @default [] */
          targetGroups?: string[];
          /** @default  */
          description?: string;
          /** @default  */
          notes?: string;
          ownerId?: string | null;
          /**
           * @default new
           * @enum {string}
           */
          dialogue?: 'existing' | 'new';
          waveId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: 'internal' | 'external';
            focusAreas: string[];
            districts: string[];
            address: string;
            postcode: string;
            city: string;
            website: string | null;
            languages: string[];
            targetGroups: string[];
            description: string;
            notes?: string;
            ownerId: string | null;
            /** @enum {string} */
            dialogue: 'existing' | 'new';
            waveId: string | null;
            status?:
              | ('longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended')
              | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            organisation: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'internal' | 'external';
              focusAreas: string[];
              districts: string[];
              address: string;
              postcode: string;
              city: string;
              website: string | null;
              languages: string[];
              targetGroups: string[];
              description: string;
              notes?: string;
              ownerId: string | null;
              /** @enum {string} */
              dialogue: 'existing' | 'new';
              waveId: string | null;
              status?:
                | ('longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended')
                | null;
              createdAt: string;
              updatedAt: string;
            };
            statuses: {
              /** Format: uuid */
              programmeId: string;
              /** @enum {string} */
              status: 'longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended';
              changedAt: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          kind?: 'internal' | 'external';
          focusAreas?: string[];
          districts?: string[];
          address?: string;
          postcode?: string | '';
          city?: string;
          website?: string | null;
          languages?: string[];
          targetGroups?: string[];
          description?: string;
          notes?: string;
          ownerId?: string | null;
          /** @enum {string} */
          dialogue?: 'existing' | 'new';
          waveId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: 'internal' | 'external';
            focusAreas: string[];
            districts: string[];
            address: string;
            postcode: string;
            city: string;
            website: string | null;
            languages: string[];
            targetGroups: string[];
            description: string;
            notes?: string;
            ownerId: string | null;
            /** @enum {string} */
            dialogue: 'existing' | 'new';
            waveId: string | null;
            status?:
              | ('longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended')
              | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  setOrganisationStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          programmeId: string;
          /** @enum {string} */
          status: 'longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended';
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            fromStatus:
              | ('longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended')
              | null;
            /** @enum {string} */
            toStatus: 'longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended';
            note: string;
            changedAt: string;
            changedById: string | null;
            changedByName: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listOrganisationStatusHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            fromStatus:
              | ('longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended')
              | null;
            /** @enum {string} */
            toStatus: 'longlist' | 'contacted' | 'invited' | 'in_dialogue' | 'partner' | 'paused' | 'ended';
            note: string;
            changedAt: string;
            changedById: string | null;
            changedByName: string | null;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listOrganisationContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            function: string;
            email: string | null;
            phone: string | null;
            preferredLanguage: string;
            consentBasis: string;
            consentDate: string;
            userId: string | null;
            erased: boolean;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @default  */
          function?: string;
          email?: string | null;
          phone?: string | null;
          /** @default nl */
          preferredLanguage?: string;
          /** @enum {string} */
          consentBasis: 'consent' | 'legitimate_interest' | 'public_task' | 'contract';
          /** Format: date */
          consentDate: string;
          userId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            function: string;
            email: string | null;
            phone: string | null;
            preferredLanguage: string;
            consentBasis: string;
            consentDate: string;
            userId: string | null;
            erased: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          function?: string;
          email?: string | null;
          phone?: string | null;
          preferredLanguage?: string;
          /** @enum {string} */
          consentBasis?: 'consent' | 'legitimate_interest' | 'public_task' | 'contract';
          /** Format: date */
          consentDate?: string;
          userId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            name: string;
            function: string;
            email: string | null;
            phone: string | null;
            preferredLanguage: string;
            consentBasis: string;
            consentDate: string;
            userId: string | null;
            erased: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  exportContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  eraseContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listWaves: {
    parameters: {
      query: {
        programmeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            number: number;
            name: string;
            description: string;
            progress: {
              organisations: number;
              longlist: number;
              contacted: number;
              invited: number;
              in_dialogue: number;
              partner: number;
              paused: number;
              ended: number;
            };
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createWave: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          programmeId: string;
          name: string;
          /** @default  */
          description?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            number: number;
            name: string;
            description: string;
            progress: {
              organisations: number;
              longlist: number;
              contacted: number;
              invited: number;
              in_dialogue: number;
              partner: number;
              paused: number;
              ended: number;
            };
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  addWaveOrganisations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          organisationIds?: string[];
          filter?: {
            q?: string;
            /** @enum {string} */
            kind?: 'internal' | 'external';
            focusArea?: string | string[];
            district?: string | string[];
            language?: string | string[];
            targetGroup?: string | string[];
            postcode?: string;
            city?: string;
            /** Format: uuid */
            ownerId?: string;
            /** @enum {string} */
            dialogue?: 'existing' | 'new';
            waveId?: string | 'none';
            /** Format: uuid */
            programmeId?: string;
            status?: string | string[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            added: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createReferral: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          fromOrganisationId: string;
          /** Format: uuid */
          toOrganisationId?: string;
          /** Format: uuid */
          toContactId?: string;
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listOrganisationReferrals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromOrganisationId: string;
            fromOrganisationName: string;
            toOrganisationId: string | null;
            toOrganisationName: string | null;
            toContactId: string | null;
            note: string;
            createdAt: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPartnerNetwork: {
    parameters: {
      query?: {
        programmeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            nodes: {
              /** Format: uuid */
              id: string;
              name: string;
              status: string | null;
            }[];
            links: {
              /** Format: uuid */
              from: string;
              /** Format: uuid */
              to: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createInteraction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'call' | 'visit' | 'meeting' | 'email' | 'note';
          /** Format: date-time */
          occurredAt: string;
          summary: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            kind: 'call' | 'visit' | 'meeting' | 'email' | 'note';
            occurredAt: string;
            summary: string;
            createdById: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getOrganisationTimeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            type: 'interaction' | 'status' | 'task' | 'referral';
            at: string;
            /** Format: uuid */
            id: string;
            text: string;
            kind: string | null;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listPartnerTasks: {
    parameters: {
      query?: {
        mine?: 'true' | 'false';
        organisationId?: string;
        open?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            organisationId: string | null;
            organisationName: string | null;
            title: string;
            dueOn: string;
            /** Format: uuid */
            assigneeId: string;
            done: boolean;
            overdue: boolean;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createPartnerTask: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          organisationId?: string | null;
          title: string;
          /** Format: date */
          dueOn: string;
          /** Format: uuid */
          assigneeId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            organisationId: string | null;
            organisationName: string | null;
            title: string;
            dueOn: string;
            /** Format: uuid */
            assigneeId: string;
            done: boolean;
            overdue: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updatePartnerTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          done?: boolean;
          title?: string;
          /** Format: date */
          dueOn?: string;
          /** Format: uuid */
          assigneeId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            organisationId: string | null;
            organisationName: string | null;
            title: string;
            dueOn: string;
            /** Format: uuid */
            assigneeId: string;
            done: boolean;
            overdue: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPartnerCoverage: {
    parameters: {
      query?: {
        programmeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            focusAreas: string[];
            districts: string[];
            statuses: string[];
            cells: {
              focusArea: string;
              district: string;
              total: number;
              byStatus: {
                [key: string]: number;
              };
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listFocusAreas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            key: string;
            label: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createFocusArea: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          key: string;
          label: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            key: string;
            label: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listPartnerOwners: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listSavedViews: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            query: {
              [key: string]: unknown;
            };
            createdAt: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createSavedView: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          query: {
            /** @default 1 */
            page?: number;
            /** @default 50 */
            pageSize?: number;
            q?: string;
            /** @enum {string} */
            kind?: 'internal' | 'external';
            focusArea?: string | string[];
            district?: string | string[];
            language?: string | string[];
            targetGroup?: string | string[];
            postcode?: string;
            city?: string;
            /** Format: uuid */
            ownerId?: string;
            /** @enum {string} */
            dialogue?: 'existing' | 'new';
            waveId?: string | 'none';
            /** Format: uuid */
            programmeId?: string;
            status?: string | string[];
            /**
             * @default name
             * @enum {string}
             */
            sort?: 'name' | '-name' | 'createdAt' | '-createdAt' | 'postcode' | '-postcode' | 'relevance';
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            query: {
              [key: string]: unknown;
            };
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  deleteSavedView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  importOrganisations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          format: 'csv' | 'xlsx';
          file?: string;
          /** Format: uuid */
          importId?: string;
          /** @default false */
          background?: boolean;
          mapping?: {
            [key: string]:
              | 'name'
              | 'kind'
              | 'focusAreas'
              | 'districts'
              | 'address'
              | 'postcode'
              | 'city'
              | 'website'
              | 'languages'
              | 'targetGroups'
              | 'description'
              | 'dialogue'
              | 'contactName'
              | 'contactFunction'
              | 'contactEmail'
              | 'contactPhone'
              | 'contactLanguage'
              | 'consentBasis'
              | 'consentDate'
              | 'status';
          };
          /** @default [] */
          skipRows?: number[];
          /** @default {} */
          fixes?: {
            [key: string]: {
              [key: string]: string;
            };
          };
          /** @enum {string} */
          consentBasis?: 'consent' | 'legitimate_interest' | 'public_task' | 'contract';
          /** Format: date */
          consentDate?: string;
          /** @default true */
          dryRun?: boolean;
          /** Format: uuid */
          programmeId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            importId?: string;
            /** @enum {string} */
            status?: 'previewed' | 'running' | 'done' | 'failed';
            columns: string[];
            mapping: {
              [key: string]: string;
            };
            rows: {
              row: number;
              name: string;
              /** @enum {string} */
              action: 'create' | 'update' | 'skip' | 'invalid';
              errors: {
                [key: string]: string;
              };
              /** @enum {string} */
              contactSkipped?: 'erased';
              derivedDistrict?: {
                district: string;
                postcode: string;
              };
            }[];
            summary: {
              create: number;
              update: number;
              skip: number;
              invalid: number;
              contacts: number;
              erasedContacts: number;
            };
            written: boolean;
            source?: {
              /** @enum {string} */
              encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
              /** @enum {string} */
              separator: ';' | ',' | '\t';
            };
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getOrganisationImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: 'previewed' | 'running' | 'done' | 'failed';
            done: number;
            total: number;
            summary: {
              create: number;
              update: number;
              skip: number;
              invalid: number;
              contacts: number;
              erasedContacts: number;
            } | null;
            error: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  exportOrganisations: {
    parameters: {
      query?: {
        q?: string;
        kind?: 'internal' | 'external';
        focusArea?: string | string[];
        district?: string | string[];
        language?: string | string[];
        targetGroup?: string | string[];
        postcode?: string;
        city?: string;
        ownerId?: string;
        dialogue?: 'existing' | 'new';
        waveId?: string | 'none';
        programmeId?: string;
        status?: string | string[];
        sort?: 'name' | '-name' | 'createdAt' | '-createdAt' | 'postcode' | '-postcode' | 'relevance';
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organisations, one row per contact */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listIdeas: {
    parameters: {
      query?: {
        status?: 'new' | 'under_consideration' | 'turned_into_initiative' | 'not_now';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              description: string;
              /** @enum {string} */
              status: 'new' | 'under_consideration' | 'turned_into_initiative' | 'not_now';
              statusReason: string | null;
              authorName: string | null;
              authorRole: string | null;
              mine: boolean;
              showName: boolean;
              endorsements: number;
              endorsedByMe: boolean;
              initiativeId: string | null;
              createdAt: string;
            }[];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createIdea: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          description: string;
          /** @default true */
          showName?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            status: 'new' | 'under_consideration' | 'turned_into_initiative' | 'not_now';
            statusReason: string | null;
            authorName: string | null;
            authorRole: string | null;
            mine: boolean;
            showName: boolean;
            endorsements: number;
            endorsedByMe: boolean;
            initiativeId: string | null;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getIdea: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            status: 'new' | 'under_consideration' | 'turned_into_initiative' | 'not_now';
            statusReason: string | null;
            authorName: string | null;
            authorRole: string | null;
            mine: boolean;
            showName: boolean;
            endorsements: number;
            endorsedByMe: boolean;
            initiativeId: string | null;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listIdeaComments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            text: string;
            authorName: string | null;
            bySubmitter: boolean;
            mine: boolean;
            createdAt: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createIdeaComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            text: string;
            authorName: string | null;
            bySubmitter: boolean;
            mine: boolean;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  endorseIdea: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            status: 'new' | 'under_consideration' | 'turned_into_initiative' | 'not_now';
            statusReason: string | null;
            authorName: string | null;
            authorRole: string | null;
            mine: boolean;
            showName: boolean;
            endorsements: number;
            endorsedByMe: boolean;
            initiativeId: string | null;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  withdrawIdeaEndorsement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            status: 'new' | 'under_consideration' | 'turned_into_initiative' | 'not_now';
            statusReason: string | null;
            authorName: string | null;
            authorRole: string | null;
            mine: boolean;
            showName: boolean;
            endorsements: number;
            endorsedByMe: boolean;
            initiativeId: string | null;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  triageIdea: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status: 'new' | 'under_consideration' | 'not_now';
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            status: 'new' | 'under_consideration' | 'turned_into_initiative' | 'not_now';
            statusReason: string | null;
            authorName: string | null;
            authorRole: string | null;
            mine: boolean;
            showName: boolean;
            endorsements: number;
            endorsedByMe: boolean;
            initiativeId: string | null;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createInitiativeFromIdea: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default other
           * @enum {string}
           */
          type?: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
          title?: string;
          /** @default  */
          description?: string;
          /** @default [] */
          goals?: string[];
          /** @default [] */
          targetGroups?: string[];
          /** @default [] */
          districts?: string[];
          /** @default [] */
          partnerOrganisationIds?: string[];
          /** @default null */
          leadUserId?: string | null;
          /** @default null */
          budget?: number | null;
          /** @default  */
          materials?: string;
          /** @default [] */
          findingIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
            title: string;
            description: string;
            goals: string[];
            targetGroups: string[];
            districts: string[];
            partners: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string | null;
              /** @enum {string} */
              fit: 'pending' | 'confirmed' | 'changes_requested';
              note: string | null;
              answeredAt: string | null;
            }[];
            leadUserId: string | null;
            budget: number | null;
            materials: string;
            findingIds: string[];
            /** @enum {string} */
            status:
              | 'idea'
              | 'proposal'
              | 'co_design'
              | 'planned'
              | 'running'
              | 'done'
              | 'evaluated'
              | 'dropped';
            statusReason: string | null;
            planOverrideReason: string | null;
            ideaId: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listInitiatives: {
    parameters: {
      query?: {
        status?: 'idea' | 'proposal' | 'co_design' | 'planned' | 'running' | 'done' | 'evaluated' | 'dropped';
        type?: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
        district?: string;
        partner?: string;
        targetGroup?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
            title: string;
            description: string;
            goals: string[];
            targetGroups: string[];
            districts: string[];
            partners: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string | null;
              /** @enum {string} */
              fit: 'pending' | 'confirmed' | 'changes_requested';
              note: string | null;
              answeredAt: string | null;
            }[];
            leadUserId: string | null;
            budget: number | null;
            materials: string;
            findingIds: string[];
            /** @enum {string} */
            status:
              | 'idea'
              | 'proposal'
              | 'co_design'
              | 'planned'
              | 'running'
              | 'done'
              | 'evaluated'
              | 'dropped';
            statusReason: string | null;
            planOverrideReason: string | null;
            ideaId: string | null;
            createdAt: string;
            updatedAt: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createInitiative: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
          title: string;
          /** @default  */
          description?: string;
          /** @default [] */
          goals?: string[];
          /** @default [] */
          targetGroups?: string[];
          /** @default [] */
          districts?: string[];
          /** @default [] */
          partnerOrganisationIds?: string[];
          /** @default null */
          leadUserId?: string | null;
          /** @default null */
          budget?: number | null;
          /** @default  */
          materials?: string;
          /** @default [] */
          findingIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
            title: string;
            description: string;
            goals: string[];
            targetGroups: string[];
            districts: string[];
            partners: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string | null;
              /** @enum {string} */
              fit: 'pending' | 'confirmed' | 'changes_requested';
              note: string | null;
              answeredAt: string | null;
            }[];
            leadUserId: string | null;
            budget: number | null;
            materials: string;
            findingIds: string[];
            /** @enum {string} */
            status:
              | 'idea'
              | 'proposal'
              | 'co_design'
              | 'planned'
              | 'running'
              | 'done'
              | 'evaluated'
              | 'dropped';
            statusReason: string | null;
            planOverrideReason: string | null;
            ideaId: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getInitiativeCoverage: {
    parameters: {
      query?: {
        lang?: 'nl' | 'fr' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            findings: {
              id: string;
              title: string;
              kind: string;
              initiativeIds: string[];
              answered: boolean;
            }[];
            initiatives: {
              id: string;
              title: string;
              /** @enum {string} */
              status:
                | 'idea'
                | 'proposal'
                | 'co_design'
                | 'planned'
                | 'running'
                | 'done'
                | 'evaluated'
                | 'dropped';
            }[];
            unanswered: number;
            unansweredNeeds: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getInitiative: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
            title: string;
            description: string;
            goals: string[];
            targetGroups: string[];
            districts: string[];
            partners: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string | null;
              /** @enum {string} */
              fit: 'pending' | 'confirmed' | 'changes_requested';
              note: string | null;
              answeredAt: string | null;
            }[];
            leadUserId: string | null;
            budget: number | null;
            materials: string;
            findingIds: string[];
            /** @enum {string} */
            status:
              | 'idea'
              | 'proposal'
              | 'co_design'
              | 'planned'
              | 'running'
              | 'done'
              | 'evaluated'
              | 'dropped';
            statusReason: string | null;
            planOverrideReason: string | null;
            ideaId: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateInitiative: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          type?: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
          title?: string;
          description?: string;
          goals?: string[];
          targetGroups?: string[];
          districts?: string[];
          partnerOrganisationIds?: string[];
          leadUserId?: string | null;
          budget?: number | null;
          materials?: string;
          findingIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
            title: string;
            description: string;
            goals: string[];
            targetGroups: string[];
            districts: string[];
            partners: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string | null;
              /** @enum {string} */
              fit: 'pending' | 'confirmed' | 'changes_requested';
              note: string | null;
              answeredAt: string | null;
            }[];
            leadUserId: string | null;
            budget: number | null;
            materials: string;
            findingIds: string[];
            /** @enum {string} */
            status:
              | 'idea'
              | 'proposal'
              | 'co_design'
              | 'planned'
              | 'running'
              | 'done'
              | 'evaluated'
              | 'dropped';
            statusReason: string | null;
            planOverrideReason: string | null;
            ideaId: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  transitionInitiative: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          to: 'idea' | 'proposal' | 'co_design' | 'planned' | 'running' | 'done' | 'evaluated' | 'dropped';
          reason?: string;
          overrideReason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
            title: string;
            description: string;
            goals: string[];
            targetGroups: string[];
            districts: string[];
            partners: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string | null;
              /** @enum {string} */
              fit: 'pending' | 'confirmed' | 'changes_requested';
              note: string | null;
              answeredAt: string | null;
            }[];
            leadUserId: string | null;
            budget: number | null;
            materials: string;
            findingIds: string[];
            /** @enum {string} */
            status:
              | 'idea'
              | 'proposal'
              | 'co_design'
              | 'planned'
              | 'running'
              | 'done'
              | 'evaluated'
              | 'dropped';
            statusReason: string | null;
            planOverrideReason: string | null;
            ideaId: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listInitiativeComments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            text: string;
            authorName: string;
            authorRole: string;
            createdAt: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createInitiativeComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            text: string;
            authorName: string;
            authorRole: string;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listInitiativeDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            filename: string;
            contentType: string;
            size: number;
            uploadedBy: string;
            createdAt: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  uploadInitiativeDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          filename: string;
          /** @enum {string} */
          contentType:
            | 'application/pdf'
            | 'image/png'
            | 'image/jpeg'
            | 'text/plain'
            | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            | 'application/vnd.oasis.opendocument.text'
            | 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
          /** Format: byte */
          content: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  downloadInitiativeDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document as uploaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/png': string;
          'image/jpeg': string;
          'text/plain': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.oasis.opendocument.text': string;
          'application/vnd.openxmlformats-officedocument.presentationml.presentation': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  assessInitiativeFit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          fit: 'confirmed' | 'changes_requested';
          note?: string;
          /** Format: uuid */
          organisationId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
            title: string;
            description: string;
            goals: string[];
            targetGroups: string[];
            districts: string[];
            partners: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string | null;
              /** @enum {string} */
              fit: 'pending' | 'confirmed' | 'changes_requested';
              note: string | null;
              answeredAt: string | null;
            }[];
            leadUserId: string | null;
            budget: number | null;
            materials: string;
            findingIds: string[];
            /** @enum {string} */
            status:
              | 'idea'
              | 'proposal'
              | 'co_design'
              | 'planned'
              | 'running'
              | 'done'
              | 'evaluated'
              | 'dropped';
            statusReason: string | null;
            planOverrideReason: string | null;
            ideaId: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listActivities: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        initiativeId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            initiativeId: string;
            initiativeTitle: string;
            /** @enum {string} */
            initiativeType:
              | 'presentation'
              | 'workshop'
              | 'neighbourhood_meeting'
              | 'group_activity'
              | 'other';
            startsAt: string;
            endsAt: string;
            place: string | null;
            onlineUrl: string | null;
            capacity: number;
            languages: string[];
            colleaguesNeeded: number;
            confirmedPeople: number;
            waitingPeople: number;
            attendance: number | null;
            cancelled: boolean;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          startsAt: string;
          /** Format: date-time */
          endsAt: string;
          /** @default null */
          place?: string | null;
          /** @default null */
          onlineUrl?: string | null;
          capacity: number;
          /**
           * @default [
           *       "nl"
           *     ]
           */
          languages?: string[];
          /** @default 0 */
          colleaguesNeeded?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            initiativeId: string;
            initiativeTitle: string;
            /** @enum {string} */
            initiativeType:
              | 'presentation'
              | 'workshop'
              | 'neighbourhood_meeting'
              | 'group_activity'
              | 'other';
            startsAt: string;
            endsAt: string;
            place: string | null;
            onlineUrl: string | null;
            capacity: number;
            languages: string[];
            colleaguesNeeded: number;
            confirmedPeople: number;
            waitingPeople: number;
            attendance: number | null;
            cancelled: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            initiativeId: string;
            initiativeTitle: string;
            /** @enum {string} */
            initiativeType:
              | 'presentation'
              | 'workshop'
              | 'neighbourhood_meeting'
              | 'group_activity'
              | 'other';
            startsAt: string;
            endsAt: string;
            place: string | null;
            onlineUrl: string | null;
            capacity: number;
            languages: string[];
            colleaguesNeeded: number;
            confirmedPeople: number;
            waitingPeople: number;
            attendance: number | null;
            cancelled: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  cancelActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            initiativeId: string;
            initiativeTitle: string;
            /** @enum {string} */
            initiativeType:
              | 'presentation'
              | 'workshop'
              | 'neighbourhood_meeting'
              | 'group_activity'
              | 'other';
            startsAt: string;
            endsAt: string;
            place: string | null;
            onlineUrl: string | null;
            capacity: number;
            languages: string[];
            colleaguesNeeded: number;
            confirmedPeople: number;
            waitingPeople: number;
            attendance: number | null;
            cancelled: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          startsAt?: string;
          /** Format: date-time */
          endsAt?: string;
          place?: string | null;
          onlineUrl?: string | null;
          capacity?: number;
          languages?: string[];
          /** @default 0 */
          colleaguesNeeded?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            initiativeId: string;
            initiativeTitle: string;
            /** @enum {string} */
            initiativeType:
              | 'presentation'
              | 'workshop'
              | 'neighbourhood_meeting'
              | 'group_activity'
              | 'other';
            startsAt: string;
            endsAt: string;
            place: string | null;
            onlineUrl: string | null;
            capacity: number;
            languages: string[];
            colleaguesNeeded: number;
            confirmedPeople: number;
            waitingPeople: number;
            attendance: number | null;
            cancelled: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listActivityRegistrations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            contact: string | null;
            people: number;
            language: string;
            /** @enum {string} */
            status: 'confirmed' | 'waiting' | 'cancelled';
            checkedIn: boolean;
            createdAt: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  recordActivityAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          count?: number;
          checkedInIds?: string[];
          walkIns?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            initiativeId: string;
            initiativeTitle: string;
            /** @enum {string} */
            initiativeType:
              | 'presentation'
              | 'workshop'
              | 'neighbourhood_meeting'
              | 'group_activity'
              | 'other';
            startsAt: string;
            endsAt: string;
            place: string | null;
            onlineUrl: string | null;
            capacity: number;
            languages: string[];
            colleaguesNeeded: number;
            confirmedPeople: number;
            waitingPeople: number;
            attendance: number | null;
            cancelled: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getActivityReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            activityId: string;
            whatHappened: string;
            lessons: string;
            attendance: number | null;
            surveyId: string | null;
            surveyUrl: string | null;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  saveActivityReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          whatHappened: string;
          /** @default  */
          lessons?: string;
          /** @default null */
          surveyId?: string | null;
          /** @default null */
          surveyUrl?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listActivitySurveys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            publicId: string;
          }[];
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPublicActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            type: 'presentation' | 'workshop' | 'neighbourhood_meeting' | 'group_activity' | 'other';
            description: string;
            startsAt: string;
            endsAt: string;
            place: string | null;
            onlineUrl: string | null;
            languages: string[];
            placesLeft: number;
            open: boolean;
            cancelled: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  registerForActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          contact?: string;
          /** @default 1 */
          people?: number;
          /**
           * @default nl
           * @enum {string}
           */
          language?: 'nl' | 'fr' | 'en' | 'ar';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: 'confirmed' | 'waiting' | 'cancelled';
            people: number;
            position: number | null;
            token: string;
            /** Format: uuid */
            activityId: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  lookUpRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: 'confirmed' | 'waiting' | 'cancelled';
            people: number;
            position: number | null;
            token: string;
            /** Format: uuid */
            activityId: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  cancelRegistration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: 'confirmed' | 'waiting' | 'cancelled';
            people: number;
            position: number | null;
            token: string;
            /** Format: uuid */
            activityId: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  downloadRegistrationCalendar: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The activity as an iCalendar event */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  downloadActivityReport: {
    parameters: {
      query?: {
        lang?: 'nl' | 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The activity's report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listVolunteerTopics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              label: string;
              active: boolean;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createVolunteerTopic: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          label: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            label: string;
            active: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateVolunteerTopic: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          label?: string;
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            label: string;
            active: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listVolunteerCalls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              body: string;
              asked: string;
              timeCommitment: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'closed';
              publishedAt: string | null;
              emailedCount: number;
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createVolunteerCall: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          body: string;
          asked: string;
          timeCommitment: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            body: string;
            asked: string;
            timeCommitment: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            publishedAt: string | null;
            emailedCount: number;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  publishVolunteerCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default false */
          email?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            body: string;
            asked: string;
            timeCommitment: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            publishedAt: string | null;
            emailedCount: number;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  closeVolunteerCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            body: string;
            asked: string;
            timeCommitment: string;
            /** @enum {string} */
            status: 'draft' | 'published' | 'closed';
            publishedAt: string | null;
            emailedCount: number;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  applyAsVolunteer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          callId?: string;
          motivation: string;
          unit: string;
          district: string;
          languages: {
            /** @enum {string} */
            code:
              | 'nl'
              | 'fr'
              | 'en'
              | 'de'
              | 'ar'
              | 'tr'
              | 'ber'
              | 'es'
              | 'it'
              | 'pt'
              | 'pl'
              | 'ro'
              | 'bg'
              | 'ru'
              | 'uk'
              | 'sq'
              | 'bs'
              | 'fa'
              | 'ps'
              | 'ur'
              | 'hi'
              | 'pa'
              | 'so'
              | 'ti'
              | 'am'
              | 'ln'
              | 'sw'
              | 'yi'
              | 'he'
              | 'zh'
              | 'vgt';
            /** @enum {string} */
            level: 'basic' | 'conversational' | 'fluent' | 'native';
          }[];
          /** @default [] */
          topicIds?: string[];
          /** @default  */
          otherTopics?: string;
          /** @default [] */
          experience?: ('youth' | 'cultural_communities' | 'poverty')[];
          /** @default  */
          experienceNote?: string;
          availability: {
            /** @default [] */
            patterns?: ('weekdays' | 'evenings' | 'weekends')[];
            /** @default [] */
            dates?: {
              /** Format: date */
              date: string;
              start?: string;
              end?: string;
            }[];
          };
          maxHoursPerMonth: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            email: string;
            /** @enum {string} */
            status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
            callId: string | null;
            motivation: string;
            unit: string;
            district: string;
            languages: {
              /** @enum {string} */
              code:
                | 'nl'
                | 'fr'
                | 'en'
                | 'de'
                | 'ar'
                | 'tr'
                | 'ber'
                | 'es'
                | 'it'
                | 'pt'
                | 'pl'
                | 'ro'
                | 'bg'
                | 'ru'
                | 'uk'
                | 'sq'
                | 'bs'
                | 'fa'
                | 'ps'
                | 'ur'
                | 'hi'
                | 'pa'
                | 'so'
                | 'ti'
                | 'am'
                | 'ln'
                | 'sw'
                | 'yi'
                | 'he'
                | 'zh'
                | 'vgt';
              /** @enum {string} */
              level: 'basic' | 'conversational' | 'fluent' | 'native';
            }[];
            topicIds: string[];
            otherTopics: string;
            experience: ('youth' | 'cultural_communities' | 'poverty')[];
            experienceNote: string;
            availability: {
              /** @default [] */
              patterns: ('weekdays' | 'evenings' | 'weekends')[];
              /** @default [] */
              dates: {
                /** Format: date */
                date: string;
                start?: string;
                end?: string;
              }[];
            };
            maxHoursPerMonth: number;
            createdAt: string;
            history: {
              from: ('applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive') | null;
              /** @enum {string} */
              to: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
              at: string;
              note: string | null;
            }[];
            trainings: {
              /** Format: uuid */
              id: string;
              name: string;
              completedOn: string;
            }[];
            messages: {
              /** Format: uuid */
              id: string;
              text: string;
              authorName: string;
              at: string;
            }[];
            assignments: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              activityId: string;
              title: string;
              startsAt: string;
              endsAt: string;
              hours: number;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined' | 'cancelled';
            }[];
            hoursThisMonth: number;
            calendarFeed: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getMyVolunteerProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            email: string;
            /** @enum {string} */
            status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
            callId: string | null;
            motivation: string;
            unit: string;
            district: string;
            languages: {
              /** @enum {string} */
              code:
                | 'nl'
                | 'fr'
                | 'en'
                | 'de'
                | 'ar'
                | 'tr'
                | 'ber'
                | 'es'
                | 'it'
                | 'pt'
                | 'pl'
                | 'ro'
                | 'bg'
                | 'ru'
                | 'uk'
                | 'sq'
                | 'bs'
                | 'fa'
                | 'ps'
                | 'ur'
                | 'hi'
                | 'pa'
                | 'so'
                | 'ti'
                | 'am'
                | 'ln'
                | 'sw'
                | 'yi'
                | 'he'
                | 'zh'
                | 'vgt';
              /** @enum {string} */
              level: 'basic' | 'conversational' | 'fluent' | 'native';
            }[];
            topicIds: string[];
            otherTopics: string;
            experience: ('youth' | 'cultural_communities' | 'poverty')[];
            experienceNote: string;
            availability: {
              /** @default [] */
              patterns: ('weekdays' | 'evenings' | 'weekends')[];
              /** @default [] */
              dates: {
                /** Format: date */
                date: string;
                start?: string;
                end?: string;
              }[];
            };
            maxHoursPerMonth: number;
            createdAt: string;
            history: {
              from: ('applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive') | null;
              /** @enum {string} */
              to: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
              at: string;
              note: string | null;
            }[];
            trainings: {
              /** Format: uuid */
              id: string;
              name: string;
              completedOn: string;
            }[];
            messages: {
              /** Format: uuid */
              id: string;
              text: string;
              authorName: string;
              at: string;
            }[];
            assignments: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              activityId: string;
              title: string;
              startsAt: string;
              endsAt: string;
              hours: number;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined' | 'cancelled';
            }[];
            hoursThisMonth: number;
            calendarFeed: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  leaveVolunteerPool: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateMyVolunteerProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          motivation?: string;
          unit?: string;
          district?: string;
          languages?: {
            /** @enum {string} */
            code:
              | 'nl'
              | 'fr'
              | 'en'
              | 'de'
              | 'ar'
              | 'tr'
              | 'ber'
              | 'es'
              | 'it'
              | 'pt'
              | 'pl'
              | 'ro'
              | 'bg'
              | 'ru'
              | 'uk'
              | 'sq'
              | 'bs'
              | 'fa'
              | 'ps'
              | 'ur'
              | 'hi'
              | 'pa'
              | 'so'
              | 'ti'
              | 'am'
              | 'ln'
              | 'sw'
              | 'yi'
              | 'he'
              | 'zh'
              | 'vgt';
            /** @enum {string} */
            level: 'basic' | 'conversational' | 'fluent' | 'native';
          }[];
          topicIds?: string[];
          otherTopics?: string;
          experience?: ('youth' | 'cultural_communities' | 'poverty')[];
          experienceNote?: string;
          availability?: {
            /** @default [] */
            patterns?: ('weekdays' | 'evenings' | 'weekends')[];
            /** @default [] */
            dates?: {
              /** Format: date */
              date: string;
              start?: string;
              end?: string;
            }[];
          };
          maxHoursPerMonth?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            email: string;
            /** @enum {string} */
            status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
            callId: string | null;
            motivation: string;
            unit: string;
            district: string;
            languages: {
              /** @enum {string} */
              code:
                | 'nl'
                | 'fr'
                | 'en'
                | 'de'
                | 'ar'
                | 'tr'
                | 'ber'
                | 'es'
                | 'it'
                | 'pt'
                | 'pl'
                | 'ro'
                | 'bg'
                | 'ru'
                | 'uk'
                | 'sq'
                | 'bs'
                | 'fa'
                | 'ps'
                | 'ur'
                | 'hi'
                | 'pa'
                | 'so'
                | 'ti'
                | 'am'
                | 'ln'
                | 'sw'
                | 'yi'
                | 'he'
                | 'zh'
                | 'vgt';
              /** @enum {string} */
              level: 'basic' | 'conversational' | 'fluent' | 'native';
            }[];
            topicIds: string[];
            otherTopics: string;
            experience: ('youth' | 'cultural_communities' | 'poverty')[];
            experienceNote: string;
            availability: {
              /** @default [] */
              patterns: ('weekdays' | 'evenings' | 'weekends')[];
              /** @default [] */
              dates: {
                /** Format: date */
                date: string;
                start?: string;
                end?: string;
              }[];
            };
            maxHoursPerMonth: number;
            createdAt: string;
            history: {
              from: ('applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive') | null;
              /** @enum {string} */
              to: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
              at: string;
              note: string | null;
            }[];
            trainings: {
              /** Format: uuid */
              id: string;
              name: string;
              completedOn: string;
            }[];
            messages: {
              /** Format: uuid */
              id: string;
              text: string;
              authorName: string;
              at: string;
            }[];
            assignments: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              activityId: string;
              title: string;
              startsAt: string;
              endsAt: string;
              hours: number;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined' | 'cancelled';
            }[];
            hoursThisMonth: number;
            calendarFeed: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  exportMyVolunteerData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            exportedAt: string;
            volunteer: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              email: string;
              /** @enum {string} */
              status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
              callId: string | null;
              motivation: string;
              unit: string;
              district: string;
              languages: {
                /** @enum {string} */
                code:
                  | 'nl'
                  | 'fr'
                  | 'en'
                  | 'de'
                  | 'ar'
                  | 'tr'
                  | 'ber'
                  | 'es'
                  | 'it'
                  | 'pt'
                  | 'pl'
                  | 'ro'
                  | 'bg'
                  | 'ru'
                  | 'uk'
                  | 'sq'
                  | 'bs'
                  | 'fa'
                  | 'ps'
                  | 'ur'
                  | 'hi'
                  | 'pa'
                  | 'so'
                  | 'ti'
                  | 'am'
                  | 'ln'
                  | 'sw'
                  | 'yi'
                  | 'he'
                  | 'zh'
                  | 'vgt';
                /** @enum {string} */
                level: 'basic' | 'conversational' | 'fluent' | 'native';
              }[];
              topicIds: string[];
              otherTopics: string;
              experience: ('youth' | 'cultural_communities' | 'poverty')[];
              experienceNote: string;
              availability: {
                /** @default [] */
                patterns: ('weekdays' | 'evenings' | 'weekends')[];
                /** @default [] */
                dates: {
                  /** Format: date */
                  date: string;
                  start?: string;
                  end?: string;
                }[];
              };
              maxHoursPerMonth: number;
              createdAt: string;
              history: {
                from:
                  | ('applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive')
                  | null;
                /** @enum {string} */
                to: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
                at: string;
                note: string | null;
              }[];
              trainings: {
                /** Format: uuid */
                id: string;
                name: string;
                completedOn: string;
              }[];
              notes: {
                /** Format: uuid */
                id: string;
                text: string;
                authorName: string;
                at: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                text: string;
                authorName: string;
                at: string;
              }[];
              assignments: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                activityId: string;
                title: string;
                startsAt: string;
                endsAt: string;
                hours: number;
                /** @enum {string} */
                status: 'invited' | 'accepted' | 'declined' | 'cancelled';
              }[];
            };
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  respondToMyAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          answer: 'accept' | 'decline';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: string;
            changed: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createMyCalendarLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            url: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  revokeMyCalendarLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getVolunteerCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The volunteer's assignments as iCalendar events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  respondToAssignmentByToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          /** @enum {string} */
          answer: 'accept' | 'decline';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: string;
            changed: boolean;
            title: string;
            startsAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createVolunteerActivity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          activityId?: string;
          title: string;
          /** Format: date-time */
          startsAt: string;
          /** Format: date-time */
          endsAt: string;
          needed: number;
          /** @default [] */
          topicIds?: string[];
          languages?: {
            /** @enum {string} */
            code:
              | 'nl'
              | 'fr'
              | 'en'
              | 'de'
              | 'ar'
              | 'tr'
              | 'ber'
              | 'es'
              | 'it'
              | 'pt'
              | 'pl'
              | 'ro'
              | 'bg'
              | 'ru'
              | 'uk'
              | 'sq'
              | 'bs'
              | 'fa'
              | 'ps'
              | 'ur'
              | 'hi'
              | 'pa'
              | 'so'
              | 'ti'
              | 'am'
              | 'ln'
              | 'sw'
              | 'yi'
              | 'he'
              | 'zh'
              | 'vgt';
            /** @enum {string} */
            minLevel?: 'basic' | 'conversational' | 'fluent' | 'native';
          }[];
          district?: string | null;
          /** @default [] */
          memberIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            activityId: string;
            title: string;
            startsAt: string;
            endsAt: string;
            needed: number;
            topicIds: string[];
            languages: {
              /** @enum {string} */
              code:
                | 'nl'
                | 'fr'
                | 'en'
                | 'de'
                | 'ar'
                | 'tr'
                | 'ber'
                | 'es'
                | 'it'
                | 'pt'
                | 'pl'
                | 'ro'
                | 'bg'
                | 'ru'
                | 'uk'
                | 'sq'
                | 'bs'
                | 'fa'
                | 'ps'
                | 'ur'
                | 'hi'
                | 'pa'
                | 'so'
                | 'ti'
                | 'am'
                | 'ln'
                | 'sw'
                | 'yi'
                | 'he'
                | 'zh'
                | 'vgt';
              /** @enum {string} */
              minLevel?: 'basic' | 'conversational' | 'fluent' | 'native';
            }[];
            district: string | null;
            memberIds: string[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getVolunteerActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        activityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activity: {
              /** Format: uuid */
              activityId: string;
              title: string;
              startsAt: string;
              endsAt: string;
              needed: number;
              topicIds: string[];
              languages: {
                /** @enum {string} */
                code:
                  | 'nl'
                  | 'fr'
                  | 'en'
                  | 'de'
                  | 'ar'
                  | 'tr'
                  | 'ber'
                  | 'es'
                  | 'it'
                  | 'pt'
                  | 'pl'
                  | 'ro'
                  | 'bg'
                  | 'ru'
                  | 'uk'
                  | 'sq'
                  | 'bs'
                  | 'fa'
                  | 'ps'
                  | 'ur'
                  | 'hi'
                  | 'pa'
                  | 'so'
                  | 'ti'
                  | 'am'
                  | 'ln'
                  | 'sw'
                  | 'yi'
                  | 'he'
                  | 'zh'
                  | 'vgt';
                /** @enum {string} */
                minLevel?: 'basic' | 'conversational' | 'fluent' | 'native';
              }[];
              district: string | null;
              memberIds: string[];
            };
            assignments: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              volunteerId: string;
              displayName: string;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined' | 'cancelled';
              invitedAt: string;
              respondedAt: string | null;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  matchVolunteers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          activityId?: string;
          requirement?: {
            /** Format: uuid */
            activityId?: string;
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            needed: number;
            /** @default [] */
            topicIds?: string[];
            languages?: {
              /** @enum {string} */
              code:
                | 'nl'
                | 'fr'
                | 'en'
                | 'de'
                | 'ar'
                | 'tr'
                | 'ber'
                | 'es'
                | 'it'
                | 'pt'
                | 'pl'
                | 'ro'
                | 'bg'
                | 'ru'
                | 'uk'
                | 'sq'
                | 'bs'
                | 'fa'
                | 'ps'
                | 'ur'
                | 'hi'
                | 'pa'
                | 'so'
                | 'ti'
                | 'am'
                | 'ln'
                | 'sw'
                | 'yi'
                | 'he'
                | 'zh'
                | 'vgt';
              /** @enum {string} */
              minLevel?: 'basic' | 'conversational' | 'fluent' | 'native';
            }[];
            district?: string | null;
            /** @default [] */
            memberIds?: string[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activity: {
              /** Format: uuid */
              activityId: string;
              title: string;
              startsAt: string;
              endsAt: string;
              needed: number;
              topicIds: string[];
              languages: {
                /** @enum {string} */
                code:
                  | 'nl'
                  | 'fr'
                  | 'en'
                  | 'de'
                  | 'ar'
                  | 'tr'
                  | 'ber'
                  | 'es'
                  | 'it'
                  | 'pt'
                  | 'pl'
                  | 'ro'
                  | 'bg'
                  | 'ru'
                  | 'uk'
                  | 'sq'
                  | 'bs'
                  | 'fa'
                  | 'ps'
                  | 'ur'
                  | 'hi'
                  | 'pa'
                  | 'so'
                  | 'ti'
                  | 'am'
                  | 'ln'
                  | 'sw'
                  | 'yi'
                  | 'he'
                  | 'zh'
                  | 'vgt';
                /** @enum {string} */
                minLevel?: 'basic' | 'conversational' | 'fluent' | 'native';
              }[];
              district: string | null;
              memberIds: string[];
            };
            ranked: {
              /** Format: uuid */
              volunteerId: string;
              displayName: string;
              score: number;
              fit: number;
              hoursThisMonth: number;
              explanation: {
                topics: {
                  points: number;
                  max: number;
                  matched: string[];
                  missing: string[];
                };
                languages: {
                  points: number;
                  max: number;
                  matched: {
                    code: string;
                    /** @enum {string} */
                    level: 'basic' | 'conversational' | 'fluent' | 'native';
                  }[];
                  missing: string[];
                };
                district: {
                  points: number;
                  max: number;
                  same: boolean;
                  required: string | null;
                };
                availability: {
                  via: string;
                };
                spread: {
                  points: number;
                  max: number;
                  hoursThisMonth: number;
                  cap: number;
                  hoursLeft: number;
                  nearCap: boolean;
                };
              };
            }[];
            excluded: {
              /** Format: uuid */
              volunteerId: string;
              displayName: string;
              /** @enum {string} */
              reason:
                | 'not_active'
                | 'already_invited'
                | 'already_accepted'
                | 'declined'
                | 'unavailable'
                | 'busy'
                | 'at_cap';
              detail: {
                [key: string]: string | number;
              };
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  inviteVolunteers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        activityId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          volunteerIds: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            invited: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getVolunteerTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        activityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            activityId: string;
            team: {
              firstName: string;
              /** @enum {string} */
              role: 'colleague';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getVolunteerWorkload: {
    parameters: {
      query?: {
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            month: string;
            rows: {
              /** Format: uuid */
              volunteerId: string;
              displayName: string;
              hours: number;
              pendingHours: number;
              cap: number;
              nearCap: boolean;
              neverAsked: boolean;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listVolunteers: {
    parameters: {
      query?: {
        status?: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              displayName: string;
              /** @enum {string} */
              status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
              unit: string;
              district: string;
              languages: {
                /** @enum {string} */
                code:
                  | 'nl'
                  | 'fr'
                  | 'en'
                  | 'de'
                  | 'ar'
                  | 'tr'
                  | 'ber'
                  | 'es'
                  | 'it'
                  | 'pt'
                  | 'pl'
                  | 'ro'
                  | 'bg'
                  | 'ru'
                  | 'uk'
                  | 'sq'
                  | 'bs'
                  | 'fa'
                  | 'ps'
                  | 'ur'
                  | 'hi'
                  | 'pa'
                  | 'so'
                  | 'ti'
                  | 'am'
                  | 'ln'
                  | 'sw'
                  | 'yi'
                  | 'he'
                  | 'zh'
                  | 'vgt';
                /** @enum {string} */
                level: 'basic' | 'conversational' | 'fluent' | 'native';
              }[];
              maxHoursPerMonth: number;
              createdAt: string;
            }[];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getVolunteer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            email: string;
            /** @enum {string} */
            status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
            callId: string | null;
            motivation: string;
            unit: string;
            district: string;
            languages: {
              /** @enum {string} */
              code:
                | 'nl'
                | 'fr'
                | 'en'
                | 'de'
                | 'ar'
                | 'tr'
                | 'ber'
                | 'es'
                | 'it'
                | 'pt'
                | 'pl'
                | 'ro'
                | 'bg'
                | 'ru'
                | 'uk'
                | 'sq'
                | 'bs'
                | 'fa'
                | 'ps'
                | 'ur'
                | 'hi'
                | 'pa'
                | 'so'
                | 'ti'
                | 'am'
                | 'ln'
                | 'sw'
                | 'yi'
                | 'he'
                | 'zh'
                | 'vgt';
              /** @enum {string} */
              level: 'basic' | 'conversational' | 'fluent' | 'native';
            }[];
            topicIds: string[];
            otherTopics: string;
            experience: ('youth' | 'cultural_communities' | 'poverty')[];
            experienceNote: string;
            availability: {
              /** @default [] */
              patterns: ('weekdays' | 'evenings' | 'weekends')[];
              /** @default [] */
              dates: {
                /** Format: date */
                date: string;
                start?: string;
                end?: string;
              }[];
            };
            maxHoursPerMonth: number;
            createdAt: string;
            history: {
              from: ('applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive') | null;
              /** @enum {string} */
              to: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
              at: string;
              note: string | null;
            }[];
            trainings: {
              /** Format: uuid */
              id: string;
              name: string;
              completedOn: string;
            }[];
            notes: {
              /** Format: uuid */
              id: string;
              text: string;
              authorName: string;
              at: string;
            }[];
            messages: {
              /** Format: uuid */
              id: string;
              text: string;
              authorName: string;
              at: string;
            }[];
            assignments: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              activityId: string;
              title: string;
              startsAt: string;
              endsAt: string;
              hours: number;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined' | 'cancelled';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  eraseVolunteer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  setVolunteerStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
          note?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            email: string;
            /** @enum {string} */
            status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
            callId: string | null;
            motivation: string;
            unit: string;
            district: string;
            languages: {
              /** @enum {string} */
              code:
                | 'nl'
                | 'fr'
                | 'en'
                | 'de'
                | 'ar'
                | 'tr'
                | 'ber'
                | 'es'
                | 'it'
                | 'pt'
                | 'pl'
                | 'ro'
                | 'bg'
                | 'ru'
                | 'uk'
                | 'sq'
                | 'bs'
                | 'fa'
                | 'ps'
                | 'ur'
                | 'hi'
                | 'pa'
                | 'so'
                | 'ti'
                | 'am'
                | 'ln'
                | 'sw'
                | 'yi'
                | 'he'
                | 'zh'
                | 'vgt';
              /** @enum {string} */
              level: 'basic' | 'conversational' | 'fluent' | 'native';
            }[];
            topicIds: string[];
            otherTopics: string;
            experience: ('youth' | 'cultural_communities' | 'poverty')[];
            experienceNote: string;
            availability: {
              /** @default [] */
              patterns: ('weekdays' | 'evenings' | 'weekends')[];
              /** @default [] */
              dates: {
                /** Format: date */
                date: string;
                start?: string;
                end?: string;
              }[];
            };
            maxHoursPerMonth: number;
            createdAt: string;
            history: {
              from: ('applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive') | null;
              /** @enum {string} */
              to: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
              at: string;
              note: string | null;
            }[];
            trainings: {
              /** Format: uuid */
              id: string;
              name: string;
              completedOn: string;
            }[];
            notes: {
              /** Format: uuid */
              id: string;
              text: string;
              authorName: string;
              at: string;
            }[];
            messages: {
              /** Format: uuid */
              id: string;
              text: string;
              authorName: string;
              at: string;
            }[];
            assignments: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              activityId: string;
              title: string;
              startsAt: string;
              endsAt: string;
              hours: number;
              /** @enum {string} */
              status: 'invited' | 'accepted' | 'declined' | 'cancelled';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  addVolunteerNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  messageVolunteer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  addVolunteerTraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: date */
          completedOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            completedOn: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  exportVolunteer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            exportedAt: string;
            volunteer: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              email: string;
              /** @enum {string} */
              status: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
              callId: string | null;
              motivation: string;
              unit: string;
              district: string;
              languages: {
                /** @enum {string} */
                code:
                  | 'nl'
                  | 'fr'
                  | 'en'
                  | 'de'
                  | 'ar'
                  | 'tr'
                  | 'ber'
                  | 'es'
                  | 'it'
                  | 'pt'
                  | 'pl'
                  | 'ro'
                  | 'bg'
                  | 'ru'
                  | 'uk'
                  | 'sq'
                  | 'bs'
                  | 'fa'
                  | 'ps'
                  | 'ur'
                  | 'hi'
                  | 'pa'
                  | 'so'
                  | 'ti'
                  | 'am'
                  | 'ln'
                  | 'sw'
                  | 'yi'
                  | 'he'
                  | 'zh'
                  | 'vgt';
                /** @enum {string} */
                level: 'basic' | 'conversational' | 'fluent' | 'native';
              }[];
              topicIds: string[];
              otherTopics: string;
              experience: ('youth' | 'cultural_communities' | 'poverty')[];
              experienceNote: string;
              availability: {
                /** @default [] */
                patterns: ('weekdays' | 'evenings' | 'weekends')[];
                /** @default [] */
                dates: {
                  /** Format: date */
                  date: string;
                  start?: string;
                  end?: string;
                }[];
              };
              maxHoursPerMonth: number;
              createdAt: string;
              history: {
                from:
                  | ('applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive')
                  | null;
                /** @enum {string} */
                to: 'applied' | 'talk_planned' | 'accepted' | 'not_accepted' | 'active' | 'inactive';
                at: string;
                note: string | null;
              }[];
              trainings: {
                /** Format: uuid */
                id: string;
                name: string;
                completedOn: string;
              }[];
              notes: {
                /** Format: uuid */
                id: string;
                text: string;
                authorName: string;
                at: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                text: string;
                authorName: string;
                at: string;
              }[];
              assignments: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                activityId: string;
                title: string;
                startsAt: string;
                endsAt: string;
                hours: number;
                /** @enum {string} */
                status: 'invited' | 'accepted' | 'declined' | 'cancelled';
              }[];
            };
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  cancelVolunteerAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
          inviteNext?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: 'cancelled';
            changed: boolean;
            invited: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getBureau: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            createdAt: string;
            members: {
              /** Format: uuid */
              userId: string;
              displayName: string;
              holdsKey: boolean;
            }[];
            vaultCreated: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createBureau: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            createdAt: string;
            members: {
              /** Format: uuid */
              userId: string;
              displayName: string;
              holdsKey: boolean;
            }[];
            vaultCreated: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  addBureauMember: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          userId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            createdAt: string;
            members: {
              /** Format: uuid */
              userId: string;
              displayName: string;
              holdsKey: boolean;
            }[];
            vaultCreated: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  removeBureauMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            createdAt: string;
            members: {
              /** Format: uuid */
              userId: string;
              displayName: string;
              holdsKey: boolean;
            }[];
            vaultCreated: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getVault: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bureauId: string | null;
            member: boolean;
            vaultCreated: boolean;
            holdsKey: boolean;
            enrolmentPending: boolean;
            renewalDue: boolean;
            idleMinutes: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createVault: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kdf: {
            /** @enum {string} */
            alg: 'argon2id';
            memoryKiB: number;
            iterations: number;
            /** @enum {number} */
            parallelism: 1;
            salt: string;
          };
          wrappedKey: string;
          /** @enum {number} */
          generation: 0;
          researcherPublicKey: string;
          wrappedPrivateKey: string;
          recoveryWrappedKey: string;
          publicKey: string;
          sealedPrivateKey: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bureauId: string | null;
            member: boolean;
            vaultCreated: boolean;
            holdsKey: boolean;
            enrolmentPending: boolean;
            renewalDue: boolean;
            idleMinutes: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getMyVaultKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            bureauId: string;
            /** Format: uuid */
            userId: string;
            kdf: {
              /** @enum {string} */
              alg: 'argon2id';
              memoryKiB: number;
              iterations: number;
              /** @enum {number} */
              parallelism: 1;
              salt: string;
            };
            wrappedKey: string;
            generation: number;
            researcherPublicKey: string | null;
            wrappedPrivateKey: string | null;
            grants: {
              generation: number;
              sealedKey: string;
            }[];
            generations: {
              generation: number;
              wrappedPrevious: string;
            }[];
            publicKey: string;
            sealedPrivateKeys: string[];
            colleagues: {
              /** Format: uuid */
              userId: string;
              researcherPublicKey: string | null;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  replaceMyVaultKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kdf: {
            /** @enum {string} */
            alg: 'argon2id';
            memoryKiB: number;
            iterations: number;
            /** @enum {number} */
            parallelism: 1;
            salt: string;
          };
          wrappedKey: string;
          generation: number;
          researcherPublicKey: string;
          wrappedPrivateKey: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bureauId: string | null;
            member: boolean;
            vaultCreated: boolean;
            holdsKey: boolean;
            enrolmentPending: boolean;
            renewalDue: boolean;
            idleMinutes: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getVaultPublicKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            bureauId: string;
            publicKey: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getVaultRecovery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            bureauId: string;
            recoveryWrappedKey: string;
            generation: number;
            generations: {
              generation: number;
              wrappedPrevious: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  renewVault: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          generation: number;
          wrappedPrevious: string;
          recoveryWrappedKey: string;
          publicKey: string;
          sealedPrivateKey: string;
          key: {
            kdf: {
              /** @enum {string} */
              alg: 'argon2id';
              memoryKiB: number;
              iterations: number;
              /** @enum {number} */
              parallelism: 1;
              salt: string;
            };
            wrappedKey: string;
            generation: number;
            researcherPublicKey: string;
            wrappedPrivateKey: string;
          };
          grants: {
            /** Format: uuid */
            userId: string;
            sealedKey: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            generation: number;
            mustEnrolAgain: string[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createVaultEnrolment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          userId: string;
          salt: string;
          wrappedKey: string;
          generation: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            expiresAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getMyVaultEnrolment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            bureauId: string;
            salt: string;
            wrappedKey: string;
            generation: number;
            generations: {
              generation: number;
              wrappedPrevious: string;
            }[];
            expiresAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  completeVaultEnrolment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kdf: {
            /** @enum {string} */
            alg: 'argon2id';
            memoryKiB: number;
            iterations: number;
            /** @enum {number} */
            parallelism: 1;
            salt: string;
          };
          wrappedKey: string;
          generation: number;
          researcherPublicKey: string;
          wrappedPrivateKey: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bureauId: string | null;
            member: boolean;
            vaultCreated: boolean;
            holdsKey: boolean;
            enrolmentPending: boolean;
            renewalDue: boolean;
            idleMinutes: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listInterviews: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              pseudonym: string;
              /** @enum {string} */
              status: 'open' | 'held' | 'withdrawn';
              consentGiven: boolean;
              notesVersion: number;
              /** Format: date */
              createdOn: string;
              /** Format: date */
              updatedOn: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createInterview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          id: string;
          pseudonym?: string;
          wrappedSubKey: string;
          sealedSource: string;
          sealedConsent: string;
          sealedNotes: string;
          consentGiven: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** @enum {string} */
            status: 'open' | 'held' | 'withdrawn';
            consentGiven: boolean;
            notesVersion: number;
            /** Format: date */
            createdOn: string;
            /** Format: date */
            updatedOn: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** @enum {string} */
            status: 'open' | 'held' | 'withdrawn';
            consentGiven: boolean;
            notesVersion: number;
            /** Format: date */
            createdOn: string;
            /** Format: date */
            updatedOn: string;
            wrappedSubKey: string | null;
            sealedSource: string | null;
            sealedConsent: string | null;
            sealedNotes: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status?: 'open' | 'held';
          sealedConsent?: string;
          consentGiven?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** @enum {string} */
            status: 'open' | 'held' | 'withdrawn';
            consentGiven: boolean;
            notesVersion: number;
            /** Format: date */
            createdOn: string;
            /** Format: date */
            updatedOn: string;
            wrappedSubKey: string | null;
            sealedSource: string | null;
            sealedConsent: string | null;
            sealedNotes: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  saveInterviewNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sealedNotes: string;
          baseVersion: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** @enum {string} */
            status: 'open' | 'held' | 'withdrawn';
            consentGiven: boolean;
            notesVersion: number;
            /** Format: date */
            createdOn: string;
            /** Format: date */
            updatedOn: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  withdrawInterview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {boolean} */
          confirm: true;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** @enum {string} */
            status: 'open' | 'held' | 'withdrawn';
            consentGiven: boolean;
            notesVersion: number;
            /** Format: date */
            createdOn: string;
            /** Format: date */
            updatedOn: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listSlots: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              startsAt: string;
              endsAt: string;
              localStart: string;
              /** @enum {string} */
              mode: 'place' | 'video';
              location: string | null;
              videoUrl: string | null;
              /** Format: uuid */
              researcherId: string;
              booked: boolean;
              bookingId: string | null;
              cancelled: boolean;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createSlot: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          startsAt: string;
          durationMinutes: number;
          /** @enum {string} */
          mode: 'place' | 'video';
          location?: string;
          /** Format: uri */
          videoUrl?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            startsAt: string;
            endsAt: string;
            localStart: string;
            /** @enum {string} */
            mode: 'place' | 'video';
            location: string | null;
            videoUrl: string | null;
            /** Format: uuid */
            researcherId: string;
            booked: boolean;
            bookingId: string | null;
            cancelled: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  deleteSlot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            startsAt: string;
            endsAt: string;
            localStart: string;
            /** @enum {string} */
            mode: 'place' | 'video';
            location: string | null;
            videoUrl: string | null;
            /** Format: uuid */
            researcherId: string;
            booked: boolean;
            bookingId: string | null;
            cancelled: boolean;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  bookSlot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          invitationId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            slotId: string;
            invitationId: string | null;
            /** @enum {string} */
            status: 'booked' | 'cancelled';
            sequence: number;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  cancelBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            slotId: string;
            invitationId: string | null;
            /** @enum {string} */
            status: 'booked' | 'cancelled';
            sequence: number;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  rescheduleBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          slotId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            slotId: string;
            invitationId: string | null;
            /** @enum {string} */
            status: 'booked' | 'cancelled';
            sequence: number;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  sendOutreachInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'interview' | 'roundtable';
          /** Format: uuid */
          waveId?: string;
          organisationIds?: string[];
          contactIds?: string[];
          /** Format: uuid */
          roundtableId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sent: number;
            skippedWithoutEmail: number;
            skippedAlreadyInvited: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  previewOutreachInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'interview' | 'roundtable';
          /** Format: uuid */
          waveId?: string;
          organisationIds?: string[];
          contactIds?: string[];
          /** Format: uuid */
          roundtableId?: string;
          /** Format: uuid */
          previewContactId?: string;
          /** @enum {boolean} */
          wholeZone?: true;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            organisations: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              contacts: {
                /** Format: uuid */
                contactId: string;
                contactName: string;
                /** @enum {string} */
                language: 'nl' | 'fr' | 'en';
                /** @enum {string} */
                status: 'will_send' | 'already_invited' | 'no_email';
              }[];
            }[];
            invitations: number;
            organisationsReached: number;
            mail: {
              /** Format: uuid */
              contactId: string;
              /** @enum {string} */
              language: 'nl' | 'fr' | 'en';
              subject: string;
              text: string;
              html: string;
            } | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listOutreachWaves: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              number: number;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getOutreachStatus: {
    parameters: {
      query?: {
        waveId?: string;
        kind?: 'interview' | 'roundtable';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              organisationId: string;
              organisationName: string;
              sent: number;
              opened: number;
              accepted: number;
              declined: number;
              proposed: number;
              noAnswerYet: number;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listOutreachAnswers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              invitationId: string;
              organisationName: string;
              contactName: string;
              /** @enum {string} */
              status: 'sent' | 'opened' | 'accepted' | 'declined' | 'proposed';
              sealedAnswer: string | null;
              answeredAt: string | null;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listBookableInvitees: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              invitationId: string;
              organisationName: string;
              contactName: string;
              hasEmail: boolean;
              /** @enum {string} */
              status: 'sent' | 'opened' | 'accepted' | 'declined' | 'proposed';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPublicInvitation: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'interview' | 'roundtable';
            /** @enum {string} */
            language: 'nl' | 'fr' | 'en';
            zoneName: string;
            bureauName: string | null;
            expiresAt: string;
            slots: {
              /** Format: uuid */
              id: string;
              startsAt: string;
              endsAt: string;
              localStart: string;
              /** @enum {string} */
              mode: 'place' | 'video';
              location: string | null;
            }[];
            roundtable: {
              title: string;
              startsAt: string;
              place: string;
            } | null;
            sealTo: {
              /** Format: uuid */
              bureauId: string;
              publicKey: string;
              context: string;
            } | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  answerInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          /** @enum {string} */
          answer: 'accept' | 'propose' | 'decline';
          /** Format: uuid */
          slotId?: string;
          sealedAnswer?: string;
          /** @enum {string} */
          language?: 'nl' | 'fr' | 'en';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'sent' | 'opened' | 'accepted' | 'declined' | 'proposed';
            bookingId: string | null;
            calendarUid: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPublicBooking: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            language: 'nl' | 'fr' | 'en';
            zoneName: string;
            bureauName: string | null;
            booking: {
              startsAt: string;
              endsAt: string;
              localStart: string;
              /** @enum {string} */
              mode: 'place' | 'video';
              location: string | null;
              videoUrl: string | null;
              calendar: {
                uid: string;
                sequence: number;
              };
            };
            slots: {
              /** Format: uuid */
              id: string;
              startsAt: string;
              endsAt: string;
              localStart: string;
              /** @enum {string} */
              mode: 'place' | 'video';
              location: string | null;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  cancelPublicBooking: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            slotId: string;
            invitationId: string | null;
            /** @enum {string} */
            status: 'booked' | 'cancelled';
            sequence: number;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  reschedulePublicBooking: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          /** Format: uuid */
          slotId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            slotId: string;
            invitationId: string | null;
            /** @enum {string} */
            status: 'booked' | 'cancelled';
            sequence: number;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listRoundtables: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              startsAt: string;
              endsAt: string;
              place: string;
              agenda: string;
              minutes: string;
              participants: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'internal' | 'external';
                name: string;
                organisationName: string | null;
                /** @enum {string} */
                attendance: 'invited' | 'confirmed' | 'declined' | 'attended' | 'absent';
              }[];
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createRoundtable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          /** Format: date-time */
          startsAt: string;
          /** Format: date-time */
          endsAt: string;
          place: string;
          /** @default  */
          agenda?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            startsAt: string;
            endsAt: string;
            place: string;
            agenda: string;
            minutes: string;
            participants: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'internal' | 'external';
              name: string;
              organisationName: string | null;
              /** @enum {string} */
              attendance: 'invited' | 'confirmed' | 'declined' | 'attended' | 'absent';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getRoundtable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            startsAt: string;
            endsAt: string;
            place: string;
            agenda: string;
            minutes: string;
            participants: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'internal' | 'external';
              name: string;
              organisationName: string | null;
              /** @enum {string} */
              attendance: 'invited' | 'confirmed' | 'declined' | 'attended' | 'absent';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateRoundtable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title?: string;
          /** Format: date-time */
          startsAt?: string;
          /** Format: date-time */
          endsAt?: string;
          place?: string;
          agenda?: string;
          minutes?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            startsAt: string;
            endsAt: string;
            place: string;
            agenda: string;
            minutes: string;
            participants: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'internal' | 'external';
              name: string;
              organisationName: string | null;
              /** @enum {string} */
              attendance: 'invited' | 'confirmed' | 'declined' | 'attended' | 'absent';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  removeRoundtableParticipant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        participantId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            startsAt: string;
            endsAt: string;
            place: string;
            agenda: string;
            minutes: string;
            participants: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'internal' | 'external';
              name: string;
              organisationName: string | null;
              /** @enum {string} */
              attendance: 'invited' | 'confirmed' | 'declined' | 'attended' | 'absent';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  addRoundtableParticipant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          userId?: string;
          /** Format: uuid */
          contactId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            startsAt: string;
            endsAt: string;
            place: string;
            agenda: string;
            minutes: string;
            participants: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'internal' | 'external';
              name: string;
              organisationName: string | null;
              /** @enum {string} */
              attendance: 'invited' | 'confirmed' | 'declined' | 'attended' | 'absent';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  recordRoundtableAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        participantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          attendance: 'invited' | 'confirmed' | 'declined' | 'attended' | 'absent';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            startsAt: string;
            endsAt: string;
            place: string;
            agenda: string;
            minutes: string;
            participants: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'internal' | 'external';
              name: string;
              organisationName: string | null;
              /** @enum {string} */
              attendance: 'invited' | 'confirmed' | 'declined' | 'attended' | 'absent';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              parentId: string | null;
              sealedName: string;
              sealedDescription: string;
              sealedMemo: string | null;
              sealedTranslations: string | null;
              colour: string;
              position: number;
              passages: number;
              sources: number;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          id: string;
          /** @default null */
          parentId?: string | null;
          sealedName: string;
          sealedDescription: string;
          sealedMemo?: string | null;
          sealedTranslations?: string | null;
          /** @default #1c7ed6 */
          colour?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            sealedName: string;
            sealedDescription: string;
            sealedMemo: string | null;
            sealedTranslations: string | null;
            colour: string;
            position: number;
            passages: number;
            sources: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  deleteCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            passages: number;
            childrenMoved: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sealedName?: string;
          sealedDescription?: string;
          colour?: string;
          parentId?: string | null;
          position?: number;
          sealedMemo?: string | null;
          sealedTranslations?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            sealedName: string;
            sealedDescription: string;
            sealedMemo: string | null;
            sealedTranslations: string | null;
            colour: string;
            position: number;
            passages: number;
            sources: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  mergeCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          into: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            sealedName: string;
            sealedDescription: string;
            sealedMemo: string | null;
            sealedTranslations: string | null;
            colour: string;
            position: number;
            passages: number;
            sources: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getCodeCooccurrence: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            pairs: {
              /** Format: uuid */
              a: string;
              /** Format: uuid */
              b: string;
              passages: number;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listAnalysisRoundtables: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              roundtableId: string;
              title: string;
              startsAt: string;
              hasMinutes: boolean;
              sourceId: string | null;
              pseudonym: string | null;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  addAnalysisRoundtable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          roundtableId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            roundtableId: string;
            title: string;
            startsAt: string;
            hasMinutes: boolean;
            sourceId: string | null;
            pseudonym: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  removeAnalysisRoundtable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getAnalysisRoundtableText: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            roundtableId: string;
            pseudonym: string;
            title: string;
            text: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listCodings: {
    parameters: {
      query?: {
        codeId?: string;
        interviewId?: string;
        roundtableId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              interviewId: string | null;
              roundtableId: string | null;
              pseudonym: string;
              sealedExcerpt: string;
              sealedMemo: string | null;
              codeIds: string[];
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createCoding: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          id: string;
          /** Format: uuid */
          interviewId?: string;
          /** Format: uuid */
          roundtableId?: string;
          codeIds: string[];
          sealedExcerpt: string;
          sealedMemo?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            interviewId: string | null;
            roundtableId: string | null;
            pseudonym: string;
            sealedExcerpt: string;
            sealedMemo: string | null;
            codeIds: string[];
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  deleteCoding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateCoding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          codeIds?: string[];
          sealedMemo?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            interviewId: string | null;
            roundtableId: string | null;
            pseudonym: string;
            sealedExcerpt: string;
            sealedMemo: string | null;
            codeIds: string[];
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createThemeRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          id: string;
          passages: number;
          sealedResult: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            passages: number;
            sealedResult: string;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getLatestThemeRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getThemeRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            passages: number;
            sealedResult: string;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  saveThemeRunResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sealedResult: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            passages: number;
            sealedResult: string;
            createdAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getRefiQdaProject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            bureauId: string;
            codes: {
              /** Format: uuid */
              id: string;
              parentId: string | null;
              sealedName: string;
              sealedDescription: string;
              sealedMemo: string | null;
              sealedTranslations: string | null;
              colour: string;
            }[];
            documents: {
              /** Format: uuid */
              id: string;
              sealedName: string;
              sealedText: string;
              sealedMemo: string | null;
              createdAt: string;
            }[];
            interviews: {
              /** Format: uuid */
              id: string;
              pseudonym: string;
              sealedNotes: string | null;
              wrappedSubKey: string | null;
            }[];
            roundtables: {
              /** Format: uuid */
              id: string;
              pseudonym: string;
              text: string;
            }[];
            codings: {
              /** Format: uuid */
              id: string;
              interviewId: string | null;
              roundtableId: string | null;
              documentId: string | null;
              sealedExcerpt: string;
              sealedMemo: string | null;
              codeIds: string[];
              createdAt: string;
            }[];
            memos: {
              /** Format: uuid */
              id: string;
              sealedName: string;
              sealedText: string;
            }[];
            sets: {
              /** Format: uuid */
              id: string;
              sealedName: string;
              sealedDescription: string;
              codeIds: string[];
              documentIds: string[];
            }[];
            exchangeIds: {
              kind: string;
              guid: string;
              /** Format: uuid */
              rowId: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  importRefiQdaProject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          codes?: {
            /** Format: uuid */
            id: string;
            guid?: string;
            parentId: string | null;
            sealedName: string;
            sealedDescription: string;
            sealedMemo: string | null;
            sealedTranslations?: string | null;
            colour: string;
          }[];
          /** @default [] */
          documents?: {
            /** Format: uuid */
            id: string;
            guid?: string;
            sealedName: string;
            sealedText: string;
            sealedMemo: string | null;
          }[];
          /** @default [] */
          codings?: {
            /** Format: uuid */
            id: string;
            guid?: string;
            /** Format: uuid */
            documentId: string;
            sealedExcerpt: string;
            sealedMemo: string | null;
            codeIds: string[];
          }[];
          /** @default [] */
          memos?: {
            /** Format: uuid */
            id: string;
            guid?: string;
            sealedName: string;
            sealedText: string;
          }[];
          /** @default [] */
          sets?: {
            /** Format: uuid */
            id: string;
            guid?: string;
            sealedName: string;
            sealedDescription: string;
            codeIds: string[];
            documentIds: string[];
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            codes: number;
            documents: number;
            codings: number;
            memos: number;
            sets: number;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  exportRefiQdaCodebook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Gone: the browser makes REFI-QDA files from GET /api/analysis/refi-qda/project. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  exportRefiQdaProject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Gone: the browser makes REFI-QDA files from GET /api/analysis/refi-qda/project. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listPublishedFindings: {
    parameters: {
      query?: {
        kind?: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
        theme?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
              statement: string;
              translations: {
                [key: string]: string;
              };
              theme: string;
              breakdown: {
                dimension: string;
                cells: {
                  label: string;
                  sources: number;
                }[];
              } | null;
              publishedAt: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPublishedFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
            statement: string;
            translations: {
              [key: string]: string;
            };
            theme: string;
            breakdown: {
              dimension: string;
              cells: {
                label: string;
                sources: number;
              }[];
            } | null;
            publishedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  downloadFindingsReport: {
    parameters: {
      query?: {
        lang?: 'nl' | 'fr' | 'en';
      };
      header?: never;
      path: {
        format: 'pdf' | 'docx';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The published findings, grouped by theme */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listFindings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
              /** @enum {string} */
              status: 'draft' | 'published';
              sealedDraft: string;
              publishedAt: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createFinding: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          id: string;
          /** @enum {string} */
          kind: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
          sealedDraft: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
            /** @enum {string} */
            status: 'draft' | 'published';
            sealedDraft: string;
            publishedAt: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listFindingSources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              pseudonym: string;
              /** @enum {string} */
              kind: 'interview' | 'roundtable';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listRegistryNames: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            organisations: string[];
            people: string[];
            roundtables: string[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
            /** @enum {string} */
            status: 'draft' | 'published';
            sealedDraft: string;
            publishedAt: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind?: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
          sealedDraft?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
            /** @enum {string} */
            status: 'draft' | 'published';
            sealedDraft: string;
            publishedAt: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  countFindingSources: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sourceIds: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            k: number;
            counted: number;
            enoughSources: boolean;
            refused: {
              id: string;
              pseudonym: string | null;
              /** @enum {string} */
              reason: 'not-found' | 'withdrawn' | 'not-held' | 'no-consent';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  publishFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          statement: string;
          /** @default {} */
          translations?: {
            [key: string]: string;
          };
          /** @default  */
          theme?: string;
          sourceIds: string[];
          /** @default null */
          breakdown?: {
            dimension: string;
            cells: {
              label: string;
              sourceIds: string[];
            }[];
          } | null;
          sealedOverrideReason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: 'improvement_point' | 'need' | 'initiative_idea' | 'creative_idea';
            statement: string;
            translations: {
              [key: string]: string;
            };
            theme: string;
            breakdown: {
              dimension: string;
              cells: {
                label: string;
                sources: number;
              }[];
            } | null;
            publishedAt: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listSurveyItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: unknown[];
            scales: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  listSurveys: {
    parameters: {
      query?: {
        archived?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              title: {
                [key: string]: string;
              };
              /** @enum {string} */
              kind: 'activity' | 'pulse';
              activityId: string | null;
              initiativeId: string | null;
              targetGroup: string | null;
              district: string | null;
              baseline: boolean;
              askDistrict: boolean;
              /** @enum {string} */
              access: 'code' | 'device';
              opensOn: string;
              closesOn: string;
              definition: {
                languages: {
                  code: string;
                  name: string;
                  /** @default false */
                  rtl: boolean;
                }[];
                questions: (
                  | {
                      /** @enum {string} */
                      kind: 'item';
                      id: string;
                      /** @enum {string} */
                      itemId:
                        | 'ess_trust_police'
                        | 'ess_d15_respect'
                        | 'ess_d16_fair'
                        | 'ess_d17_explain'
                        | 'ess_d12_prevent_violence'
                        | 'ess_moral_right_wrong'
                        | 'ess_moral_values'
                        | 'nts_respect'
                        | 'nts_listen'
                        | 'nts_safe'
                        | 'csew_confidence'
                        | 'csew_good_job';
                      /** @default {} */
                      translations: {
                        [key: string]: {
                          text: string;
                          labels: string[];
                        };
                      };
                    }
                  | {
                      /** @enum {string} */
                      kind: 'scale';
                      id: string;
                      text: {
                        [key: string]: string;
                      };
                      min: number;
                      max: number;
                      minLabel: {
                        [key: string]: string;
                      };
                      maxLabel: {
                        [key: string]: string;
                      };
                    }
                  | {
                      /** @enum {string} */
                      kind: 'single' | 'multiple';
                      id: string;
                      text: {
                        [key: string]: string;
                      };
                      options: {
                        id: string;
                        label: {
                          [key: string]: string;
                        };
                      }[];
                    }
                  | {
                      /** @enum {string} */
                      kind: 'text';
                      id: string;
                      text: {
                        [key: string]: string;
                      };
                    }
                )[];
              };
              publicId: string;
              links: {
                [key: string]: string;
              };
              responses: number | null;
              answered: boolean;
              archived: boolean;
              /** @enum {string} */
              status: 'scheduled' | 'open' | 'closed';
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: {
            [key: string]: string;
          };
          /** @enum {string} */
          kind: 'activity' | 'pulse';
          /** @default null */
          activityId?: string | null;
          /** @default null */
          initiativeId?: string | null;
          /** @default null */
          targetGroup?: string | null;
          /** @default null */
          district?: string | null;
          /** @default false */
          baseline?: boolean;
          /** @default false */
          askDistrict?: boolean;
          /**
           * @default device
           * @enum {string}
           */
          access?: 'code' | 'device';
          /** Format: date */
          opensOn: string;
          /** Format: date */
          closesOn: string;
          definition: {
            languages: {
              code: string;
              name: string;
              /** @default false */
              rtl?: boolean;
            }[];
            questions: (
              | {
                  /** @enum {string} */
                  kind: 'item';
                  id: string;
                  /** @enum {string} */
                  itemId:
                    | 'ess_trust_police'
                    | 'ess_d15_respect'
                    | 'ess_d16_fair'
                    | 'ess_d17_explain'
                    | 'ess_d12_prevent_violence'
                    | 'ess_moral_right_wrong'
                    | 'ess_moral_values'
                    | 'nts_respect'
                    | 'nts_listen'
                    | 'nts_safe'
                    | 'csew_confidence'
                    | 'csew_good_job';
                  /** @default {} */
                  translations?: {
                    [key: string]: {
                      text: string;
                      labels: string[];
                    };
                  };
                }
              | {
                  /** @enum {string} */
                  kind: 'scale';
                  id: string;
                  text: {
                    [key: string]: string;
                  };
                  min: number;
                  max: number;
                  minLabel: {
                    [key: string]: string;
                  };
                  maxLabel: {
                    [key: string]: string;
                  };
                }
              | {
                  /** @enum {string} */
                  kind: 'single' | 'multiple';
                  id: string;
                  text: {
                    [key: string]: string;
                  };
                  options: {
                    id: string;
                    label: {
                      [key: string]: string;
                    };
                  }[];
                }
              | {
                  /** @enum {string} */
                  kind: 'text';
                  id: string;
                  text: {
                    [key: string]: string;
                  };
                }
            )[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: {
              [key: string]: string;
            };
            /** @enum {string} */
            kind: 'activity' | 'pulse';
            activityId: string | null;
            initiativeId: string | null;
            targetGroup: string | null;
            district: string | null;
            baseline: boolean;
            askDistrict: boolean;
            /** @enum {string} */
            access: 'code' | 'device';
            opensOn: string;
            closesOn: string;
            definition: {
              languages: {
                code: string;
                name: string;
                /** @default false */
                rtl: boolean;
              }[];
              questions: (
                | {
                    /** @enum {string} */
                    kind: 'item';
                    id: string;
                    /** @enum {string} */
                    itemId:
                      | 'ess_trust_police'
                      | 'ess_d15_respect'
                      | 'ess_d16_fair'
                      | 'ess_d17_explain'
                      | 'ess_d12_prevent_violence'
                      | 'ess_moral_right_wrong'
                      | 'ess_moral_values'
                      | 'nts_respect'
                      | 'nts_listen'
                      | 'nts_safe'
                      | 'csew_confidence'
                      | 'csew_good_job';
                    /** @default {} */
                    translations: {
                      [key: string]: {
                        text: string;
                        labels: string[];
                      };
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'scale';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    min: number;
                    max: number;
                    minLabel: {
                      [key: string]: string;
                    };
                    maxLabel: {
                      [key: string]: string;
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'single' | 'multiple';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    options: {
                      id: string;
                      label: {
                        [key: string]: string;
                      };
                    }[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'text';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                  }
              )[];
            };
            publicId: string;
            links: {
              [key: string]: string;
            };
            responses: number | null;
            answered: boolean;
            archived: boolean;
            /** @enum {string} */
            status: 'scheduled' | 'open' | 'closed';
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: {
              [key: string]: string;
            };
            /** @enum {string} */
            kind: 'activity' | 'pulse';
            activityId: string | null;
            initiativeId: string | null;
            targetGroup: string | null;
            district: string | null;
            baseline: boolean;
            askDistrict: boolean;
            /** @enum {string} */
            access: 'code' | 'device';
            opensOn: string;
            closesOn: string;
            definition: {
              languages: {
                code: string;
                name: string;
                /** @default false */
                rtl: boolean;
              }[];
              questions: (
                | {
                    /** @enum {string} */
                    kind: 'item';
                    id: string;
                    /** @enum {string} */
                    itemId:
                      | 'ess_trust_police'
                      | 'ess_d15_respect'
                      | 'ess_d16_fair'
                      | 'ess_d17_explain'
                      | 'ess_d12_prevent_violence'
                      | 'ess_moral_right_wrong'
                      | 'ess_moral_values'
                      | 'nts_respect'
                      | 'nts_listen'
                      | 'nts_safe'
                      | 'csew_confidence'
                      | 'csew_good_job';
                    /** @default {} */
                    translations: {
                      [key: string]: {
                        text: string;
                        labels: string[];
                      };
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'scale';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    min: number;
                    max: number;
                    minLabel: {
                      [key: string]: string;
                    };
                    maxLabel: {
                      [key: string]: string;
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'single' | 'multiple';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    options: {
                      id: string;
                      label: {
                        [key: string]: string;
                      };
                    }[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'text';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                  }
              )[];
            };
            publicId: string;
            links: {
              [key: string]: string;
            };
            responses: number | null;
            answered: boolean;
            archived: boolean;
            /** @enum {string} */
            status: 'scheduled' | 'open' | 'closed';
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  deleteSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  updateSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title?: {
            [key: string]: string;
          };
          /** @enum {string} */
          kind?: 'activity' | 'pulse';
          /** @default null */
          activityId?: string | null;
          /** @default null */
          initiativeId?: string | null;
          /** @default null */
          targetGroup?: string | null;
          /** @default null */
          district?: string | null;
          /** @default false */
          baseline?: boolean;
          /** @default false */
          askDistrict?: boolean;
          /**
           * @default device
           * @enum {string}
           */
          access?: 'code' | 'device';
          /** Format: date */
          opensOn?: string;
          /** Format: date */
          closesOn?: string;
          definition?: {
            languages: {
              code: string;
              name: string;
              /** @default false */
              rtl?: boolean;
            }[];
            questions: (
              | {
                  /** @enum {string} */
                  kind: 'item';
                  id: string;
                  /** @enum {string} */
                  itemId:
                    | 'ess_trust_police'
                    | 'ess_d15_respect'
                    | 'ess_d16_fair'
                    | 'ess_d17_explain'
                    | 'ess_d12_prevent_violence'
                    | 'ess_moral_right_wrong'
                    | 'ess_moral_values'
                    | 'nts_respect'
                    | 'nts_listen'
                    | 'nts_safe'
                    | 'csew_confidence'
                    | 'csew_good_job';
                  /** @default {} */
                  translations?: {
                    [key: string]: {
                      text: string;
                      labels: string[];
                    };
                  };
                }
              | {
                  /** @enum {string} */
                  kind: 'scale';
                  id: string;
                  text: {
                    [key: string]: string;
                  };
                  min: number;
                  max: number;
                  minLabel: {
                    [key: string]: string;
                  };
                  maxLabel: {
                    [key: string]: string;
                  };
                }
              | {
                  /** @enum {string} */
                  kind: 'single' | 'multiple';
                  id: string;
                  text: {
                    [key: string]: string;
                  };
                  options: {
                    id: string;
                    label: {
                      [key: string]: string;
                    };
                  }[];
                }
              | {
                  /** @enum {string} */
                  kind: 'text';
                  id: string;
                  text: {
                    [key: string]: string;
                  };
                }
            )[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: {
              [key: string]: string;
            };
            /** @enum {string} */
            kind: 'activity' | 'pulse';
            activityId: string | null;
            initiativeId: string | null;
            targetGroup: string | null;
            district: string | null;
            baseline: boolean;
            askDistrict: boolean;
            /** @enum {string} */
            access: 'code' | 'device';
            opensOn: string;
            closesOn: string;
            definition: {
              languages: {
                code: string;
                name: string;
                /** @default false */
                rtl: boolean;
              }[];
              questions: (
                | {
                    /** @enum {string} */
                    kind: 'item';
                    id: string;
                    /** @enum {string} */
                    itemId:
                      | 'ess_trust_police'
                      | 'ess_d15_respect'
                      | 'ess_d16_fair'
                      | 'ess_d17_explain'
                      | 'ess_d12_prevent_violence'
                      | 'ess_moral_right_wrong'
                      | 'ess_moral_values'
                      | 'nts_respect'
                      | 'nts_listen'
                      | 'nts_safe'
                      | 'csew_confidence'
                      | 'csew_good_job';
                    /** @default {} */
                    translations: {
                      [key: string]: {
                        text: string;
                        labels: string[];
                      };
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'scale';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    min: number;
                    max: number;
                    minLabel: {
                      [key: string]: string;
                    };
                    maxLabel: {
                      [key: string]: string;
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'single' | 'multiple';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    options: {
                      id: string;
                      label: {
                        [key: string]: string;
                      };
                    }[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'text';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                  }
              )[];
            };
            publicId: string;
            links: {
              [key: string]: string;
            };
            responses: number | null;
            answered: boolean;
            archived: boolean;
            /** @enum {string} */
            status: 'scheduled' | 'open' | 'closed';
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  closeSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: {
              [key: string]: string;
            };
            /** @enum {string} */
            kind: 'activity' | 'pulse';
            activityId: string | null;
            initiativeId: string | null;
            targetGroup: string | null;
            district: string | null;
            baseline: boolean;
            askDistrict: boolean;
            /** @enum {string} */
            access: 'code' | 'device';
            opensOn: string;
            closesOn: string;
            definition: {
              languages: {
                code: string;
                name: string;
                /** @default false */
                rtl: boolean;
              }[];
              questions: (
                | {
                    /** @enum {string} */
                    kind: 'item';
                    id: string;
                    /** @enum {string} */
                    itemId:
                      | 'ess_trust_police'
                      | 'ess_d15_respect'
                      | 'ess_d16_fair'
                      | 'ess_d17_explain'
                      | 'ess_d12_prevent_violence'
                      | 'ess_moral_right_wrong'
                      | 'ess_moral_values'
                      | 'nts_respect'
                      | 'nts_listen'
                      | 'nts_safe'
                      | 'csew_confidence'
                      | 'csew_good_job';
                    /** @default {} */
                    translations: {
                      [key: string]: {
                        text: string;
                        labels: string[];
                      };
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'scale';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    min: number;
                    max: number;
                    minLabel: {
                      [key: string]: string;
                    };
                    maxLabel: {
                      [key: string]: string;
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'single' | 'multiple';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    options: {
                      id: string;
                      label: {
                        [key: string]: string;
                      };
                    }[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'text';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                  }
              )[];
            };
            publicId: string;
            links: {
              [key: string]: string;
            };
            responses: number | null;
            answered: boolean;
            archived: boolean;
            /** @enum {string} */
            status: 'scheduled' | 'open' | 'closed';
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  archiveSurvey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: {
              [key: string]: string;
            };
            /** @enum {string} */
            kind: 'activity' | 'pulse';
            activityId: string | null;
            initiativeId: string | null;
            targetGroup: string | null;
            district: string | null;
            baseline: boolean;
            askDistrict: boolean;
            /** @enum {string} */
            access: 'code' | 'device';
            opensOn: string;
            closesOn: string;
            definition: {
              languages: {
                code: string;
                name: string;
                /** @default false */
                rtl: boolean;
              }[];
              questions: (
                | {
                    /** @enum {string} */
                    kind: 'item';
                    id: string;
                    /** @enum {string} */
                    itemId:
                      | 'ess_trust_police'
                      | 'ess_d15_respect'
                      | 'ess_d16_fair'
                      | 'ess_d17_explain'
                      | 'ess_d12_prevent_violence'
                      | 'ess_moral_right_wrong'
                      | 'ess_moral_values'
                      | 'nts_respect'
                      | 'nts_listen'
                      | 'nts_safe'
                      | 'csew_confidence'
                      | 'csew_good_job';
                    /** @default {} */
                    translations: {
                      [key: string]: {
                        text: string;
                        labels: string[];
                      };
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'scale';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    min: number;
                    max: number;
                    minLabel: {
                      [key: string]: string;
                    };
                    maxLabel: {
                      [key: string]: string;
                    };
                  }
                | {
                    /** @enum {string} */
                    kind: 'single' | 'multiple';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                    options: {
                      id: string;
                      label: {
                        [key: string]: string;
                      };
                    }[];
                  }
                | {
                    /** @enum {string} */
                    kind: 'text';
                    id: string;
                    text: {
                      [key: string]: string;
                    };
                  }
              )[];
            };
            publicId: string;
            links: {
              [key: string]: string;
            };
            responses: number | null;
            answered: boolean;
            archived: boolean;
            /** @enum {string} */
            status: 'scheduled' | 'open' | 'closed';
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  createSurveyCodes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          phase: 'before' | 'after' | 'pulse';
          count: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            phase: string;
            codes: string[];
            link: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getSurveyQrCode: {
    parameters: {
      query?: {
        phase?: 'before' | 'after' | 'pulse';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description QR code of a survey's link, as PNG */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/png': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getSurveyPoster: {
    parameters: {
      query?: {
        phase?: 'before' | 'after' | 'pulse';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Poster with a survey's link, as PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getSurveySlide: {
    parameters: {
      query?: {
        phase?: 'before' | 'after' | 'pulse';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Slide with a survey's link, as SVG */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/svg+xml': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getSurveyResults: {
    parameters: {
      query?: {
        breakdown?: 'none' | 'phase' | 'district';
        lang?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            surveyId: string;
            /** @enum {string} */
            breakdown: 'none' | 'phase' | 'district';
            minCell: number;
            minFreeText: number;
            index: {
              overall: {
                n: number;
                mean: number;
                low: number;
                high: number;
              } | null;
              byPhase: {
                [key: string]: {
                  n: number;
                  mean: number;
                  low: number;
                  high: number;
                } | null;
              };
              byDistrict: {
                [key: string]: {
                  n: number;
                  mean: number;
                  low: number;
                  high: number;
                } | null;
              };
              difference: {
                diff: number;
                low: number;
                high: number;
                nBefore: number;
                nAfter: number;
              } | null;
              baseline: {
                /** Format: uuid */
                surveyId: string;
                estimate: {
                  n: number;
                  mean: number;
                  low: number;
                  high: number;
                } | null;
                difference: {
                  diff: number;
                  low: number;
                  high: number;
                  nBefore: number;
                  nAfter: number;
                } | null;
              } | null;
            };
            questions: {
              questionId: string;
              kind: string;
              text: string;
              columns: {
                key: string;
                label: string;
              }[];
              rows: {
                key: string;
                cells: (number | null)[];
                total: number | null;
              }[];
              totals: (number | null)[];
              total: number | null;
              texts: string[] | null;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getInitiativeSurveyResults: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            initiativeId: string;
            surveys: number;
            before: {
              n: number;
              mean: number;
              low: number;
              high: number;
            } | null;
            after: {
              n: number;
              mean: number;
              low: number;
              high: number;
            } | null;
            difference: {
              diff: number;
              low: number;
              high: number;
              nBefore: number;
              nAfter: number;
            } | null;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getPublicSurvey: {
    parameters: {
      query?: {
        p?: 'before' | 'after' | 'pulse';
        lang?: string;
      };
      header?: never;
      path: {
        publicId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            title: string;
            language: string;
            rtl: boolean;
            languages: {
              code: string;
              name: string;
              rtl: boolean;
            }[];
            phase: string;
            access: string;
            /** @enum {string} */
            status: 'scheduled' | 'open' | 'closed';
            districts: string[] | null;
            questions: {
              id: string;
              kind: string;
              text: string;
              points?: {
                value: number;
                label: string | null;
              }[];
              options?: {
                id: string;
                label: string;
              }[];
              maxLength?: number;
            }[];
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  submitSurveyResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        publicId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          language: string;
          /** @enum {string} */
          phase?: 'before' | 'after' | 'pulse';
          district?: string;
          answers: {
            [key: string]: number | string | string[];
          };
          code?: string;
          deviceToken?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
            message: string;
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  getInsightsDashboard: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        district?: string;
        targetGroup?: string;
        trendBy?: 'district' | 'targetGroup';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            filters: {
              from: string | null;
              to: string | null;
              district: string | null;
              targetGroup: string | null;
            };
            unavailable: string[];
            funnel:
              | {
                  key: string;
                  count: number;
                }[]
              | null;
            waves:
              | {
                  wave: string;
                  organisations: number;
                  partners: number;
                }[]
              | null;
            findingsByKind:
              | {
                  key: string;
                  count: number;
                }[]
              | null;
            initiativesByStatus:
              | {
                  key: string;
                  count: number;
                }[]
              | null;
            initiativesByType:
              | {
                  key: string;
                  count: number;
                }[]
              | null;
            activities: {
              held: number;
              attendance: number;
            } | null;
            colleagues: {
              active: number;
              hours: number;
            } | null;
            needsWithoutInitiative: number | null;
            trust: {
              /** @enum {string} */
              dimension: 'district' | 'targetGroup';
              quarters: string[];
              columns: string[];
              cells: ({
                n: number;
                mean: number;
                low: number;
                high: number;
              } | null)[][];
              overall: ({
                n: number;
                mean: number;
                low: number;
                high: number;
              } | null)[];
              responses: number;
            };
          };
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  downloadInsightsReport: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        lang?: 'nl' | 'fr';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The programme report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  exportInsightsCsv: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        lang?: 'nl' | 'fr';
        district?: string;
        targetGroup?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures, one row per figure */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
  exportInsightsXlsx: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
        lang?: 'nl' | 'fr';
        district?: string;
        targetGroup?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures, one row per figure */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Refused: bad input (400, naming the field), no session (401), not allowed (403), not found (404), conflict (409), too many requests (429). */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
            retryAfterSeconds?: number;
          };
        };
      };
    };
  };
}
