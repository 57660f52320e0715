/** Limits shown to users and enforced by the server from the same value. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 120;
export const INVITATION_TTL_DAYS = 7;
export const PASSWORD_RESET_TTL_HOURS = 2;
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
/**
 * Login throttling, per account and source (a client address, or a browser the account logged in
 * from before). A source may fail this often freely; after that each attempt waits, doubling from
 * the first delay up to the longest.
 */
export const LOGIN_FREE_FAILURES = 3;
export const LOGIN_FIRST_DELAY_SECONDS = 15;
export const LOGIN_MAX_DELAY_SECONDS = 15 * 60;
/**
 * Failures of one account from unknown sources (any address) before every unknown source waits too:
 * guessing from many addresses stays slow, and browsers the account used before still get in.
 */
export const LOGIN_ACCOUNT_FAILURES_BEFORE_DELAY = 10;
/** A source's failures are forgotten a day after its last one. */
export const LOGIN_FAILURES_FORGOTTEN_HOURS = 24;
/** How long a browser stays known to an account after its last login there. */
export const LOGIN_DEVICE_DAYS = 180;
/** Login attempts from one IP address per minute. */
export const LOGIN_MAX_ATTEMPTS_PER_IP = 20;
/** Publication gate: a finding needs this many distinct sources (DESIGN.md §4). */
export const PUBLICATION_K_DEFAULT = 3;
export const PUBLICATION_K_MIN = 2;
export const PUBLICATION_K_MAX = 20;
/** Survey aggregates hide smaller cells (DESIGN.md §4). */
export const SUPPRESSION_MIN_RESPONSES = 5;
export const SUPPRESSION_MIN_FREE_TEXT = 10;
/** An idea without its author's name shows the author's role only when at least this many hold it. */
export const ANONYMOUS_ROLE_MIN_HOLDERS = 5;
export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;
