/** Limits shown to users and enforced by the server from the same value. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 120;
export const INVITATION_TTL_DAYS = 7;
export const PASSWORD_RESET_TTL_HOURS = 2;
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
/** Failed logins for one account before it is throttled (429). */
export const LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;
export const LOGIN_THROTTLE_MINUTES = 15;
/** Login attempts from one IP address per minute. */
export const LOGIN_MAX_ATTEMPTS_PER_IP = 20;
/** Publication gate: a finding needs this many distinct sources (DESIGN.md §4). */
export const PUBLICATION_K_DEFAULT = 3;
export const PUBLICATION_K_MIN = 2;
export const PUBLICATION_K_MAX = 20;
/** Survey aggregates hide smaller cells (DESIGN.md §4). */
export const SUPPRESSION_MIN_RESPONSES = 5;
export const SUPPRESSION_MIN_FREE_TEXT = 10;
export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;
